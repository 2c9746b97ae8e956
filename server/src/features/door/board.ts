/**
 * The space's board (contract, "At the door"): every place of the space now — free (and until
 * when), taken or closed (and when it is free again today) — with today's public events, for a
 * tablet at the entrance. Built from the availability the day view reads (spaces/availability.ts,
 * through the same read cache), so the board and the day view never disagree. It carries no
 * personal data: no names, no booking or user ids, only places, times and public event titles.
 */
import type { Availability, Board, DeskFeature } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { localDateOf } from '../../lib/local-time.js';
import type { ReadCache } from '../../lib/read-cache.js';
import type { CachedAvailability } from '../../plugins/caches.js';
import { cachedAvailability } from '../spaces/availability.js';
import { findSpaceRow } from '../spaces/spaces-repo.js';
import { listEvents } from '../events/events-repo.js';

type Span = { start: string; end: string };
/** The availability answer as the board reads it: each place with its features (an extension there). */
type DayAvailability = Omit<Availability, 'desks'> & {
  desks: (Availability['desks'][number] & { features?: DeskFeature[] })[];
};
type BoardDesk = Board['desks'][number];

/**
 * One place's state at `now` from its free time that day. Free pieces that touch (two opening
 * intervals back to back) count as one: it stays free across the seam.
 */
export function placeState(
  open: readonly Span[],
  free: readonly Span[],
  now: Date,
): Omit<BoardDesk, 'deskId' | 'name'> {
  const at = now.getTime();
  const ms = (iso: string) => new Date(iso).getTime();
  const pieces = [...free].sort((a, b) => ms(a.start) - ms(b.start));
  const current = pieces.findIndex((p) => ms(p.start) <= at && at < ms(p.end));
  if (current >= 0) {
    let until = pieces[current]!.end;
    for (const next of pieces.slice(current + 1)) {
      if (ms(next.start) !== ms(until)) break;
      until = next.end;
    }
    return { state: 'free', freeUntil: until, nextFreeAt: null };
  }
  const isOpen = open.some((o) => ms(o.start) <= at && at < ms(o.end));
  const next = pieces.find((p) => ms(p.start) > at);
  return { state: isOpen ? 'taken' : 'closed', freeUntil: null, nextFreeAt: next?.start ?? null };
}

/** The board from a day's availability (places, their features and free time) and the day's public events. */
export function boardOf(input: {
  availability: DayAvailability;
  now: Date;
  spaceId: string;
  spaceName: string;
  events: { id: string; title: string; start: string; end: string }[];
  bookUrl: string;
}): Board {
  const { availability, now } = input;
  return {
    date: availability.date,
    desks: availability.desks.map((d) => ({
      deskId: d.deskId,
      name: d.name,
      ...placeState(availability.open, d.free, now),
      kind: d.kind ?? 'desk',
      features: d.features ?? [],
    })),
    spaceId: input.spaceId,
    spaceName: input.spaceName,
    timezone: availability.timezone,
    now: now.toISOString(),
    events: input.events,
    bookUrl: input.bookUrl,
  };
}

/** The board of a space at `now`, or null when there is no such space. */
export async function loadBoard(
  db: Db,
  cache: ReadCache<CachedAvailability>,
  spaceId: string,
  now: Date,
  bookUrl: string,
): Promise<Board | null> {
  const space = await findSpaceRow(db, spaceId);
  if (!space) return null;
  const date = localDateOf(now, space.timezone);
  // the public answer (team = false): events that are not public stay untitled there, and are
  // not listed below either
  const cached = await cachedAvailability(db, cache, spaceId, date, now);
  if (!cached) return null;
  const availability = JSON.parse(cached.json) as DayAvailability;
  const events = await listEvents(db, { viewer: null, spaceId, from: { date }, to: { date }, withCancelled: false });
  return boardOf({
    availability,
    now,
    spaceId,
    spaceName: space.name,
    events: events.map(({ event }) => ({
      id: event.id,
      title: event.title,
      start: event.startAt.toISOString(),
      end: event.endAt.toISOString(),
    })),
    bookUrl,
  });
}
