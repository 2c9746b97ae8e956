import { Link, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { ErrorState, Skeleton } from '../../components/ui/states';
import { isApiError } from '../../lib/api-client';
import { isValidDate } from '../../lib/dates';
import { formatDeskFeatures, parseDeskFeatures } from '../../lib/desk-features';
import { useMe } from '../../lib/auth/get-me';
import { useSpace } from '../../features/spaces/api/get-space';
import { SpaceSummary } from '../../features/spaces/components/space-summary';
import { DayPlanner } from '../../features/booking/components/day-planner';
import { useFloorPlan } from '../../features/floor-plan/api/get-floor-plan';
import { FloorPlanPicker } from '../../features/floor-plan/components/floor-plan-picker';
import { SpaceEvents } from '../../features/events/components/space-events';
import { myBookingsQueryOptions } from '../../features/my-bookings/api/get-my-bookings';
import { myWaitlistQueryOptions } from '../../features/my-bookings/api/get-my-waitlist';
import { NotFound } from './not-found';

/** A space's day view: its facts (spaces), its events (events) and the planner (booking); a booking refreshes my bookings. */
export function Component() {
  const { t } = useTranslation();
  const { spaceId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const queryClient = useQueryClient();
  const space = useSpace(spaceId);
  const plan = useFloorPlan(spaceId);
  const me = useMe();
  // the space's staff and admins may book a weekly series beyond the horizon (the API allows it)
  const runsSpace = me.data?.role === 'admin' || (me.data?.spaceIds.includes(spaceId) ?? false);
  const date = params.get('date');
  // the feature filter lives in the URL (`?features=monitor,quiet`): a filtered day can be shared
  const features = parseDeskFeatures(params.get('features'));
  const setParam = (name: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );

  if (space.isError && isApiError(space.error) && (space.error.status === 404 || space.error.status === 400))
    return <NotFound />;
  return (
    <>
      <p>
        <Link to="/">← {t('spaces.backToList')}</Link>
      </p>
      {space.isPending && <Skeleton lines={6} height="2rem" label={t('spaces.loadingOne')} fill />}
      {space.isError && <ErrorState error={space.error} onRetry={() => void space.refetch()} />}
      {space.data && (
        <Page title={space.data.name} intro={space.data.town}>
          <SpaceSummary space={space.data} />
          <SpaceEvents spaceId={space.data.id} timezone={space.data.timezone} />
          <DayPlanner
            space={space.data}
            date={isValidDate(date) ? date : null}
            onDateChange={(d) => setParam('date', d)}
            features={features}
            onFeaturesChange={(next) => setParam('features', formatDeskFeatures(next))}
            onBooked={() => void queryClient.invalidateQueries({ queryKey: myBookingsQueryOptions().queryKey })}
            onSeriesBooked={() => void queryClient.invalidateQueries({ queryKey: myBookingsQueryOptions().queryKey })}
            onWaitlisted={() => void queryClient.invalidateQueries({ queryKey: myWaitlistQueryOptions().queryKey })}
            seriesBeyondHorizon={runsSpace}
            roomsBookable={space.data.coworkersMayBookRooms || runsSpace}
            renderPlan={
              plan.data
                ? (p) => (
                    <FloorPlanPicker plan={plan.data!} spaceName={space.data.name} desks={space.data.desks} {...p} />
                  )
                : undefined
            }
          />
        </Page>
      )}
    </>
  );
}
