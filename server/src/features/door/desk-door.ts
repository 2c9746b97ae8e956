/**
 * A desk now, as its page at the door shows it (`GET /api/desks/:deskId/door`) and as a walk-up
 * needs it: free (until when), taken or closed (free again when). Read from the availability the
 * day view and the board read (spaces/availability.ts, through the same read cache), so the three
 * never disagree; the state itself is the board's (`placeState`).
 */
import { and, asc, eq, gt, inArray, lte } from 'drizzle-orm';
import { WALK_UP_GRACE_MINUTES, type Availability, type BoardState } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { bookings } from '../../db/schema.js';
import { localDateOf } from '../../lib/local-time.js';
import type { ReadCache } from '../../lib/read-cache.js';
import type { CachedAvailability, DeskContext } from '../../plugins/caches.js';
import type { BookingRow } from '../bookings/bookings-repo.js';
import { cachedAvailability } from '../spaces/availability.js';
import { placeState } from './board.js';

export interface DeskNow {
  /** today in the space's zone */
  date: string;
  state: BoardState;
  freeUntil: Date | null;
  nextFreeAt: Date | null;
  /** the end of the opening interval (less closures) that `now` lies in; null while closed */
  openUntil: Date | null;
  /** while free: where the free time `now` lies in began (a walk-up starts no earlier) */
  freeSince: Date | null;
  /** while free: where a walk-up without `until` ends — the free time, within one opening interval */
  walkUpUntil: Date | null;
}

const ms = (iso: string) => Date.parse(iso);
const containing = (spans: readonly { start: string; end: string }[], at: number) =>
  spans.find((s) => ms(s.start) <= at && at < ms(s.end));

/** The desk's state at `now` from its space's availability that day (pure). */
export function deskNowFrom(availability: Availability, deskId: string, now: Date): DeskNow {
  const at = now.getTime();
  // a desk not in use that day is not in the list: closed for it
  const desk = availability.desks.find((d) => d.deskId === deskId);
  const open = containing(availability.open, at);
  const place = desk
    ? placeState(availability.open, desk.free, now)
    : { state: 'closed' as const, freeUntil: null, nextFreeAt: null };
  const piece = desk && place.state === 'free' ? containing(desk.free, at) : undefined;
  const openUntil = open ? new Date(open.end) : null;
  const walkUpUntil = piece && openUntil ? new Date(Math.min(ms(piece.end), openUntil.getTime())) : null;
  return {
    date: availability.date,
    state: place.state,
    freeUntil: place.freeUntil ? new Date(place.freeUntil) : null,
    nextFreeAt: place.nextFreeAt ? new Date(place.nextFreeAt) : null,
    openUntil,
    freeSince: piece ? new Date(piece.start) : null,
    walkUpUntil,
  };
}

/** The desk at `now`, from the cached availability of its space's local date. */
export async function deskNow(
  db: Db,
  cache: ReadCache<CachedAvailability>,
  ctx: Pick<DeskContext, 'desk' | 'space'>,
  now: Date,
): Promise<DeskNow> {
  const date = localDateOf(now, ctx.space.timezone);
  const cached = await cachedAvailability(db, cache, ctx.space.id, date, now);
  // (null only when the space vanished meanwhile: nothing is open then)
  const availability: Availability = cached
    ? (JSON.parse(cached.json) as Availability)
    : { date, timezone: ctx.space.timezone, open: [], desks: [] };
  return deskNowFrom(availability, ctx.desk.id, now);
}

/**
 * The caller's booking of this desk that a walk-up checks in: one that runs now or starts within
 * WALK_UP_GRACE_MINUTES, checked in already or confirmed and not yet released for a missed
 * check-in (a released one no longer holds the desk, whatever the scheduler has marked so far).
 */
export async function ownBookingNow(
  db: Db,
  userId: string,
  ctx: Pick<DeskContext, 'desk' | 'space'>,
  now: Date,
): Promise<BookingRow | null> {
  const found = await db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.userId, userId),
        eq(bookings.deskId, ctx.desk.id),
        inArray(bookings.status, ['confirmed', 'checked_in']),
        lte(bookings.startAt, new Date(now.getTime() + WALK_UP_GRACE_MINUTES * 60_000)),
        gt(bookings.endAt, now),
      ),
    )
    .orderBy(asc(bookings.startAt));
  const { space } = ctx;
  const released = (b: BookingRow) =>
    b.status === 'confirmed' &&
    space.checkInRequired &&
    now.getTime() >= b.startAt.getTime() + space.releaseAfterMinutes * 60_000;
  return found.find((b) => !released(b)) ?? null;
}
