import { useParams } from 'react-router';
import { AttendeesPage } from '../../../features/event-admin/components/attendees-page';
import { WithEvent } from './events-loader';

/** Who comes to an event: check-in, walk-ins, the waitlist; printable for the door. */
export function Component() {
  const { eventId = '' } = useParams();
  return (
    <WithEvent eventId={eventId}>
      {(event, space) => <AttendeesPage event={event} timezone={space.timezone} />}
    </WithEvent>
  );
}
