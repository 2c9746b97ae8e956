import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@popdesk/shared';
import { BookingSummary } from '../../../components/booking-summary';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CancelBookingDialog } from '../../../components/cancel-booking-dialog';
import { IconCalendar, IconCheck } from '../../../components/ui/icons';
import { useAnnounce } from '../../../components/ui/live-region';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useFormat } from '../../../lib/use-format';
import { useProblemMessage } from '../../../lib/problem-message';
import { useCancelBooking } from '../api/cancel-booking';
import { useCheckInBooking } from '../api/check-in-booking';
import { useManagedBookings, type ManagedBooking } from '../api/get-bookings';
import { dayBounds } from '../utils/day';
import { Holder } from './booking-status';
import styles from './space-bookings.module.css';

interface Props {
  spaceId: string;
  timezone: string;
  date: string;
  /** Refresh while it is the current day: people arrive, book and cancel. */
  live?: boolean;
  /** A booking was cancelled or checked in: its desk's free time may have changed. */
  onChanged?: () => void;
}

const holding = (b: Booking) => b.status === 'confirmed' || b.status === 'checked_in';
const holderName = (b: ManagedBooking, fallback: string) => b.guestName ?? b.userName ?? fallback;

/** Who is booked on a day, in time order, with check-in and cancel at hand. */
export function TodayList({ spaceId, timezone, date, live = false, onChanged }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const bookings = useManagedBookings({ spaceId, ...dayBounds(date, timezone) }, { refetchInterval: live ? 60_000 : undefined });
  const [toCancel, setToCancel] = useState<ManagedBooking | null>(null);
  const checkIn = useCheckInBooking({ onSuccess: () => onChanged?.() });
  const cancel = useCancelBooking({
    onSuccess: () => {
      announce(t('frontDesk.cancelled'));
      onChanged?.();
    },
  });

  if (bookings.isPending) return <Skeleton lines={5} height="3rem" label={t('frontDesk.loading')} />;
  if (bookings.isError) return <ErrorState error={bookings.error} onRetry={() => void bookings.refetch()} />;

  const list = [...bookings.data].sort((a, b) => a.start.localeCompare(b.start) || (a.deskName ?? '').localeCompare(b.deskName ?? '', undefined, { numeric: true }));
  const active = list.filter((b) => b.status !== 'cancelled');
  const cancelled = list.filter((b) => b.status === 'cancelled');
  const count = (s: Booking['status']) => list.filter((b) => b.status === s).length;
  const actionError = checkIn.error ?? cancel.error;

  const row = (b: ManagedBooking) => {
    const headingId = `tb-${b.id}`;
    return (
      <BookingSummary
        key={b.id}
        layout="row"
        booking={b}
        timezone={timezone}
        headingId={headingId}
        who={
          <>
            <Holder booking={b} />
            {b.checkedInAt && b.status === 'checked_in' && <span className="muted">{t('frontDesk.checkedInAt', { time: f.time(b.checkedInAt, timezone) })}</span>}
          </>
        }
        actions={
          <>
            {(b.status === 'confirmed' || b.status === 'no_show') && (
              <Button
                size="small"
                busy={checkIn.isPending && checkIn.variables === b.id}
                aria-label={t('frontDesk.checkInNamed', { who: holderName(b, t('frontDesk.account')), desk: b.deskName ?? '', range: f.timeRange(b.start, b.end, timezone) })}
                onClick={() => {
                  cancel.reset();
                  // the answer carries no desk name; the row has it
                  checkIn.mutate(b.id, { onSuccess: () => announce(t('frontDesk.checkedIn', { desk: b.deskName ?? '' })) });
                }}
              >
                <IconCheck size={16} />
                {t('frontDesk.checkIn')}
              </Button>
            )}
            {holding(b) && (
              <Button
                size="small"
                variant="ghost"
                className={styles.cancelBtn}
                aria-label={t('frontDesk.cancelNamed', { who: holderName(b, t('frontDesk.account')), desk: b.deskName ?? '', range: f.timeRange(b.start, b.end, timezone) })}
                onClick={() => {
                  checkIn.reset();
                  setToCancel(b);
                }}
              >
                {t('frontDesk.cancel')}
              </Button>
            )}
          </>
        }
      />
    );
  };

  return (
    <section aria-labelledby="today-list-heading" className={styles.listSection}>
      <h2 id="today-list-heading">{t('frontDesk.listHeading', { day: f.dayLong(date) })}</h2>
      <dl className={styles.stats}>
        <div>
          <dt>{t('frontDesk.stats.booked')}</dt>
          <dd>{count('confirmed') + count('checked_in')}</dd>
        </div>
        <div>
          <dt>{t('frontDesk.stats.checkedIn')}</dt>
          <dd>{count('checked_in')}</dd>
        </div>
        <div>
          <dt>{t('frontDesk.stats.expected')}</dt>
          <dd>{count('confirmed')}</dd>
        </div>
        <div>
          <dt>{t('frontDesk.stats.noShows')}</dt>
          <dd>{count('no_show')}</dd>
        </div>
      </dl>
      {actionError != null && (
        <Alert tone="error" title={t('frontDesk.actionFailed')}>
          <p>{problem(actionError)}</p>
        </Alert>
      )}
      {active.length === 0 ? (
        <EmptyState icon={<IconCalendar size={32} />} title={t('frontDesk.emptyTitle')}>
          {t('frontDesk.empty')}
        </EmptyState>
      ) : (
        <ul className={styles.rows} aria-label={t('frontDesk.listLabel')}>
          {active.map(row)}
        </ul>
      )}
      {cancelled.length > 0 && (
        <details className={styles.cancelledList}>
          <summary>{t('frontDesk.cancelledCount', { count: cancelled.length })}</summary>
          <ul className={styles.rows}>{cancelled.map(row)}</ul>
        </details>
      )}

      <CancelBookingDialog booking={toCancel} title={t('frontDesk.cancelTitle')} onClose={() => setToCancel(null)} onConfirm={(b) => cancel.mutate(b.id)}>
        {(b) => (
          <p>
            {t('frontDesk.cancelText', { who: holderName(b, t('frontDesk.account')), desk: b.deskName ?? '', range: f.timeRange(b.start, b.end, timezone) })}
          </p>
        )}
      </CancelBookingDialog>
    </section>
  );
}
