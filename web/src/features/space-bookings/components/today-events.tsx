import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/states';
import { useFormat } from '../../../lib/use-format';
import { useDayEvents } from '../api/get-day-events';
import styles from './space-bookings.module.css';

/** The day's events at the front desk: time, title, places taken, and the way to the attendee list. */
export function TodayEvents({ spaceId, timezone, date }: { spaceId: string; timezone: string; date: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const events = useDayEvents(spaceId, date);
  if (events.isPending) return null;
  if (events.isError)
    return (
      <ErrorState title={t('frontDesk.events.loadFailed')} error={events.error} onRetry={() => void events.refetch()} />
    );
  if (events.data.length === 0) return null;
  const list = [...events.data].sort((a, b) => a.start.localeCompare(b.start));
  return (
    <section aria-labelledby="today-events-heading" className={`card ${styles.events}`}>
      <h2 id="today-events-heading">{t('frontDesk.events.heading', { count: list.length })}</h2>
      <ul className={styles.eventRows}>
        {list.map((e) => (
          <li key={e.id}>
            <span className={styles.eventTime}>{f.timeRange(e.start, e.end, timezone)}</span>
            <span className={styles.eventTitle}>
              {e.title}
              {e.status === 'cancelled' && (
                <span className="badge badge-danger">{t('frontDesk.events.cancelled')}</span>
              )}
            </span>
            <span className="muted">
              {t('frontDesk.events.counts', { registered: e.registered, capacity: e.capacity })}
              {e.waitlisted > 0 && `, ${t('frontDesk.events.waitlisted', { count: e.waitlisted })}`}
            </span>
            <Link to={`/manage/events/${encodeURIComponent(e.id)}/attendees`}>
              {t('frontDesk.events.attendees')}
              <span className="visually-hidden">: {e.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
