import { useParams } from 'react-router';
import { EventPage } from '../../features/events/components/event-page';

/** Public and shareable: one event, registration for signed-in people, login and back for others. */
export function Component() {
  const { eventId = '' } = useParams();
  return <EventPage eventId={eventId} />;
}
