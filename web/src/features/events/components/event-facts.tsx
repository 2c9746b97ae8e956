import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Event } from '@popdesk/shared';
import { IconCalendar, IconDesk, IconPin } from '../../../components/ui/icons';
import { useFormat } from '../../../lib/use-format';
import { whenOf } from '../utils/event-when';
import { PlacesLeft } from './places-left';
import styles from './events.module.css';

/** When (in the space's zone), where (the space, linked), how many places and how many are free. */
export function EventFacts({ event }: { event: Event }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul className={styles.facts} aria-label={t('events.factsLabel')}>
      <li>
        <IconCalendar size={18} />
        <span>{t('events.when', whenOf(event, f))}</span>
      </li>
      <li>
        <IconPin size={18} />
        <span>
          <Link to={`/spaces/${event.spaceId}`}>{event.spaceName ?? t('events.theSpace')}</Link>
          {event.town && `, ${event.town}`}
        </span>
      </li>
      <li>
        <IconDesk size={18} />
        <span>{t('events.capacity', { count: event.capacity })}</span>
      </li>
      {event.status === 'scheduled' && (
        <li>
          <PlacesLeft event={event} />
        </li>
      )}
    </ul>
  );
}
