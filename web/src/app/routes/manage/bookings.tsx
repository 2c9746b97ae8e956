import { useSearchParams } from 'react-router';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { isValidDate, todayIn } from '../../../lib/dates';
import {
  BookingsPage,
  defaultListFilter,
  type ListFilter,
} from '../../../features/space-bookings/components/bookings-page';
import { useManagedSpaces } from '../managed-spaces';

const STATUSES = ['confirmed', 'checked_in', 'cancelled', 'no_show'] as const;

/** The bookings list; its filter lives in the URL so that a view can be bookmarked and shared. */
export function Component() {
  const [params, setParams] = useSearchParams();
  const managed = useManagedSpaces();
  if (managed.isPending) return <Skeleton lines={6} height="2rem" />;
  if (!managed.spaces) return <ErrorState error={managed.error} onRetry={managed.refetch} />;
  const spaces = managed.spaces;
  const fallback = defaultListFilter(todayIn(spaces[0]?.timezone ?? 'Europe/Berlin'));
  const space = params.get('space');
  const status = params.get('status');
  const filter: ListFilter = {
    spaceId: space && spaces.some((s) => s.id === space) ? space : '',
    from: isValidDate(params.get('from')) ? params.get('from')! : fallback.from,
    to: isValidDate(params.get('to')) ? params.get('to')! : fallback.to,
    status: STATUSES.find((s) => s === status) ?? '',
  };
  return (
    <BookingsPage
      spaces={spaces}
      filter={filter}
      onFilter={(f) =>
        setParams(
          Object.fromEntries(
            Object.entries({ space: f.spaceId, from: f.from, to: f.to, status: f.status }).filter(([, v]) => v),
          ),
        )
      }
    />
  );
}
