/**
 * Free time of every desk of a space on one local date. Opening intervals come from the space's
 * weekly hours in its zone (23- and 25-hour days included), minus closures (whole days or windows) and days outside a
 * pop-up's life; a desk's free time is its opening time minus the bookings that hold it and the
 * events that take it. Rooms and tables are listed as places too (`kind`, `seats`). Each place
 * says its features; a feature filter keeps only the desks that have all of them.
 */
import { eq, sql } from 'drizzle-orm';
import type { Availability, DeskFeature, PlaceEvent, PlaceKind } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { eventPlaces, events, spaces } from '../../db/schema.js';
import { dateWithin, localDay, subtractIntervals, type Interval } from '../../lib/local-time.js';
import type { ReadCache } from '../../lib/read-cache.js';
import type { CachedAvailability } from '../../plugins/caches.js';
import { byDeskName, openingHoursJson, type SpaceRow } from './spaces-repo.js';
import { openIntervalsOn, type ClosureWindow } from './closure-window.js';
import { sortFeatures } from './desk-features.js';

const iso = (iv: Interval) => ({ start: iv.start.toISOString(), end: iv.end.toISOString() });

/**
 * The availability route's answer as JSON, through the read cache (plugins/caches.ts): a space-day
 * is computed once and then served from memory until a write to the space, its desks, hours,
 * closures, bookings or events drops it, or an overdue check-in is due to release a desk. The
 * space's team (and admins) get an answer of their own, which names events that are not public.
 * A feature filter (canonical order, see desk-features.ts) is an entry of its own too: the same
 * space's changes drop it.
 */
export async function cachedAvailability(
  db: Db,
  cache: ReadCache<CachedAvailability>,
  spaceId: string,
  date: string,
  now: Date,
  team = false,
  features: readonly DeskFeature[] = [],
): Promise<CachedAvailability | null> {
  const at = now.getTime();
  const filter = features.length > 0 ? `|features=${features.join(',')}` : '';
  return cache.load(
    `${spaceId}|${date}${team ? '|team' : ''}${filter}`,
    spaceId,
    async () => {
      const computed = await computeAvailability(db, spaceId, date, now, team, features);
      return (
        computed && {
          json: JSON.stringify(computed.availability),
          computedAtMs: at,
          validUntilMs: computed.validUntilMs,
        }
      );
    },
    (v) => v.computedAtMs <= at && at < v.validUntilMs,
  );
}

async function computeAvailability(
  db: Db,
  spaceId: string,
  date: string,
  now: Date,
  team: boolean,
  features: readonly DeskFeature[],
): Promise<{ availability: Availability; validUntilMs: number } | null> {
  // Bookings and event places are read for a window of UTC days around the date that contains the local day in
  // any zone (offsets are within ±14 h) and cut to the local day below.
  const [row] = await db
    .select({
      space: spaces,
      hours: openingHoursJson,
      closure: sql<ClosureWindow | null>`(select json_build_object('startsMinute', c.starts_minute, 'endsMinute', c.ends_minute)
        from closures c where c.space_id = "spaces"."id" and c.date = ${date}::date)`,
      desks: sql<
        DeskEntry[]
      >`coalesce((select json_agg(json_build_object('id', d.id, 'name', d.name, 'kind', d.kind, 'seats', d.seats, 'features', d.features) order by d.name, d.created_at)
        from desks d where d.space_id = "spaces"."id"
          and (d.active_from is null or d.active_from <= ${date}::date) and (d.active_until is null or d.active_until >= ${date}::date)), '[]')`,
      taken: sql<
        { deskId: string; start: number; end: number; status: string }[]
      >`coalesce((select json_agg(json_build_object(
          'deskId', b.desk_id, 'start', extract(epoch from b.start_at) * 1000, 'end', extract(epoch from b.end_at) * 1000, 'status', b.status))
        from bookings b where b.space_id = "spaces"."id" and b.status in ('confirmed', 'checked_in')
          and b.start_at < (${date}::date + 2)::timestamp at time zone 'UTC' and b.end_at > (${date}::date - 1)::timestamp at time zone 'UTC'), '[]')`,
      // read through db/schema: spaces sits below the events feature and may not import it
      events: sql<
        { deskId: string; eventId: string; title: string; public: boolean; start: number; end: number }[]
      >`coalesce((select json_agg(json_build_object('deskId', p.desk_id, 'eventId', e.id, 'title', e.title, 'public', e.public,
          'start', extract(epoch from p.start_at) * 1000, 'end', extract(epoch from p.end_at) * 1000) order by p.start_at, e.id)
        from ${eventPlaces} p join ${events} e on e.id = p.event_id
        where p.space_id = "spaces"."id" and p.active and e.status = 'scheduled'
          and p.start_at < (${date}::date + 2)::timestamp at time zone 'UTC' and p.end_at > (${date}::date - 1)::timestamp at time zone 'UTC'), '[]')`,
    })
    .from(spaces)
    .where(eq(spaces.id, spaceId));
  if (!row) return null;
  const { space } = row;
  const open = !dateWithin(date, space.opensOn, space.closesOn)
    ? []
    : openIntervalsOn(date, row.hours, space.timezone, row.closure);
  const day = localDay(date, space.timezone);
  const taken = row.taken
    .map((b) => ({
      deskId: b.deskId,
      start: new Date(Number(b.start)),
      end: new Date(Number(b.end)),
      status: b.status,
    }))
    .filter((b) => b.start < day.end && b.end > day.start);
  const eventsByDesk = new Map<string, PlaceEvent[]>();
  for (const e of row.events) {
    const start = new Date(Number(e.start));
    const end = new Date(Number(e.end));
    if (!(start < day.end && end > day.start)) continue;
    const list = eventsByDesk.get(e.deskId) ?? [];
    list.push({
      eventId: e.eventId,
      title: e.public || team ? e.title : null,
      start: start.toISOString(),
      end: end.toISOString(),
    });
    eventsByDesk.set(e.deskId, list);
  }
  return {
    availability: freeTime(
      space,
      date,
      now,
      open,
      row.desks.filter((d) => features.every((f) => d.features.includes(f))),
      taken,
      eventsByDesk,
    ),
    validUntilMs: nextRelease(space, taken, now),
  };
}

/** The next instant at which a booking overdue for check-in stops holding its desk (or never). */
function nextRelease(space: SpaceRow, taken: { start: Date; end: Date; status: string }[], now: Date): number {
  if (!space.checkInRequired) return Infinity;
  const releaseMs = space.releaseAfterMinutes * 60_000;
  let next = Infinity;
  for (const b of taken) {
    const releasedAt = b.start.getTime() + releaseMs;
    if (b.status === 'confirmed' && releasedAt > now.getTime() && releasedAt < b.end.getTime())
      next = Math.min(next, releasedAt);
  }
  return next;
}

interface DeskEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  seats: number | null;
  features: DeskFeature[];
}

function freeTime(
  space: SpaceRow,
  date: string,
  now: Date,
  open: Interval[],
  deskRows: DeskEntry[],
  taken: { deskId: string; start: Date; end: Date; status: string }[],
  eventsByDesk: Map<string, PlaceEvent[]>,
): Availability {
  const releaseMs = space.releaseAfterMinutes * 60_000;
  const takenByDesk = new Map<string, Interval[]>();
  for (const b of taken) {
    // A booking overdue for check-in is released: it holds the desk only until its release time,
    // even before the scheduler has marked it no_show.
    const releasedAt = b.start.getTime() + releaseMs;
    const end =
      space.checkInRequired && b.status === 'confirmed' && releasedAt <= now.getTime()
        ? new Date(Math.min(releasedAt, b.end.getTime()))
        : b.end;
    const list = takenByDesk.get(b.deskId) ?? [];
    list.push({ start: b.start, end });
    takenByDesk.set(b.deskId, list);
  }
  return {
    date,
    timezone: space.timezone,
    open: open.map(iso),
    desks: [...deskRows].sort(byDeskName).map((d) => {
      const events = eventsByDesk.get(d.id) ?? [];
      const held = [
        ...(takenByDesk.get(d.id) ?? []),
        ...events.map((e) => ({ start: new Date(e.start), end: new Date(e.end) })),
      ];
      return {
        deskId: d.id,
        name: d.name,
        kind: d.kind,
        seats: d.seats,
        features: sortFeatures(d.features),
        free: subtractIntervals(open, held).map(iso),
        events,
      };
    }),
  };
}
