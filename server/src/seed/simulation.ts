/**
 * The machinery the demo-data model shares between the pop-up's history and the live spaces: a
 * registry of simulated people, desk and person occupancy (so that nothing the database's
 * exclusion constraints would reject is ever produced), booking times on a half-hour grid inside
 * opening intervals, and how a booking ends up (checked in, cancelled, no-show …) as seen at `now`.
 * Pure: plain data in, plain data out, no database.
 */
import type { EventKind, RegistrationStatus, UserGroup } from '@popdesk/shared';
import { addDays, dateWithin, isoWeekday, localDateOf, localInstant } from '../lib/local-time.js';
import type { Rng } from './random.js';
import type { TownSpace } from './towns.js';

export type SimStatus = 'confirmed' | 'checked_in' | 'cancelled' | 'no_show';

export interface SimUser {
  /** `sim-0042`; its e-mail is `sim-0042@demo.popdesk.invalid`. */
  key: string;
  email: string;
  name: string;
  group: UserGroup;
  createdAt: Date;
}

export interface SimBooking {
  spaceKey: string;
  /** Index into the space's `desks`. */
  deskIndex: number;
  /** A simulated user's key, a demo account's key (`demo:coworker`), or null for a walk-in guest. */
  userKey: string | null;
  guestName: string | null;
  start: Date;
  end: Date;
  status: SimStatus;
  createdAt: Date;
  /** Who entered it: the person themselves, or the space's staff for walk-ins (`staff:<spaceKey>`). */
  createdByKey: string | null;
  checkedInAt: Date | null;
  cancelledAt: Date | null;
}

/** An attempt to book that failed because every suitable desk was taken. */
export interface SimTurnedAway {
  spaceKey: string;
  start: Date;
  end: Date;
  at: Date;
}

/** A workshop, trial day or meeting, with the places it takes and its registrations as seen at `now`. */
export interface SimEvent {
  spaceKey: string;
  title: string;
  description: string | null;
  kind: EventKind;
  start: Date;
  end: Date;
  capacity: number;
  public: boolean;
  status: 'scheduled' | 'cancelled';
  /** Indexes into the space's `desks`: the places (desks, rooms, tables) the event takes. */
  placeIndexes: number[];
  createdAt: Date;
  /** The space's staff (`staff:<spaceKey>`). */
  createdByKey: string;
  cancelledAt: Date | null;
  /** The index in `Simulation.events` of the event this one was duplicated from. */
  copiedFrom: number | null;
  registrations: SimRegistration[];
}

export interface SimRegistration {
  /** A simulated user's or demo account's key, or null for a walk-in participant (`guestName`). */
  userKey: string | null;
  guestName: string | null;
  status: RegistrationStatus;
  createdAt: Date;
  createdByKey: string | null;
  promotedAt: Date | null;
  checkedInAt: Date | null;
  cancelledAt: Date | null;
}

export const DEMO_COWORKER = 'demo:coworker';
export const staffKey = (spaceKey: string) => `staff:${spaceKey}`;

const MINUTE = 60_000;

export interface OpenDay {
  date: string;
  slots: { opens: number; closes: number }[];
}

/** The local dates in [from, to] on which the space is open, with their opening intervals (minutes). */
export function openDays(space: TownSpace, closures: ReadonlySet<string>, from: string, to: string): OpenDay[] {
  const days: OpenDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (!dateWithin(date, space.opensOn, space.closesOn) || closures.has(date)) continue;
    const weekday = isoWeekday(date);
    const slots = space.hours
      .filter((h) => h.weekday === weekday)
      .map((h) => ({ opens: h.opensMinute, closes: h.closesMinute }))
      .sort((a, b) => a.opens - b.opens);
    if (slots.length > 0) days.push({ date, slots });
  }
  return days;
}

/** Start and end minute of a visit by someone of `group`, on a half-hour grid inside the slot. */
export function visitMinutes(rng: Rng, group: UserGroup, slot: { opens: number; closes: number }): [number, number] {
  const length = slot.closes - slot.opens;
  const halfHours = (min: number, max: number) => rng.int(min * 2, max * 2) * 30;
  // A working day is 8 to 9 hours, started early; in a space open 12 hours it is not the whole slot.
  const workday = (): [number, number] => {
    const duration = Math.min(length, halfHours(8, 9));
    const start = slot.opens + 30 * rng.int(0, Math.min(3, (length - duration) / 30));
    return [start, start + duration];
  };
  let duration: number;
  let lateStart = false;
  switch (group) {
    case 'commuter':
      if (rng.chance(0.75)) return workday();
      duration = halfHours(5, 7);
      break;
    case 'employee_remote':
      if (rng.chance(0.45)) return workday();
      duration = halfHours(4, 6);
      break;
    case 'municipal_staff':
      if (rng.chance(0.35)) return workday();
      duration = halfHours(2, 4);
      break;
    case 'volunteer':
      duration = halfHours(2, 3);
      lateStart = true;
      break;
    case 'student':
      duration = halfHours(3, 5);
      break;
    case 'freelancer':
      duration = halfHours(3, 8);
      break;
    default:
      duration = halfHours(2, 6);
  }
  duration = Math.min(duration, length);
  const latestStart = slot.closes - duration;
  const steps = Math.floor((latestStart - slot.opens) / 30);
  const start = lateStart ? latestStart - 30 * rng.int(0, Math.min(1, steps)) : slot.opens + 30 * rng.int(0, steps);
  return [start, start + duration];
}

/**
 * When a booking starting at `start` was made: the same day or up to two weeks ahead, at a waking
 * hour, never after `now`.
 */
export function bookedAt(
  rng: Rng,
  start: Date,
  now: Date,
  tz: string,
  opts: { minDays?: number; maxDays?: number; notBefore?: Date } = {},
): Date {
  const days = Math.min(
    opts.maxDays ?? 28,
    Math.max(opts.minDays ?? 0, Number(rng.weighted({ 0: 15, 1: 30, 2: 15, 4: 18, 7: 14, 13: 8 }))),
  );
  let at = new Date(start.getTime() - rng.int(1, 8) * 30 * MINUTE);
  if (days > 0) {
    const date = addDays(localDateOf(start, tz), -days);
    at = localInstant(date, rng.int(14, 44) * 30, tz); // 07:00–22:00
  }
  if (at > now) at = new Date(now.getTime() - rng.int(1, 96) * 30 * MINUTE);
  if (opts.notBefore && at < opts.notBefore) at = new Date(opts.notBefore.getTime() + rng.int(0, 12) * 10 * MINUTE);
  return at;
}

export interface Outcome {
  status: SimStatus;
  checkedInAt: Date | null;
  cancelledAt: Date | null;
}

/** How a booking stands at `now`: cancelled ahead, checked in, a no-show, or still confirmed. */
export function settle(
  rng: Rng,
  space: TownSpace,
  b: { start: Date; end: Date; createdAt: Date; walkIn: boolean },
  now: Date,
): Outcome {
  const { start, end, createdAt } = b;
  if (b.walkIn) return { status: 'checked_in', checkedInAt: start, cancelledAt: null };
  const cancelBy = Math.min(start.getTime(), now.getTime());
  if (rng.chance(0.08) && cancelBy - createdAt.getTime() > MINUTE) {
    const cancelledAt = new Date(createdAt.getTime() + Math.floor(rng.next() * (cancelBy - createdAt.getTime())));
    return { status: 'cancelled', checkedInAt: null, cancelledAt };
  }
  const shows = space.checkInRequired ? !rng.chance(0.07) : rng.chance(0.7);
  const arrival = new Date(Math.min(end.getTime() - MINUTE, start.getTime() + rng.int(-10, 20) * MINUTE));
  if (shows && arrival <= now) return { status: 'checked_in', checkedInAt: arrival, cancelledAt: null };
  const released = now.getTime() >= start.getTime() + space.releaseAfterMinutes * MINUTE;
  if (!shows && space.checkInRequired && released) return { status: 'no_show', checkedInAt: null, cancelledAt: null };
  return { status: 'confirmed', checkedInAt: null, cancelledAt: null };
}

type Span = [number, number];
const overlaps = (taken: Span[] | undefined, s: number, e: number) =>
  (taken ?? []).some(([ts, te]) => ts < e && s < te);

const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Elif',
  'Finn',
  'Greta',
  'Hannes',
  'Ida',
  'Jonas',
  'Katharina',
  'Lukas',
  'Mara',
  'Niklas',
  'Olga',
  'Paul',
  'Rosa',
  'Samir',
  'Tanja',
  'Uwe',
  'Vera',
  'Wolfgang',
  'Yasemin',
  'Zoe',
  'Martin',
  'Sabine',
  'Thomas',
  'Julia',
  'Stefan',
  'Leonie',
  'Michael',
  'Hanna',
  'Jan',
  'Petra',
  'Ali',
  'Marie',
  'Frank',
  'Lea',
];
const INITIALS = 'ABDEFGHKLMNPRSTWZ';

/** How often people of a group come back (relative weights). */
const LOYALTY: Partial<Record<UserGroup, number>> = {
  commuter: 3,
  employee_remote: 3,
  freelancer: 2.5,
  municipal_staff: 2,
  student: 1.5,
};

export type BookResult = 'booked' | 'turned-away' | 'person-busy';

/** The growing result of one simulation run, with the occupancy that keeps it conflict-free. */
export class Simulation {
  readonly users: SimUser[] = [];
  readonly bookings: SimBooking[] = [];
  readonly turnedAway: SimTurnedAway[] = [];
  readonly events: SimEvent[] = [];
  private deskTaken = new Map<string, Span[]>();
  private personTaken = new Map<string, Span[]>();
  private loyalty = new Map<string, number>();
  private pools = new Map<string, SimUser[]>();

  constructor(readonly now: Date) {}

  /** Someone new signs up (at `at`) to use the space. */
  newUser(rng: Rng, spaceKey: string, group: UserGroup, at: Date): SimUser {
    const key = `sim-${String(this.users.length + 1).padStart(4, '0')}`;
    const user: SimUser = {
      key,
      email: `${key}@demo.popdesk.invalid`,
      name: `${rng.pick(FIRST_NAMES)} ${rng.pick([...INITIALS])}.`,
      group,
      createdAt: new Date(at.getTime() - rng.int(2, 30) * MINUTE),
    };
    // Regulars (commuters, remote employees) come back often; some people try once and never return.
    const base = LOYALTY[group] ?? 1;
    this.loyalty.set(key, base * (rng.chance(0.3) ? 0.1 : 0.5 + rng.next()));
    this.users.push(user);
    const pool = this.pools.get(spaceKey) ?? [];
    pool.push(user);
    this.pools.set(spaceKey, pool);
    return user;
  }

  /** Someone who has used the space before, more likely a regular; null if nobody has yet. */
  returningUser(rng: Rng, spaceKey: string, groups?: readonly UserGroup[]): SimUser | null {
    const pool = (this.pools.get(spaceKey) ?? []).filter((u) => !groups || groups.includes(u.group));
    const total = pool.reduce((sum, u) => sum + this.loyalty.get(u.key)!, 0);
    let r = rng.next() * total;
    for (const u of pool) {
      r -= this.loyalty.get(u.key)!;
      if (r < 0) return u;
    }
    return null;
  }

  /**
   * Tries to book one of `desks` (in order of preference) for [startMin, endMin) on `date`. A desk
   * conflict is turned-away demand; a person who already holds that time is simply not booked.
   */
  book(
    rng: Rng,
    space: TownSpace,
    req: {
      date: string;
      startMin: number;
      endMin: number;
      desks: readonly number[];
      userKey: string | null;
      guestName?: string;
      createdAt: Date;
    },
  ): BookResult {
    const start = localInstant(req.date, req.startMin, space.timezone);
    const end = localInstant(req.date, req.endMin, space.timezone);
    const [s, e] = [start.getTime(), end.getTime()];
    const personSpans = req.userKey ? this.personTaken.get(req.userKey) : undefined;
    if (overlaps(personSpans, s, e)) return 'person-busy';
    const walkIn = req.userKey === null;
    const outcome = settle(rng, space, { start, end, createdAt: req.createdAt, walkIn }, this.now);
    const deskKey = (i: number) => `${space.key}#${i}#${req.date}`;
    const free = req.desks.filter((i) => !overlaps(this.deskTaken.get(deskKey(i)), s, e));
    if (free.length === 0) {
      if (!walkIn) this.turnedAway.push({ spaceKey: space.key, start, end, at: req.createdAt });
      return 'turned-away';
    }
    const deskIndex = free[0]!;
    if (outcome.status === 'confirmed' || outcome.status === 'checked_in') {
      // Only counting bookings hold the desk and the person; cancelled ones and no-shows free them.
      this.deskTaken.set(deskKey(deskIndex), [...(this.deskTaken.get(deskKey(deskIndex)) ?? []), [s, e]]);
      if (req.userKey) this.personTaken.set(req.userKey, [...(personSpans ?? []), [s, e]]);
    }
    this.bookings.push({
      spaceKey: space.key,
      deskIndex,
      userKey: req.userKey,
      guestName: walkIn ? (req.guestName ?? 'Gast') : null,
      start,
      end,
      ...outcome,
      createdAt: req.createdAt,
      createdByKey: walkIn ? staffKey(space.key) : req.userKey,
    });
    return 'booked';
  }

  /** Whether the person holds nothing (no desk, no place at an event) during [start, end). */
  personFree(userKey: string, start: Date, end: Date): boolean {
    return !overlaps(this.personTaken.get(userKey), start.getTime(), end.getTime());
  }

  /** The person holds [start, end) elsewhere (a place at an event): no desk booking for them then. */
  holdPerson(userKey: string, start: Date, end: Date) {
    this.personTaken.set(userKey, [...(this.personTaken.get(userKey) ?? []), [start.getTime(), end.getTime()]]);
  }

  /**
   * Adds an event; a scheduled one takes its places for its time, so that no counting booking is
   * put over it (the database's triggers would refuse that). Throws if a place is already held:
   * events are planned before the bookings of their day.
   */
  addEvent(space: TownSpace, event: SimEvent): number {
    const date = localDateOf(event.start, space.timezone);
    const [s, e] = [event.start.getTime(), event.end.getTime()];
    if (event.status === 'scheduled') {
      for (const i of event.placeIndexes) {
        const key = `${space.key}#${i}#${date}`;
        if (overlaps(this.deskTaken.get(key), s, e)) throw new Error(`${key} is taken at ${event.start.toISOString()}`);
        this.deskTaken.set(key, [...(this.deskTaken.get(key) ?? []), [s, e]]);
      }
    }
    this.events.push(event);
    return this.events.length - 1;
  }

  /** Every user's sign-up comes before the first booking or registration they made. */
  finish() {
    const firstAction = new Map<string, number>();
    const acted = (key: string | null, at: Date) => {
      if (key) firstAction.set(key, Math.min(firstAction.get(key) ?? Infinity, at.getTime()));
    };
    for (const b of this.bookings) acted(b.userKey, b.createdAt);
    for (const r of this.events.flatMap((e) => e.registrations)) acted(r.userKey, r.createdAt);
    for (const u of this.users) {
      const first = firstAction.get(u.key);
      if (first !== undefined && first <= u.createdAt.getTime()) u.createdAt = new Date(first - 17 * MINUTE);
    }
  }
}
