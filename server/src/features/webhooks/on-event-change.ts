/**
 * Webhooks hear of every event and registration change (subscribed in app.ts) and queue, in the
 * transaction of the change, one delivery per subscribed webhook: `event.created` (each copy of a
 * duplicate too), `event.cancelled`, and per registration `registration.created` and
 * `registration.cancelled`. No personal data: the event's own fields and figures, and of a
 * registration its id, status and waitlist place — no account id, no name, no e-mail.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { WebhookEvent } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { eventPlaces, events, registrations, spaces } from '../../db/schema.js';
import type { EventChange, EventSubscriber } from '../events/event-changes.js';
import { enqueueDeliveries, isSubscribed } from './webhooks-repo.js';

/** The event as the contract's `event` shape (with its space), as it is after the change. */
async function eventData(db: Db, eventId: string) {
  const [row] = await db
    .select({
      event: events,
      space: { id: spaces.id, name: spaces.name, town: spaces.town, timezone: spaces.timezone },
      registered: sql<number>`(select count(*)::int from ${registrations} r
        where r.event_id = ${events.id} and r.status in ('registered', 'attended'))`,
      waitlisted: sql<number>`(select count(*)::int from ${registrations} r
        where r.event_id = ${events.id} and r.status = 'waitlisted')`,
    })
    .from(events)
    .innerJoin(spaces, eq(spaces.id, events.spaceId))
    .where(eq(events.id, eventId));
  if (!row) return null;
  const places = await db
    .select({ deskId: eventPlaces.deskId })
    .from(eventPlaces)
    .where(eq(eventPlaces.eventId, eventId))
    .orderBy(eventPlaces.deskId);
  const e = row.event;
  return {
    event: {
      id: e.id,
      spaceId: e.spaceId,
      title: e.title,
      description: e.description,
      kind: e.kind,
      start: e.startAt.toISOString(),
      end: e.endAt.toISOString(),
      capacity: e.capacity,
      registered: Number(row.registered),
      waitlisted: Number(row.waitlisted),
      deskIds: places.map((p) => p.deskId),
      public: e.public,
      status: e.status,
      copiedFrom: e.copiedFrom,
    },
    space: row.space,
  };
}

/** The registrations of an event (with their waitlist place), without who they are. */
async function registrationData(db: Db, eventId: string, ids: readonly string[]) {
  const found = await db
    .select({
      id: registrations.id,
      eventId: registrations.eventId,
      status: registrations.status,
      guest: sql<boolean>`${registrations.userId} is null`,
      position: sql<number | null>`case when ${registrations.status} = 'waitlisted' then (
          select count(*)::int + 1 from ${registrations} w
          where w.event_id = ${registrations.eventId} and w.status = 'waitlisted'
            and (w.created_at, w.id) < (${registrations.createdAt}, ${registrations.id})) end`,
    })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.id, [...ids])))
    .orderBy(registrations.createdAt, registrations.id);
  return found.map((r) => ({ ...r, position: r.position === null ? null : Number(r.position) }));
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
    for (const r of await registrationData(db, eventId, registrationIds)) {
      await enqueueDeliveries(db, name, { registration: { ...r, spaceId }, ...data }, now);
    }
  },
};
