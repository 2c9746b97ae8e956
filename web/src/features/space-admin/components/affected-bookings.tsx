import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking, CreatedClosures } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/field';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { zonedInstant } from '../../../lib/dates';
import { useProblemMessage } from '../../../lib/problem-message';
import { useFormat } from '../../../lib/use-format';
import { useCancelMany, useClosureBookings } from '../api/closure-bookings';
import styles from './space-admin.module.css';

const MESSAGE_MAX = 1000;

/** The instants a new closure covers, date by date (the whole local day or its window). */
export function closedIntervals(created: CreatedClosures, tz: string) {
  return created.dates.map((d) => ({
    start: zonedInstant(d, created.starts ?? '00:00', tz).getTime(),
    end: zonedInstant(d, created.ends ?? '24:00', tz).getTime(),
  }));
}

/** `userName` comes for staff of the space (the bookings list adds it); guests have `guestName`. */
type Held = Booking & { userName?: string | null };

const counting = (b: Booking) => b.status === 'confirmed' || b.status === 'checked_in';

/**
 * After a closure that hits bookings: who is affected, and one action that cancels their bookings
 * and tells each of them by e-mail (in their language), with the team's message.
 */
export function AffectedBookings({
  spaceId,
  timezone,
  created,
  onDismiss,
}: {
  spaceId: string;
  timezone: string;
  created: CreatedClosures;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const problem = useProblemMessage();
  const [message, setMessage] = useState('');
  const closed = closedIntervals(created, timezone);
  const range = {
    from: new Date(closed[0]!.start).toISOString(),
    to: new Date(closed[closed.length - 1]!.end).toISOString(),
  };
  const bookings = useClosureBookings(spaceId, range);
  const cancel = useCancelMany({ onSuccess: () => void bookings.refetch() });
  const hit = (bookings.data ?? []).filter(
    (b) =>
      counting(b) && closed.some((c) => new Date(b.start).getTime() < c.end && c.start < new Date(b.end).getTime()),
  );
  const holder = (b: Held) => b.userName ?? b.guestName ?? t('spaceAdmin.closures.affectedSomeone');

  return (
    <Alert tone="warn" title={t('spaceAdmin.closures.affectedTitle')}>
      <p>{t('spaceAdmin.closures.affectedCount', { count: created.affectedBookings })}</p>
      {bookings.isPending ? (
        <Skeleton lines={2} label={t('spaceAdmin.closures.affectedLoading')} />
      ) : bookings.isError ? (
        <ErrorState error={bookings.error} onRetry={() => void bookings.refetch()} />
      ) : (
        <ul className={styles.affectedList} aria-label={t('spaceAdmin.closures.affectedPeople')}>
          {hit.map((b) => (
            <li key={b.id}>
              <strong>{holder(b)}</strong> · {f.dateOf(b.start, timezone)} · {f.timeRange(b.start, b.end, timezone)}
            </li>
          ))}
        </ul>
      )}
      {cancel.isSuccess ? (
        <p role="status">{t('spaceAdmin.closures.cancelledMany', { count: cancel.data.cancelled.length })}</p>
      ) : (
        hit.length > 0 && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              cancel.mutate({ bookingIds: hit.map((b) => b.id), message: message.trim() || undefined });
            }}
          >
            <TextAreaField
              label={t('spaceAdmin.closures.cancelMessage')}
              hint={t('spaceAdmin.closures.cancelMessageHint')}
              value={message}
              maxLength={MESSAGE_MAX}
              rows={3}
              onChange={(e) => setMessage(e.target.value)}
            />
            {cancel.isError && <p className="error">{problem(cancel.error)}</p>}
            <Button type="submit" variant="danger" busy={cancel.isPending}>
              {t('spaceAdmin.closures.cancelMany', { count: hit.length })}
            </Button>
            {cancel.isPending && (
              <p role="status" className="muted">
                {t('spaceAdmin.closures.cancelling', { count: hit.length })}
              </p>
            )}
          </form>
        )
      )}
      <Button variant="ghost" size="small" onClick={onDismiss}>
        {t('spaceAdmin.closures.affectedDismiss')}
      </Button>
    </Alert>
  );
}
