import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { buttonClass } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { IconCalendar } from '../../../components/ui/icons';
import { useAnnounce } from '../../../components/ui/live-region';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, SkeletonCards } from '../../../components/ui/states';
import { CalendarFeed } from '../../../components/calendar-feed';
import { useFormat } from '../../../lib/use-format';
import { useNow } from '../../../lib/use-now';
import { useProblemMessage } from '../../../lib/problem-message';
import { useMyBookings } from '../api/get-my-bookings';
import { useCancelBooking } from '../api/cancel-booking';
import { useCheckIn } from '../api/check-in';
import { BookingCard, type SpaceInfo } from './booking-card';
import { WaitlistSection } from './waitlist-section';
import styles from './my-bookings.module.css';

const PAST_PAGE = 10;

/** Upcoming and past bookings: cancel, check in, into the calendar; and my waitlist. */
export function MyBookingsPage({ spaceInfo }: { spaceInfo: (spaceId: string) => SpaceInfo | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const now = useNow(30_000).getTime();
  const bookings = useMyBookings();
  const [toCancel, setToCancel] = useState<Booking | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [pastShown, setPastShown] = useState(PAST_PAGE);

  const cancel = useCancelBooking({
    onSuccess: () => announce(t('myBookings.cancelled')),
    onError: (err) => setActionError(t('myBookings.cancelFailed', { reason: problem(err) })),
  });
  const checkIn = useCheckIn({
    onSuccess: () => announce(t('myBookings.checkedIn')),
  });

  const { upcoming, past } = useMemo(() => {
    const list = bookings.data ?? [];
    const isUpcoming = (b: Booking) => (b.status === 'confirmed' || b.status === 'checked_in') && Date.parse(b.end) > now;
    return {
      upcoming: list.filter(isUpcoming).sort((a, b) => a.start.localeCompare(b.start)),
      past: list.filter((b) => !isUpcoming(b)).sort((a, b) => b.start.localeCompare(a.start)),
    };
  }, [bookings.data, now]);

  const cancelSpace = toCancel ? spaceInfo(toCancel.spaceId) : undefined;

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
      {actionError && (
        <Alert tone="error" title={t('myBookings.actionFailed')}>
          <p>{actionError}</p>
        </Alert>
      )}
      {checkIn.error != null && (
        <Alert tone="error" title={t('myBookings.checkInFailed')}>
          <p>{problem(checkIn.error)}</p>
        </Alert>
      )}
      {bookings.isPending && <SkeletonCards count={2} label={t('myBookings.loading')} />}
      {bookings.isError && <ErrorState error={bookings.error} onRetry={() => void bookings.refetch()} />}
      {bookings.data && (
        <>
          <section aria-labelledby="upcoming-heading" className={styles.section}>
            <h2 id="upcoming-heading">
              {t('myBookings.upcoming')} <span className={styles.count}>({upcoming.length})</span>
            </h2>
            {upcoming.length === 0 ? (
              <EmptyState
                icon={<IconCalendar size={32} />}
                title={t('myBookings.emptyTitle')}
                action={
                  <Link to="/" className={buttonClass('primary')}>
                    {t('myBookings.findSpace')}
                  </Link>
                }
              >
                {t('myBookings.emptyText')}
              </EmptyState>
            ) : (
              <ul className={styles.list}>
                {upcoming.map((b) => (
                  <li key={b.id}>
                    <BookingCard
                      booking={b}
                      space={spaceInfo(b.spaceId)}
                      now={now}
                      onCancel={(x) => {
                        setActionError(null);
                        setToCancel(x);
                      }}
                      onCheckIn={(x) => checkIn.mutate(x.id)}
                      checkingIn={checkIn.isPending && checkIn.variables === b.id}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <WaitlistSection />

          <section aria-labelledby="calendar-heading" className={`card ${styles.section}`}>
            <h2 id="calendar-heading">{t('calendarFeed.heading')}</h2>
            <CalendarFeed />
          </section>

          {past.length > 0 && (
            <section aria-labelledby="past-heading" className={styles.section}>
              <h2 id="past-heading">
                {t('myBookings.past')} <span className={styles.count}>({past.length})</span>
              </h2>
              <ul className={styles.list}>
                {past.slice(0, pastShown).map((b) => (
                  <li key={b.id}>
                    <BookingCard booking={b} space={spaceInfo(b.spaceId)} now={now} />
                  </li>
                ))}
              </ul>
              {past.length > pastShown && (
                <button type="button" className={buttonClass('secondary')} onClick={() => setPastShown((n) => n + PAST_PAGE)}>
                  {t('myBookings.showMore')}
                </button>
              )}
            </section>
          )}
        </>
      )}

      <ConfirmDialog
        open={toCancel !== null}
        title={t('myBookings.cancelTitle')}
        confirmLabel={t('myBookings.cancelConfirm')}
        confirmVariant="danger"
        onCancel={() => setToCancel(null)}
        onConfirm={() => {
          if (toCancel) cancel.mutate(toCancel.id);
          setToCancel(null);
        }}
      >
        {toCancel && (
          <p>
            {t('myBookings.cancelText', {
              desk: toCancel.deskName ?? '',
              space: toCancel.spaceName ?? cancelSpace?.name ?? '',
              day: f.dayLongOf(toCancel.start, cancelSpace?.timezone ?? 'Europe/Berlin'),
              range: f.timeRange(toCancel.start, toCancel.end, cancelSpace?.timezone ?? 'Europe/Berlin'),
            })}
          </p>
        )}
      </ConfirmDialog>
    </Page>
  );
}
