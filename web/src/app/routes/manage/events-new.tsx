import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { isValidDate, todayIn } from '../../../lib/dates';
import { useSpace } from '../../../features/spaces/api/get-space';
import { CreateEventPage } from '../../../features/event-admin/components/create-event-page';
import { NotFound } from '../not-found';
import { pickSpace, useManagedSpaces } from '../managed-spaces';

/** A new event in the space of `?spaceId=` (else the person's first); `?date=` sets its day. */
export function Component() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const managed = useManagedSpaces();
  const space = pickSpace(managed.spaces, params.get('spaceId'));
  const detail = useSpace(space?.id ?? '', !!space);

  if (managed.isPending) return <Skeleton lines={6} height="2.5rem" />;
  if (!managed.spaces) return <ErrorState error={managed.error} onRetry={managed.refetch} />;
  if (!space) return <NotFound />;
  if (detail.isPending) return <Skeleton lines={8} height="2rem" label={t('spaces.loadingOne')} />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  const requested = params.get('date');
  return (
    <CreateEventPage
      key={detail.data.id}
      space={detail.data}
      date={isValidDate(requested) ? requested : todayIn(detail.data.timezone)}
      onCreated={(event) =>
        void navigate(`/manage/events/${encodeURIComponent(event.id)}`, { state: { created: true } })
      }
    />
  );
}
