/**
 * What people do with registrations: register (or be added by staff), withdraw, be checked in; and
 * what an erased account's registrations become. Each change is one transaction that locks the
 * event's row first and tells `eventChanges` (e-mail, webhooks, in-app) inside it.
 */
import type { CreateRegistrationBody } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import type { AuthUser } from '../../lib/auth-user.js';
import { UNIQUE_VIOLATION, pgError } from '../../lib/pg-errors.js';
import { badRequest, businessRule, conflict, forbidden, notFound } from '../../lib/problems.js';
import { canManageSpace } from '../accounts/access.js';
import { eventChanges, type EventChangeLog } from './event-changes.js';
import { admission, checkCheckIn, checkWithdrawal } from './registration-rules.js';
import { maySeeEvent } from './event-dto.js';
import {
  countHolding,
  findRegistration,
  insertRegistration,
  isActiveAccount,
  liveRegistrationsOf,
  markAttended,
  markCancelled,
  promoteWaiting,
  type PlacedRegistration,
} from './registrations-repo.js';
import { findEventRow, lockEvent, type EventRow } from './events-repo.js';

interface Context {
  caller: AuthUser;
  now: Date;
  log?: EventChangeLog;
}

/** The event as the caller may see it: unknown and hidden events are the same 404. */
export async function visibleEvent(db: Db, caller: AuthUser, eventId: string): Promise<EventRow> {
  const event = await findEventRow(db, eventId);
  if (!event || !maySeeEvent(caller, { event })) throw notFound('This event');
  return event;
}

/**
 * `{}` registers the caller; staff and admins of the event's space register a person by `userId`
 * or add a walk-in guest by `guestName`. A place while one is left, else the waitlist (walk-ins:
 * `attended`, or 422 when the event is full).
 */
export async function register(
  db: Db,
  eventId: string,
  body: CreateRegistrationBody,
  { caller, now, log }: Context,
): Promise<PlacedRegistration> {
  if (body.guestName !== undefined && body.userId !== undefined)
    throw badRequest('Send either guestName or userId, not both.', [
      { path: 'body.guestName', message: 'must not come with userId' },
    ]);
  const event = await visibleEvent(db, caller, eventId);
  const byStaff = body.guestName !== undefined || body.userId !== undefined;
  if (byStaff && !canManageSpace(caller, event.spaceId))
    throw forbidden('Only this space’s staff and admins register other people or add walk-in participants.');
  if (body.userId !== undefined && !(await isActiveAccount(db, body.userId))) throw notFound('This person');
  const userId = body.guestName !== undefined ? null : (body.userId ?? caller.id);
  try {
    return await db.transaction(async (tx) => {
      const locked = (await lockEvent(tx, eventId))!;
      const kind = admission(locked, now, { guest: body.guestName !== undefined, byStaff }).kind;
      const free = locked.capacity - (await countHolding(tx, eventId));
      if (kind === 'walk-in' && free <= 0)
        throw businessRule('event-full', 'Event full', 'Every place of this event is taken.');
      const row = await insertRegistration(tx, {
        eventId,
        userId,
        guestName: body.guestName ?? null,
        status: kind === 'walk-in' ? 'attended' : free > 0 ? 'registered' : 'waitlisted',
        createdBy: caller.id,
        now,
      });
      await eventChanges.emit(tx, {
        type: 'registration.created',
        eventId,
        spaceId: locked.spaceId,
        registrationIds: [row.id],
        now,
        log,
      });
      return (await findRegistration(tx, row.id))!;
    });
  } catch (err) {
    if (pgError(err)?.code === UNIQUE_VIOLATION)
      throw conflict(
        'already-registered',
        'Already registered',
        userId === caller.id
          ? 'You are already registered for this event (or on its waitlist).'
          : 'This person is already registered for this event (or on its waitlist); check them in instead.',
      );
    throw err;
  }
}

/** A registration the caller may change: its owner's or one of their space's; anything else is 404. */
async function ownRegistration(db: Db, caller: AuthUser, registrationId: string) {
  const found = await findRegistration(db, registrationId);
  const event = found && (await findEventRow(db, found.row.eventId));
  if (!found || !event) throw notFound('This registration');
  const byStaff = canManageSpace(caller, event.spaceId);
  const owner = found.row.userId === caller.id;
  if (!byStaff && !owner) throw notFound('This registration');
  return { found, event, byStaff };
}

/** Withdraws a registration (its owner until the start; staff and admins any time); the waitlist moves up. */
export async function withdraw(db: Db, registrationId: string, { caller, now, log }: Context): Promise<void> {
  const { found, event, byStaff } = await ownRegistration(db, caller, registrationId);
  if (found.row.status === 'cancelled') throw notFound('This registration');
  checkWithdrawal(event, now, byStaff);
  await db.transaction(async (tx) => {
    await lockEvent(tx, event.id);
    const cancelled = await markCancelled(tx, registrationId, now);
    if (!cancelled) throw notFound('This registration');
    await eventChanges.emit(tx, {
      type: 'registration.cancelled',
      eventId: event.id,
      spaceId: event.spaceId,
      registrationIds: [registrationId],
      now,
      log,
    });
    await promoteWaiting(tx, event.id, now, log);
  });
}

/** Staff check a participant in (`attended`); again is the same answer. */
export async function checkIn(
  db: Db,
  registrationId: string,
  { caller, now, log }: Context,
): Promise<PlacedRegistration> {
  const { found, event, byStaff } = await ownRegistration(db, caller, registrationId);
  if (!byStaff) throw forbidden('Only this space’s staff and admins check participants in.');
  if (found.row.status === 'attended') return found;
  checkCheckIn(event, found.row.status, now);
  return db.transaction(async (tx) => {
    await lockEvent(tx, event.id);
    const attended = await markAttended(tx, registrationId, now);
    const current = (await findRegistration(tx, registrationId))!;
    if (!attended) {
      // changed since it was read: a check-in that came first is this one's answer
      if (current.row.status !== 'attended') checkCheckIn(event, current.row.status, now);
      return current;
    }
    await eventChanges.emit(tx, {
      type: 'registration.checked_in',
      eventId: event.id,
      spaceId: event.spaceId,
      registrationIds: [registrationId],
      now,
      log,
    });
    return current;
  });
}

/**
 * Erasure (inside its transaction): the person's registrations for events still ahead are
 * cancelled, which frees their places for the waitlist; past ones stay, tied to the anonymous
 * account, so the events' figures do not change. Locks events in id order (no cycle).
 */
export async function cancelRegistrationsOfErased(tx: Db, userId: string, now: Date, log?: EventChangeLog) {
  for (const r of await liveRegistrationsOf(tx, userId, now)) {
    const event = (await lockEvent(tx, r.eventId))!;
    if (!(await markCancelled(tx, r.id, now, ['registered', 'waitlisted']))) continue;
    await eventChanges.emit(tx, {
      type: 'registration.cancelled',
      eventId: event.id,
      spaceId: event.spaceId,
      registrationIds: [r.id],
      now,
      log,
    });
    await promoteWaiting(tx, event.id, now, log);
  }
}
