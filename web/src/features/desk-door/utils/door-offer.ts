import type { Booking, DeskDoor } from '@popdesk/shared';

/**
 * What the desk's page offers, from the door's answer and whether the person is signed in. The
 * caller's own booking comes first (even while the desk shows as taken by it, or the space opens
 * in a few minutes); then the desk's state now.
 */
export type DoorOffer =
  | { kind: 'room' }
  | { kind: 'check-in'; booking: Booking }
  | { kind: 'checked-in'; booking: Booking }
  | { kind: 'walk-up'; until: string }
  | { kind: 'taken'; nextFreeAt: string | null }
  | { kind: 'closed'; nextFreeAt: string | null }
  | { kind: 'sign-in' };

export function doorOffer(door: DeskDoor, signedIn: boolean): DoorOffer {
  if (door.desk.kind === 'room') return { kind: 'room' };
  const mine = signedIn ? door.myBooking : null;
  if (mine?.status === 'checked_in') return { kind: 'checked-in', booking: mine };
  if (mine?.status === 'confirmed') return { kind: 'check-in', booking: mine };
  const { state, nextFreeAt, walkUpUntil, freeUntil } = door.now;
  if (state === 'taken') return { kind: 'taken', nextFreeAt };
  if (state === 'closed') return { kind: 'closed', nextFreeAt };
  if (!signedIn) return { kind: 'sign-in' };
  const until = walkUpUntil ?? freeUntil;
  // free, but no end the server would book to: nothing to offer but the day view
  return until ? { kind: 'walk-up', until } : { kind: 'closed', nextFreeAt };
}

/** `HH:MM` (24 h) from a time field, or null. */
export function parseWallTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return m ? value : null;
}

export type UntilProblem = 'missing' | 'not-after-now' | 'after-free-time';

/** Checks a chosen end against now and the latest possible end, before asking the server. */
export function checkUntil(until: Date | null, now: Date, latest: Date): UntilProblem | null {
  if (!until) return 'missing';
  if (until.getTime() <= now.getTime()) return 'not-after-now';
  if (until.getTime() > latest.getTime()) return 'after-free-time';
  return null;
}
