import { useTranslation } from 'react-i18next';
import type { Event } from '@popdesk/shared';
import { placesLeft } from '../utils/event-state';

/** "3 von 8 Plätzen frei", or "Ausgebucht – Warteliste" once every place is taken. */
export function PlacesLeft({ event }: { event: Pick<Event, 'capacity' | 'registered' | 'waitlisted'> }) {
  const { t } = useTranslation();
  const left = placesLeft(event);
  if (left > 0) {
    return (
      <span className="badge badge-success">{t('events.placesLeft', { count: left, capacity: event.capacity })}</span>
    );
  }
  return (
    <span className="badge badge-warn">
      {event.waitlisted > 0 ? t('events.fullWaiting', { count: event.waitlisted }) : t('events.full')}
    </span>
  );
}
