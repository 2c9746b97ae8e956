import { EventsPage } from '../../features/events/components/events-page';

/** Public: the events coming up across spaces. */
export function Component() {
  return <EventsPage />;
}
