import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { isValidDate, todayIn } from '../../../lib/dates';
import { availabilityQueryOptions, useAvailability } from '../../../features/booking/api/get-availability';
import { TodayPage } from '../../../features/space-bookings/components/today-page';
import { pickSpace, useManagedSpaces } from '../managed-spaces';

/** The front desk for one of the person's spaces; space and day live in the URL. */
export function Component() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const queryClient = useQueryClient();
  const managed = useManagedSpaces();
  const space = pickSpace(managed.spaces, params.get('space'));
  const today = space ? todayIn(space.timezone) : '';
  const requested = params.get('date');
  const date = isValidDate(requested) ? requested : today;
  // the free desks for the walk-in form come from the public day view's availability
  const availability = useAvailability(space?.id ?? '', date, !!space);

  if (managed.isPending) return <Skeleton lines={6} height="2.5rem" />;
  if (!managed.spaces) return <ErrorState error={managed.error} onRetry={managed.refetch} />;
  if (!space) {
    return (
      <Page title={t('frontDesk.title')}>
        <EmptyState title={t('spaceAdmin.noSpacesTitle')}>{t('spaceAdmin.noSpacesStaff')}</EmptyState>
      </Page>
    );
  }
  return (
    <TodayPage
      spaces={managed.spaces}
      space={space}
      date={date}
      today={today}
      onChange={(next) => setParams({ space: next.spaceId, date: next.date }, { replace: true })}
      availability={availability.data}
      // staff too: they find the people who booked in their spaces (and anyone by exact e-mail)
      canSearchUsers
      onBooked={() =>
        void queryClient.invalidateQueries({ queryKey: availabilityQueryOptions(space.id, date).queryKey })
      }
    />
  );
}
