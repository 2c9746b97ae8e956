/**
 * When people may register, withdraw and be checked in. Pure functions of the event, the caller and
 * the clock; the routes turn their answers into problems.
 */
import { businessRule } from '../../lib/problems.js';
import type { EventRow } from './events-repo.js';

/** Check-in opens this long before an event starts … */
export const CHECK_IN_OPENS_MS = 60 * 60_000;
/** … and closes this long after it ends (staff recording who came, the day after). */
export const CHECK_IN_CLOSES_MS = 24 * 60 * 60_000;

/**
 * What a new registration becomes. People register themselves (or staff register them) until the
 * event starts: a place while there is one, else the waitlist. Staff add walk-in participants, a
 * guest by name until the event ends, or a person with an account once it has started: they are
 * there, so `attended`, and only while a place is left.
 */
export type Admission = { kind: 'place-or-waitlist' } | { kind: 'walk-in' };

export function admission(event: EventRow, now: Date, opts: { guest: boolean; byStaff: boolean }): Admission {
  if (event.status === 'cancelled') throw closed('The event has been cancelled.');
  const started = now.getTime() >= event.startAt.getTime();
  const ended = now.getTime() >= event.endAt.getTime();
  if (opts.byStaff && (opts.guest || started)) {
    if (ended) throw closed('The event has ended.');
    return { kind: 'walk-in' };
  }
  if (started) throw closed(ended ? 'The event has ended.' : 'Registration closed when the event started.');
  return { kind: 'place-or-waitlist' };
}

/** Owners withdraw until the start; staff and admins at any time. */
export function checkWithdrawal(event: EventRow, now: Date, byStaff: boolean): void {
  if (!byStaff && now.getTime() >= event.startAt.getTime())
    throw closed('The event has started: a registration can no longer be withdrawn.');
}

/** Check-in: a place-holding registration, from 60 minutes before the start until 24 hours after the end. */
export function checkCheckIn(event: EventRow, status: string, now: Date): void {
  if (status === 'waitlisted')
    throw businessRule('registration-waitlisted', 'On the waitlist', 'A waitlisted registration cannot be checked in.');
  if (status === 'cancelled')
    throw businessRule(
      'registration-cancelled',
      'Registration cancelled',
      'A cancelled registration cannot be checked in.',
    );
  if (event.status === 'cancelled')
    throw businessRule('event-cancelled', 'Event cancelled', 'Nobody can be checked in to a cancelled event.');
  const t = now.getTime();
  if (t < event.startAt.getTime() - CHECK_IN_OPENS_MS || t > event.endAt.getTime() + CHECK_IN_CLOSES_MS)
    throw businessRule(
      'check-in-window',
      'Not in the check-in window',
      'Check-in opens 60 minutes before the event starts and closes 24 hours after it ends.',
    );
}

const closed = (detail: string) => businessRule('registration-closed', 'Registration closed', detail);
