/**
 * The one hook after an event or a registration changes. Whatever reacts (e-mail, webhooks, in-app
 * notifications) subscribes here from app.ts, so events never import those features. Subscribers run
 * inside the transaction of the change (transactional outbox: the messages exist exactly when the
 * change does); sending happens later in the scheduler's workers and never fails the change.
 */
import type { Db } from '../../db/client.js';

export type EventChangeType =
  /** a new event (also each copy of a duplicate) */
  | 'event.created'
  /** title, description, time, places, capacity or visibility changed */
  | 'event.updated'
  /** cancelled by staff: `registrationIds` are those that held or waited for a place */
  | 'event.cancelled'
  /** a person registered or joined the waitlist (or staff added a walk-in participant) */
  | 'registration.created'
  /** a registration was withdrawn (by its owner or by staff) */
  | 'registration.cancelled'
  /** a waitlisted registration moved up to `registered` because a place came free */
  | 'registration.promoted'
  /** staff checked a participant in (`attended`) */
  | 'registration.checked_in';

export interface EventChangeLog {
  error(obj: unknown, msg: string): void;
}

/** What changed, as every subscriber is told: ids only; subscribers read what they need in `db`. */
export interface EventChange {
  type: EventChangeType;
  eventId: string;
  spaceId: string;
  /** the registrations this change is about (see EventChangeType) */
  registrationIds: string[];
  now: Date;
  /** a message from the space's team to the registrants (an event cancelled by staff) */
  message?: string | null;
  log?: EventChangeLog;
}

export interface EventSubscriber {
  /** Queues what a change causes; inside the caller's transaction (`db` is that transaction). */
  onChange(db: Db, change: EventChange): Promise<void>;
}

/** In order of subscription; a subscriber subscribed again (a second app in one process) stays once. */
const subscribers = new Set<EventSubscriber>();

export const eventChanges = {
  /** Wiring (app.ts): these subscribers hear of every event and registration change from now on. */
  subscribe(...added: EventSubscriber[]): void {
    for (const s of added) subscribers.add(s);
  },
  /** Inside the caller's transaction: the messages exist exactly when the change does. */
  async emit(db: Db, change: EventChange): Promise<void> {
    for (const s of subscribers) await s.onChange(db, change);
  },
};
