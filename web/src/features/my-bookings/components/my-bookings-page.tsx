import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { buttonClass } from '../../../components/ui/button';
import { Page } from '../../../components/ui/page';
import { ErrorState, SkeletonCards } from '../../../components/ui/states';
import { CalendarFeed } from '../../../components/calendar-feed';
import { useNow } from '../../../lib/use-now';
import { useOnline } from '../../../lib/use-online';
import { useProblemMessage } from '../../../lib/problem-message';
import { useMyBookings } from '../api/get-my-bookings';
import { useBookingActions } from '../hooks/use-booking-actions';
import { splitBookings } from '../utils/booking-lists';
import { type SpaceInfo } from './booking-card';
import { CancelDialogs } from './cancel-dialogs';
import { PastSection, UpcomingSection } from './booking-sections';
import { RegistrationsSection } from './registrations-section';
import { WaitlistSection } from './waitlist-section';
import { UsualBooking } from './usual-booking';
import styles from './my-bookings.module.css';

/** Upcoming and past bookings: cancel, check in, into the calendar; my waitlist and my events. */
export function MyBookingsPage({ spaceInfo }: { spaceInfo: (spaceId: string) => SpaceInfo | undefined }) {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const now = useNow(30_000).getTime();
  const bookings = useMyBookings();
  // offline the service worker answers with the saved lists: shown, but nothing can be changed
  const online = useOnline();
  const actions = useBookingActions();
  const { checkIn } = actions;
  const { upcoming, past } = useMemo(() => splitBookings(bookings.data ?? [], now), [bookings.data, now]);

  return (
    <Page
      title={t('myBookings.title')}
      intro={t('myBookings.intro')}
      actions={
        <Link to="/" className={buttonClass('primary')}>
          {t('myBookings.bookDesk')}
        </Link>
      }
    >
      {actions.actionError && (
        <Alert tone="error" title={t('myBookings.actionFailed')}>
          <p>{actions.actionError}</p>
        </Alert>
      )}
      {checkIn.error != null && (
        <Alert tone="error" title={t('myBookings.checkInFailed')}>
          <p>{problem(checkIn.error)}</p>
        </Alert>
      )}
      {!online && (
        <Alert tone="info" live={false}>
          <p id="my-bookings-read-only">{t('pwa.readOnlyBookings')}</p>
        </Alert>
      )}
      {bookings.isPending && <SkeletonCards count={2} label={t('myBookings.loading')} />}
      {bookings.isError && <ErrorState error={bookings.error} onRetry={() => void bookings.refetch()} />}
      {bookings.data && (
        <fieldset
          className={styles.readOnly}
          disabled={!online}
          aria-describedby={online ? undefined : 'my-bookings-read-only'}
        >
          <UsualBooking bookings={bookings.data} spaceInfo={spaceInfo} />

          <UpcomingSection upcoming={upcoming} spaceInfo={spaceInfo} now={now} actions={actions} />

          <WaitlistSection />

          <RegistrationsSection now={now} />

          <section aria-labelledby="calendar-heading" className={`card ${styles.section}`}>
            <h2 id="calendar-heading">{t('calendarFeed.heading')}</h2>
            <CalendarFeed />
          </section>

          {past.length > 0 && <PastSection past={past} spaceInfo={spaceInfo} now={now} />}
        </fieldset>
      )}

      <CancelDialogs actions={actions} upcoming={upcoming} spaceInfo={spaceInfo} />
    </Page>
  );
}
