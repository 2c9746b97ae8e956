import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { buttonClass } from '../../../components/ui/button';
import { CancelBookingDialog } from '../../../components/cancel-booking-dialog';
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
import { useCancelSeries } from '../api/cancel-series';
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
  const [seriesFrom, setSeriesFrom] = useState<Booking | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [pastShown, setPastShown] = useState(PAST_PAGE);

  const cancel = useCancelBooking({
    onSuccess: () => announce(t('myBookings.cancelled')),
    onError: (err) => setActionError(t('myBookings.cancelFailed', { reason: problem(err) })),
  });
  const cancelSeries = useCancelSeries({
    onSuccess: (r) => announce(t('myBookings.seriesCancelled', { count: r.cancelled.length })),
    onError: (err) => setActionError(t('myBookings.cancelSeriesFailed', { reason: problem(err) })),
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
  // the occurrences "cancel the rest of the series" takes: this one and every later one still held
  const seriesRest = seriesFrom ? upcoming.filter((b) => b.seriesId === seriesFrom.seriesId && b.start >= seriesFrom.start) : [];
  const seriesTz = seriesFrom ? (spaceInfo(seriesFrom.spaceId)?.timezone ?? 'Europe/Berlin') : 'Europe/Berlin';

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
                      onCancelSeries={(x) => {
                        setActionError(null);
                        setSeriesFrom(x);
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

      <CancelBookingDialog booking={toCancel} title={t('myBookings.cancelTitle')} onClose={() => setToCancel(null)} onConfirm={(b) => cancel.mutate(b.id)}>
        {(b) => (
          <p>
            {t('myBookings.cancelText', {
              desk: b.deskName ?? '',
              space: b.spaceName ?? cancelSpace?.name ?? '',
              day: f.dayLongOf(b.start, cancelSpace?.timezone ?? 'Europe/Berlin'),
              range: f.timeRange(b.start, b.end, cancelSpace?.timezone ?? 'Europe/Berlin'),
            })}
          </p>
        )}
      </CancelBookingDialog>

      <ConfirmDialog
        open={seriesFrom !== null}
        title={t('myBookings.cancelSeriesTitle')}
        confirmLabel={t('myBookings.cancelSeriesConfirm', { count: seriesRest.length })}
        confirmVariant="danger"
        onCancel={() => setSeriesFrom(null)}
        onConfirm={() => {
          if (seriesFrom?.seriesId) cancelSeries.mutate({ seriesId: seriesFrom.seriesId, from: seriesFrom.start });
          setSeriesFrom(null);
        }}
      >
        {seriesFrom && (
          <p>
            {t('myBookings.cancelSeriesText', {
              count: seriesRest.length,
              desk: seriesFrom.deskName ?? '',
              space: seriesFrom.spaceName ?? spaceInfo(seriesFrom.spaceId)?.name ?? '',
              day: f.dayLongOf(seriesFrom.start, seriesTz),
              last: f.dayLongOf(seriesRest.at(-1)?.start ?? seriesFrom.start, seriesTz),
              range: f.timeRange(seriesFrom.start, seriesFrom.end, seriesTz),
            })}
          </p>
        )}
      </ConfirmDialog>
    </Page>
  );
}
