import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Event } from '@popdesk/shared';
import { IconCalendar, IconPin } from '../../../components/ui/icons';
import { useFormat } from '../../../lib/use-format';
import { whenOf } from '../utils/event-when';
import { EventKindBadge } from './event-kind-badge';
import { PlacesLeft } from './places-left';
import styles from './events.module.css';

/** An event in a list: title (the link), kind, local day and time, where, places left. */
export function EventCard({ event }: { event: Event }) {
  const { t } = useTranslation();
  const f = useFormat();
  const headingId = `event-${event.id}`;
  const when = whenOf(event, f);
  return (
    <article className={`card ${styles.card}`} aria-labelledby={headingId}>
      <div className="cluster">
        <EventKindBadge kind={event.kind} />
        <PlacesLeft event={event} />
      </div>
      <h3 id={headingId} className={styles.cardTitle}>
        <Link to={`/events/${event.id}`}>{event.title}</Link>
      </h3>
      <p className={styles.meta}>
        <IconCalendar size={18} />
        <span>{t('events.when', when)}</span>
      </p>
      {event.spaceName && (
        <p className={styles.meta}>
          <IconPin size={18} />
          <span>{event.town ? t('events.where', { space: event.spaceName, town: event.town }) : event.spaceName}</span>
        </p>
      )}
    </article>
  );
}
