import { useTranslation } from 'react-i18next';
import type { Event } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import styles from './event-admin.module.css';

/** An event's kind, status and public-or-not as badges (in words, not only colour). */
export function EventBadges({ event }: { event: Event }) {
  const { t } = useTranslation();
  return (
    <span className={styles.badges}>
      <span className="badge badge-info">{t(`eventAdmin.kind.${event.kind}`)}</span>
      {event.status === 'cancelled' && <span className="badge badge-danger">{t('eventAdmin.status.cancelled')}</span>}
      {!event.public && <span className="badge badge-neutral">{t('eventAdmin.status.internal')}</span>}
    </span>
  );
}

/** "Di., 03.06.2031, 10:00–12:00" in the space's zone. */
export function EventWhen({ event, timezone }: { event: Event; timezone: string }) {
  const f = useFormat();
  return (
    <>
      {f.dayLongOf(event.start, timezone)}, {f.timeRange(event.start, event.end, timezone)}
    </>
  );
}

/** Registered of capacity, waiting, and (for staff) attended. */
export function EventCounts({ event }: { event: Event }) {
  const { t } = useTranslation();
  return (
    <span className={styles.counts}>
      <span>{t('eventAdmin.counts.registered', { registered: event.registered, capacity: event.capacity })}</span>
      {event.waitlisted > 0 && <span>{t('eventAdmin.counts.waitlisted', { count: event.waitlisted })}</span>}
      {event.attended != null && event.attended > 0 && (
        <span>{t('eventAdmin.counts.attended', { count: event.attended })}</span>
      )}
    </span>
  );
}
