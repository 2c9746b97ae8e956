/**
 * E-mail hears of every event and registration change (subscribed in app.ts) and queues, in the
 * transaction of the change, what the person must know: registered (with the .ics) or on the
 * waitlist at place N; moved up; the event cancelled (with the team's message); a registration
 * withdrawn. Not for walk-in participants (staff record them `attended`, mostly without an
 * account), and nothing about an event that is already over.
 */
import type { EventChange, EventSubscriber } from '../events/event-changes.js';
import { queueEventMail, registrationsToTell, type EventMailKind, type RegistrationToTell } from './event-mail.js';

/** Which message a registration gets for a change, by its status now; null: none. */
function messageFor(type: EventChange['type'], { registration, event }: RegistrationToTell): EventMailKind | null {
  const status = registration.status;
  switch (type) {
    case 'registration.created':
      return status === 'registered' ? 'registered' : status === 'waitlisted' ? 'waitlisted' : null;
    case 'registration.promoted':
      return status === 'registered' ? 'promoted' : null;
    case 'event.cancelled':
      return status === 'cancelled' ? null : 'cancelled';
    case 'registration.cancelled':
      // when the whole event is cancelled, that message says it all
      return status === 'cancelled' && event.status === 'scheduled' ? 'withdrawn' : null;
    default:
      return null;
  }
}

/** The changes that can mean a message to someone. */
const TOLD = new Set<EventChange['type']>([
  'registration.created',
  'registration.promoted',
  'event.cancelled',
  'registration.cancelled',
]);

export const mailOnEventChange: EventSubscriber = {
  async onChange(db, { type, registrationIds, now, message }) {
    if (!TOLD.has(type)) return;
    for (const item of await registrationsToTell(db, registrationIds)) {
      if (item.event.endAt <= now) continue;
      const kind = messageFor(type, item);
      if (kind) await queueEventMail(db, kind, item, now, message);
    }
  },
};
