import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { CancelBookingDialog } from '../../../components/cancel-booking-dialog';
import { IconCalendar } from '../../../components/ui/icons';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useFormat } from '../../../lib/use-format';
import { useProblemMessage } from '../../../lib/problem-message';
import { useManagedBookings, type ManagedBooking } from '../api/get-bookings';
import { useTodayActions } from '../hooks/use-today-actions';
import { dayBounds } from '../utils/day';
import { CancelMessageField } from './cancel-message-field';
import { EmailToggle } from './email-toggle';
import { holderName, TodayRow } from './today-row';
import { TodayStats } from './today-stats';
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

/** Who is booked on a day, in time order, with check-in and cancel at hand. */
export function TodayList({ spaceId, timezone, date, live = false, onChanged }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const problem = useProblemMessage();
  const [withEmail, setWithEmail] = useState(false);
  const bookings = useManagedBookings(
    { spaceId, ...dayBounds(date, timezone), ...(withEmail ? { include: 'email' as const } : {}) },
    { refetchInterval: live ? 60_000 : undefined },
  );
  const actions = useTodayActions(onChanged);

  if (bookings.isPending) return <Skeleton lines={5} height="3rem" label={t('frontDesk.loading')} />;
  if (bookings.isError) return <ErrorState error={bookings.error} onRetry={() => void bookings.refetch()} />;

  const list = [...bookings.data].sort(
    (a, b) =>
      a.start.localeCompare(b.start) ||
      (a.deskName ?? '').localeCompare(b.deskName ?? '', undefined, { numeric: true }),
  );
  const active = list.filter((b) => b.status !== 'cancelled');
  const cancelled = list.filter((b) => b.status === 'cancelled');
  const row = (b: ManagedBooking) => (
    <TodayRow
      key={b.id}
      booking={b}
      timezone={timezone}
      checkingIn={actions.checkingIn(b)}
      onCheckIn={actions.checkIn}
      onCancel={actions.askCancel}
    />
  );

  return (
    <section aria-labelledby="today-list-heading" className={styles.listSection}>
      <h2 id="today-list-heading">{t('frontDesk.listHeading', { day: f.dayLong(date) })}</h2>
      <TodayStats list={list} />
      <EmailToggle checked={withEmail} onChange={setWithEmail} />
      {actions.error != null && (
        <Alert tone="error" title={t('frontDesk.actionFailed')}>
          <p>{problem(actions.error)}</p>
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

      <CancelBookingDialog
        booking={actions.toCancel}
        title={t('frontDesk.cancelTitle')}
        onClose={actions.closeCancel}
        onConfirm={actions.cancel}
      >
        {(b) => (
          <>
            <p>
              {t('frontDesk.cancelText', {
                who: holderName(b, t('frontDesk.account')),
                desk: b.deskName ?? '',
                range: f.timeRange(b.start, b.end, timezone),
              })}
            </p>
            <CancelMessageField booking={b} value={actions.message} onChange={actions.setMessage} />
          </>
        )}
      </CancelBookingDialog>
    </section>
  );
}
