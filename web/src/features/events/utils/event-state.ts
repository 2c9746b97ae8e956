/**
 * What a person can do with an event right now, worked out from the event and the clock: the
 * page, the cards and the tests all read the same answer.
 */
import type { Event } from '@popdesk/shared';

/** Where the event stands: open for registration, under way, over, or cancelled. */
export type EventPhase = 'open' | 'running' | 'over' | 'cancelled';

export function eventPhase(event: Pick<Event, 'status' | 'start' | 'end'>, now: number): EventPhase {
  if (event.status === 'cancelled') return 'cancelled';
  if (now >= Date.parse(event.end)) return 'over';
  if (now >= Date.parse(event.start)) return 'running';
  return 'open';
}

/** Places still free (never below 0; a full event has a waitlist instead). */
export const placesLeft = (event: Pick<Event, 'capacity' | 'registered'>) =>
  Math.max(0, event.capacity - event.registered);

/** The caller's registration still counts (holds a place or waits); a cancelled one does not. */
export type MyRegistration = NonNullable<Event['myRegistration']>;

export function activeRegistration(event: Pick<Event, 'myRegistration'>): MyRegistration | null {
  const mine = event.myRegistration;
  return mine && mine.status !== 'cancelled' ? mine : null;
}

/**
 * The registration part of the event page, as one state: a component renders it, nothing else
 * decides. `signedOut` and `canRegister` only while registration is open.
 */
export type RegistrationView =
  | { kind: 'cancelled' }
  | { kind: 'over' }
  | { kind: 'closed'; mine: MyRegistration | null }
  | { kind: 'signedOut'; full: boolean }
  | { kind: 'canRegister'; full: boolean }
  | { kind: 'registered'; mine: MyRegistration }
  | { kind: 'waitlisted'; mine: MyRegistration }
  | { kind: 'attended'; mine: MyRegistration };

export function registrationView(event: Event, signedIn: boolean, now: number): RegistrationView {
  const phase = eventPhase(event, now);
  const mine = activeRegistration(event);
  if (phase === 'cancelled') return { kind: 'cancelled' };
  if (mine?.status === 'attended') return { kind: 'attended', mine };
  if (phase === 'over') return { kind: 'over' };
  if (phase === 'running') return { kind: 'closed', mine };
  if (mine?.status === 'registered') return { kind: 'registered', mine };
  if (mine?.status === 'waitlisted') return { kind: 'waitlisted', mine };
  const full = placesLeft(event) === 0;
  return signedIn ? { kind: 'canRegister', full } : { kind: 'signedOut', full };
}

/** Upcoming events first by start; cancelled and past ones are not offered on lists. */
export const upcoming = (events: Event[], now: number) =>
  events
    .filter((e) => e.status !== 'cancelled' && Date.parse(e.end) > now)
    .sort((a, b) => a.start.localeCompare(b.start));
