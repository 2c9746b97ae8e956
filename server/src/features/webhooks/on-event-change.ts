/**
 * Webhooks hear of every event and registration change (subscribed in app.ts) and queue, in the
 * transaction of the change, one delivery per subscribed webhook: `event.created` (each copy of a
 * duplicate too), `event.cancelled`, and per registration `registration.created` and
 * `registration.cancelled`. No personal data: the event's own fields and figures, and of a
 * registration its id, status and waitlist place — no account id, no name, no e-mail.
 */
import type { WebhookEvent } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import type { EventChange, EventSubscriber } from '../events/event-changes.js';
import { toEventDto } from '../events/event-dto.js';
import { findEvent } from '../events/events-repo.js';
import { findRegistration } from '../events/registrations-repo.js';
import { enqueueDeliveries, isSubscribed } from './webhooks-repo.js';

/**
 * The event as the contract's `event` shape, as it is after the change — built as the API builds
 * it for someone signed out (no `attended`, no own registration) — with its space.
 */
async function eventData(db: Db, eventId: string) {
  const record = await findEvent(db, eventId);
  if (!record) return null;
  const { spaceName, town, timezone, ...event } = toEventDto(record, { viewer: null, publicUrl: null });
  return { event, space: { id: record.event.spaceId, name: spaceName, town, timezone } };
}

/** The registrations of an event (with their waitlist place), without who they are. */
async function registrationData(db: Db, ids: readonly string[]) {
  const found: { id: string; eventId: string; status: string; position: number | null; guest: boolean }[] = [];
  for (const id of ids) {
    const r = await findRegistration(db, id);
    if (r)
      found.push({
        id,
        eventId: r.row.eventId,
        status: r.row.status,
        position: r.position,
        guest: r.row.userId === null,
      });
  }
  return found;
}

/** The webhook event names a change is sent as (the hook knows more changes than webhooks do). */
const SENT_AS: Partial<Record<EventChange['type'], WebhookEvent>> = {
  'event.created': 'event.created',
  'event.cancelled': 'event.cancelled',
  'registration.created': 'registration.created',
  'registration.cancelled': 'registration.cancelled',
};

export const webhooksOnEventChange: EventSubscriber = {
  async onChange(db, { type, eventId, spaceId, registrationIds, now }) {
    const name = SENT_AS[type];
    if (!name || !(await isSubscribed(db, name))) return;
    const data = await eventData(db, eventId);
    if (!data) return;
    if (name === 'event.created' || name === 'event.cancelled') {
      await enqueueDeliveries(db, name, data, now);
      return;
    }
    for (const r of await registrationData(db, registrationIds)) {
      await enqueueDeliveries(db, name, { registration: { ...r, spaceId }, ...data }, now);
    }
  },
};
