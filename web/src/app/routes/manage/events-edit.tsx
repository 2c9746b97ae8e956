import { useLocation, useParams } from 'react-router';
import { EventPage } from '../../../features/event-admin/components/event-page';
import { WithEvent } from './events-loader';

/** One event to change, cancel or copy; "created" comes from the new-event page after saving. */
export function Component() {
  const { eventId = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  return (
    <WithEvent eventId={eventId}>
      {(event, space) => <EventPage key={event.id} event={event} space={space} created={created} />}
    </WithEvent>
  );
}
