/**
 * The SQL behind every report figure, written once and shared by the monthly report and the usage
 * series, so that both always agree. Everything is computed in the database over indexed ranges:
 * no booking is loaded into memory.
 *
 * `scope` holds one row per (space, month) to report on, with the month's bounds as instants in
 * the space's zone. From it:
 * - `days`: local dates of the month inside the space's life and not closed the whole day;
 * - `intervals`: their opening intervals, less the window of a partial closure, as instants — `(date + minutes) at time zone tz`, so that
 *   24:00 is the next local midnight and DST days are 23 or 25 hours long;
 * - `open_time`: each interval with the desks active on its date (`desk_spans`: a space's desks
 *   grouped by their active dates). Only places of kind `desk` are desks: rooms and tables have
 *   figures of their own (roomsQuery), and neither their time nor their bookings are desk-hours;
 * - `month_bookings`: the desk bookings that start in or shortly before the month (index ranges, see
 *   LEAD), from which `held` (counting bookings overlapping the month) and `started` (bookings
 *   starting in it) are taken;
 * - `pieces`: each counting booking cut to each opening interval it overlaps (joined through the
 *   local dates the booking touches, so that the join stays an equi-join).
 * Hours are real elapsed time (differences of instants, DST included) summed exactly as integer
 * microseconds and divided into hours only at the end.
 */
import { sql, type SQL } from 'drizzle-orm';
import { hasConnectionPool, type Db } from '../../db/client.js';
import { rows } from '../../db/db.js';
import { monthAt, monthIndex } from './month-arithmetic.js';
import { STORED_COLUMNS, firstDay, generationOf, unsummarisedCells, validSummary } from './summary-sql.js';

export interface Scope {
  /** null = every space */
  spaceIds: string[] | null;
  /** first and last month, `YYYY-MM` */
  from: string;
  to: string;
  /** leave out months entirely outside a space's life (usage series); the monthly report keeps them */
  onlyWithinLife: boolean;
  /** the moment an event's registered people become no-shows after its end (default: the real now) */
  now?: Date;
  /**
   * `YYYY-MM`: the figures of space-months up to this one are read from their summaries where a
   * valid one exists (summaries.ts), and only the others computed; absent = all computed.
   */
  summarisedThrough?: string;
}

const COUNTING = sql.raw(`('confirmed', 'checked_in')`);
/** Registrations that hold a place at an event. */
const HOLDING = sql.raw(`('registered', 'attended')`);
/**
 * A month's bookings are found by their start, from LEAD before the month (one index range per
 * space). Bookings longer than that — the booking rules never make them, an import might — come
 * from the partial index bookings_space_long_idx, whose predicate LONG must match word for word.
 * LEAD is in hours, not days, so that it is exact elapsed time whatever the session's zone.
 */
const LEAD = sql.raw(`interval '48 hours'`);
const LONG = sql.raw(`interval '2 days'`);
/**
 * Elapsed time from a to b (instants) in whole microseconds, the resolution of timestamptz: exact
 * (the interval's microseconds survive the round trip through a double up to ~285 years), and
 * summed as integers, so that totals are exact; divided into hours only at the very end.
 */
const micros = (a: SQL, b: SQL) => sql`round(date_part('epoch', ${b} - ${a}) * 1000000)::bigint`;
const MICROS_PER_HOUR = sql.raw('3600000000::numeric');
/** Any fixed origin on a quarter-hour: every zone offset in use is a multiple of 15 minutes. */
const QUARTER_ORIGIN = sql.raw(`timestamptz '2000-01-01 00:00:00+00'`);

/**
 * First days of the months from `from` to `to`. Passed as an array (not generate_series) so that
 * the planner knows how many there are: it then probes the indexes per space instead of hashing
 * whole tables.
 */
export function monthStarts(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(`${monthAt(i)}-01`);
  return out;
}

/**
 * `with scope as (…)`: one row per space and month, numbered `k` (the key every later step joins
 * and groups on: an integer sorts and hashes much faster than a uuid and a date), with the month's
 * bounds as instants in the space's zone, and the space's rooms (`room_ids`, null when it has none).
 */
function scopeCte(scope: Scope): SQL {
  const summarised = scope.summarisedThrough
    ? sql`and not ${validSummary(sql`s.id`, sql`m::date`, scope.summarisedThrough)}`
    : sql``;
  return sql`
with scope as materialized (
  select row_number() over () as k, s.id as space_id, s.name as space_name, s.town, s.timezone as tz, s.opens_on, s.closes_on,
         m::date as month_start, (m + interval '1 month')::date as month_end,
         m at time zone s.timezone as m0,
         (m + interval '1 month') at time zone s.timezone as m1,
         (select array_agg(r.id) from desks r where r.space_id = s.id and r.kind = 'room') as room_ids
  from spaces s
  cross join ${monthsOf(scope)} m
  where ${spaceFilter(scope)} ${lifeFilter(scope)} ${summarised}
)`;
}

const monthsOf = (scope: Scope) => sql`unnest(${`{${monthStarts(scope.from, scope.to).join(',')}}`}::timestamp[])`;
const spaceFilter = (scope: Scope) =>
  scope.spaceIds === null ? sql`true` : sql`s.id = any(${`{${scope.spaceIds.join(',')}}`}::uuid[])`;
const lifeFilter = (scope: Scope) =>
  scope.onlyWithinLife
    ? sql`and (s.opens_on is null or s.opens_on < (m + interval '1 month')::date) and (s.closes_on is null or s.closes_on >= m::date)`
    : sql``;

/** The space-months of the scope without a valid summary (summary-sql.ts unsummarisedCells). */
export function unsummarisedQuery(scope: Scope & { summarisedThrough: string }): SQL {
  return unsummarisedCells(
    sql`select s.id as space_id, m::date as month_start from spaces s cross join ${monthsOf(scope)} m
        where ${spaceFilter(scope)} ${lifeFilter(scope)}`,
    scope.summarisedThrough,
  );
}

/** The figures of the scope's space-months with a valid summary, read from it (unordered). */
function storedFigures(scope: Scope & { summarisedThrough: string }): SQL {
  return sql`select ${STORED_COLUMNS}
from spaces s
cross join ${monthsOf(scope)} m
join report_month_figures f on f.space_id = s.id and f.month = m::date
where ${spaceFilter(scope)} ${lifeFilter(scope)} and f.month <= ${firstDay(scope.summarisedThrough)}::date
  and f.generation = ${generationOf(sql`s.id`)}`;
}

/** figuresQuery when every space-month of the scope has a valid summary: only those, read. */
export function storedFiguresQuery(scope: Scope & { summarisedThrough: string }): SQL {
  return sql`${storedFigures(scope)}
order by s.town, s.name, s.id, f.month`;
}

/**
 * `select <columns>` from each space-month `sc` of the scope and its desk bookings `b` (status,
 * user_id, start_at, end_at) that meet `where`. Twice, so that the spaces without rooms — nearly
 * all — still read their bookings from the index alone (bookings_space_start_idx has no desk_id);
 * only a space with rooms reads each booking's desk to leave the room bookings out. Each is an
 * index probe per space-month (a lateral subquery behind `offset 0`, which the planner cannot turn
 * into a hash join over the whole table, whatever it guesses of the two halves' sizes).
 */
export function deskBookings(columns: SQL, where: SQL): SQL {
  const probe = (rooms: SQL) =>
    sql`cross join lateral (select b.status, b.user_id, b.start_at, b.end_at from bookings b where ${where}${rooms} offset 0) b`;
  return sql`(select ${columns} from scope sc ${probe(sql``)} where sc.room_ids is null
  union all
  select ${columns} from scope sc ${probe(sql` and b.desk_id <> all(sc.room_ids)`)} where sc.room_ids is not null)`;
}

/** `with …` up to and including `intervals`: the month's open days and opening intervals, no places yet. */
function openingCtes(scope: Scope): SQL {
  return sql`${scopeCte(scope)},
days as (
  select sc.k, sc.space_id, sc.tz, d::date as day
  from scope sc
  cross join lateral generate_series(sc.month_start::timestamp, sc.month_end::timestamp - interval '1 day', interval '1 day') d
  where (sc.opens_on is null or d::date >= sc.opens_on)
    and (sc.closes_on is null or d::date <= sc.closes_on)
    and not exists (select 1 from closures c where c.space_id = sc.space_id and c.date = d::date and c.starts_minute is null)
),
intervals as materialized (
  -- a partial closure (pc) cuts its window out of the day's opening intervals: what lies before
  -- it and what lies after it, each kept only where it is not empty
  select dy.k, dy.space_id, dy.tz, dy.day, oh.weekday::int as weekday,
         (dy.day + make_interval(mins => w.opens)) at time zone dy.tz as i_start,
         (dy.day + make_interval(mins => w.closes)) at time zone dy.tz as i_end
  from days dy
  join opening_hours oh on oh.space_id = dy.space_id and oh.weekday = extract(isodow from dy.day)
  left join closures pc on pc.space_id = dy.space_id and pc.date = dy.day
  cross join lateral (
    select oh.opens_minute as opens, oh.closes_minute as closes where pc.starts_minute is null
    union all
    select oh.opens_minute, least(oh.closes_minute, pc.starts_minute) where pc.starts_minute is not null
    union all
    select greatest(oh.opens_minute, pc.ends_minute), oh.closes_minute where pc.starts_minute is not null
  ) w
  where w.opens < w.closes
)`;
}

/** `with …` up to and including `pieces`; callers add their own CTEs and final select. */
export function baseCtes(scope: Scope): SQL {
  return sql`${openingCtes(scope)},
desk_spans as (
  -- desks of each space grouped by their active dates (usually one or two groups)
  select sc.k, dk.active_from, dk.active_until, count(*)::bigint as desks
  from scope sc join desks dk on dk.space_id = sc.space_id and dk.kind = 'desk'
  group by sc.k, dk.active_from, dk.active_until
),
open_time as (
  -- each opening interval once per group of desks active that day (desks-hours = micros × desks)
  select i.k, i.day, i.weekday, i.tz, i.i_start, i.i_end, ds.desks, ${micros(sql`i.i_start`, sql`i.i_end`)} as micros
  from intervals i
  join desk_spans ds on ds.k = i.k
    and (ds.active_from is null or ds.active_from <= i.day)
    and (ds.active_until is null or ds.active_until >= i.day)
),
month_bookings as materialized (
  -- every desk booking starting from 48 hours before the month to its end: one index range per space …
  ${deskBookings(
    sql`sc.k, b.status, b.user_id,
         b.start_at >= sc.m0 as starts_in_month,
         b.status in ${COUNTING} and b.end_at > sc.m0 as held,
         -- the part inside the month, and the local dates it touches
         greatest(b.start_at, sc.m0) as start_at,
         least(b.end_at, sc.m1) as end_at,
         (greatest(b.start_at, sc.m0) at time zone sc.tz)::date as first_day,
         ((least(b.end_at, sc.m1) - interval '1 microsecond') at time zone sc.tz)::date as last_day`,
    sql`b.space_id = sc.space_id and b.start_at >= sc.m0 - ${LEAD} and b.start_at < sc.m1`,
  )}
  union all
  -- … and the counting ones that started earlier and are still running (bookings_space_long_idx;
  -- read from the table anyway, so their desk costs nothing more)
  select sc.k, b.status, b.user_id, false, true, sc.m0, least(b.end_at, sc.m1),
         sc.month_start, ((least(b.end_at, sc.m1) - interval '1 microsecond') at time zone sc.tz)::date
  from scope sc
  join bookings b on b.space_id = sc.space_id
    and b.end_at - b.start_at > ${LONG} and b.end_at > sc.m0 and b.start_at + ${LEAD} < sc.m0
    and b.status in ${COUNTING}
  where sc.room_ids is null or b.desk_id <> all(sc.room_ids)
),
held as (
  -- counting bookings overlapping the month, cut to it
  select k, status, start_at, end_at, first_day, last_day from month_bookings where held
),
started as (
  select k, status, user_id from month_bookings where starts_in_month
),
held_days as (
  -- each counting booking once per local date it touches: nearly all lie within one day
  select k, status, start_at, end_at, first_day as day from held
  union all
  select k, status, start_at, end_at, d::date
  from held
  cross join lateral generate_series(first_day::timestamp + interval '1 day', last_day::timestamp, interval '1 day') d
  where last_day > first_day
),
pieces as (
  select hd.k, hd.status, i.tz, i.weekday,
         greatest(hd.start_at, i.i_start) as p_start, least(hd.end_at, i.i_end) as p_end
  from held_days hd
  join intervals i on i.k = hd.k and i.day = hd.day
  where i.i_start < hd.end_at and i.i_end > hd.start_at
)`;
}

/** The scalar figures of every (space, month) in scope, ordered by town, space and month. */
export function figuresQuery(scope: Scope): SQL {
  return sql`${baseCtes(scope)},
open_days as (
  select k, count(distinct day) as n from intervals group by k
),
available as (
  select k, sum(micros * desks) as micros from open_time group by k
),
booked as (
  select k,
         sum(${micros(sql`p_start`, sql`p_end`)}) as micros,
         coalesce(sum(${micros(sql`p_start`, sql`p_end`)}) filter (where status = 'checked_in'), 0) as occupied
  from pieces group by k
),
peak as (
  -- sweep: at each instant where bookings start or end, the net change (ends and starts at the
  -- same instant cancel out: bookings are half-open); the running total is the number of desks
  -- held from that instant on, its maximum the peak
  select k, max(level) as peak
  from (
    select k, sum(delta) over (partition by k order by t rows unbounded preceding) as level
    from (
      select k, t, sum(delta) as delta
      from (select k, start_at as t, 1 as delta from held union all select k, end_at, -1 from held) events
      group by k, t
    ) changes
  ) levels
  group by k
),
per_user as (
  -- one row per person (and one for all guests) and month: counted once, then summed
  select k, user_id,
         count(*) filter (where status in ${COUNTING}) as bookings,
         count(*) filter (where status = 'cancelled') as cancellations,
         count(*) filter (where status = 'no_show') as no_shows
  from started group by k, user_id
),
counts as (
  select pu.k,
         sum(pu.bookings) as bookings,
         sum(pu.cancellations) as cancellations,
         sum(pu.no_shows) as no_shows,
         coalesce(sum(pu.bookings) filter (where pu.user_id is null), 0) as guest_bookings,
         count(*) filter (where pu.user_id is not null and pu.bookings > 0) as unique_users,
         -- new: no counting booking in this space before the month (one probe of bookings_space_user_start_idx each)
         count(*) filter (where pu.user_id is not null and pu.bookings > 0 and not exists (
           select 1 from bookings e
           where e.space_id = sc.space_id and e.user_id = pu.user_id and e.user_id is not null
             and e.status in ${COUNTING} and e.start_at < sc.m0)) as new_users
  from per_user pu join scope sc on sc.k = pu.k
  group by pu.k
),
attempts as (
  select sc.k, count(*) as n
  from scope sc
  join turned_away t on t.space_id = sc.space_id and t.requested_start >= sc.m0 and t.requested_start < sc.m1
  -- attempts for a room are not desk demand
  where sc.room_ids is null or t.desk_id is null or t.desk_id <> all(sc.room_ids)
  group by sc.k
),
waits as (
  select sc.k, count(distinct (w.user_id, w.date)) as n
  from scope sc
  join waitlist_entries w on w.space_id = sc.space_id and w.date >= sc.month_start and w.date < sc.month_end
  group by sc.k
),
${eventCtes(scope)},
event_totals as (
  select k, ${EVENT_SUMS} from month_event_figures group by k
)
select sc.space_id as "spaceId", sc.space_name as "spaceName", sc.town, to_char(sc.month_start, 'YYYY-MM') as month,
       sc.tz as timezone,
       coalesce(od.n, 0)::int as "openDays",
       (coalesce(a.micros, 0) / ${MICROS_PER_HOUR})::float8 as "availableDeskHours",
       (coalesce(bk.micros, 0) / ${MICROS_PER_HOUR})::float8 as "bookedDeskHours",
       (coalesce(bk.occupied, 0) / ${MICROS_PER_HOUR})::float8 as "occupiedDeskHours",
       (case when a.micros > 0 then coalesce(bk.micros, 0) / a.micros else 0 end)::float8 as utilisation,
       (case when a.micros > 0 then coalesce(bk.occupied, 0) / a.micros else 0 end)::float8 as occupancy,
       coalesce(c.bookings, 0)::int as bookings,
       coalesce(c.cancellations, 0)::int as cancellations,
       coalesce(c.no_shows, 0)::int as "noShows",
       coalesce(c.unique_users, 0)::int as "uniqueUsers",
       coalesce(c.new_users, 0)::int as "newUsers",
       coalesce(c.guest_bookings, 0)::int as "guestBookings",
       coalesce(p.peak, 0)::int as "peakConcurrentDesks",
       (coalesce(ta.n, 0) + coalesce(w.n, 0))::int as "turnedAway",
       coalesce(ta.n, 0)::int as "turnedAwayAttempts",
       coalesce(w.n, 0)::int as "waitlistEntries",
       json_build_object('held', coalesce(ev.held, 0), 'capacity', coalesce(ev.capacity, 0),
         'registered', coalesce(ev.registered, 0), 'attended', coalesce(ev.attended, 0),
         'waitlisted', coalesce(ev.waitlisted, 0), 'deskHours', coalesce(ev."deskHours", 0),
         'noShows', coalesce(ev."noShows", 0)) as events
from scope sc
left join open_days od on od.k = sc.k
left join available a on a.k = sc.k
left join booked bk on bk.k = sc.k
left join peak p on p.k = sc.k
left join counts c on c.k = sc.k
left join attempts ta on ta.k = sc.k
left join waits w on w.k = sc.k
left join event_totals ev on ev.k = sc.k
${
  scope.summarisedThrough
    ? sql`union all
${storedFigures({ ...scope, summarisedThrough: scope.summarisedThrough })}
order by town, "spaceName", "spaceId", month`
    : sql`order by sc.town, sc.space_name, sc.space_id, sc.month_start`
}`; // (splitBySpace's runs follow this order: see orderedSpaces)
}

/**
 * Available, booked and checked-in desk-hours of one space-month by local weekday and by local
 * clock hour. Hours are split on a UTC quarter-hour grid: every zone offset is a multiple of 15
 * minutes, so the local clock hour is constant within each quarter, and on the 25-hour day both
 * passes through 02:00–03:00 land in hour 2 (on the 23-hour day hour 2 simply has nothing).
 */
export function splitQuery(scope: Scope): SQL {
  return sql`${baseCtes(scope)},
parts as (
  select weekday, g, greatest(i_start, g) as q_start, least(i_end, g + interval '15 minutes') as q_end, tz,
         desks::bigint as available, 0::bigint as booked, 0::bigint as occupied
  from open_time
  cross join lateral generate_series(date_bin('15 minutes', i_start, ${QUARTER_ORIGIN}), i_end - interval '1 microsecond', interval '15 minutes') g
  union all
  select weekday, g, greatest(p_start, g), least(p_end, g + interval '15 minutes'), tz,
         0, 1, case when status = 'checked_in' then 1 else 0 end
  from pieces
  cross join lateral generate_series(date_bin('15 minutes', p_start, ${QUARTER_ORIGIN}), p_end - interval '1 microsecond', interval '15 minutes') g
),
quarters as (
  select weekday, extract(hour from q_start at time zone tz)::int as hour,
         ${micros(sql`q_start`, sql`q_end`)} as micros, available, booked, occupied
  from parts
)
select 'weekday' as dimension, n.key,
       (coalesce(sum(q.micros * q.available), 0) / ${MICROS_PER_HOUR})::float8 as "availableDeskHours",
       (coalesce(sum(q.micros * q.booked), 0) / ${MICROS_PER_HOUR})::float8 as "bookedDeskHours",
       (coalesce(sum(q.micros * q.occupied), 0) / ${MICROS_PER_HOUR})::float8 as "occupiedDeskHours"
from generate_series(1, 7) n(key) left join quarters q on q.weekday = n.key
group by n.key
union all
select 'hour', n.key,
       (coalesce(sum(q.micros * q.available), 0) / ${MICROS_PER_HOUR})::float8,
       (coalesce(sum(q.micros * q.booked), 0) / ${MICROS_PER_HOUR})::float8,
       (coalesce(sum(q.micros * q.occupied), 0) / ${MICROS_PER_HOUR})::float8
from generate_series(0, 23) n(key) left join quarters q on q.hour = n.key
group by n.key
order by 1 desc, 2`;
}

/** Distinct users and counting desk bookings per user group, before folding small groups. */
export function groupsQuery(scope: Scope): SQL {
  return sql`${scopeCte(scope)}
select u.user_group as "group", count(distinct b.user_id)::int as users, count(*)::int as bookings
from scope sc
join bookings b on b.space_id = sc.space_id and b.start_at >= sc.m0 and b.start_at < sc.m1
  and b.status in ${COUNTING} and b.user_id is not null
  and (sc.room_ids is null or b.desk_id <> all(sc.room_ids))
join users u on u.id = b.user_id
group by u.user_group`;
}

/**
 * `<name>`: each row of `<spans>` (k, tz, ref, start_at, end_at — instants already cut to the
 * month) cut to every opening interval it overlaps, as (k, ref, micros): the cutting of the
 * bookings' `pieces`, for events and rooms.
 */
function cutToOpenTime(name: string, spans: string): SQL {
  const cut = sql.raw(name);
  const days = sql.raw(`${name}_days`);
  return sql`${days} as (
  select sp.k, sp.ref, sp.start_at, sp.end_at, d::date as day
  from ${sql.raw(spans)} sp
  cross join lateral generate_series((sp.start_at at time zone sp.tz)::date::timestamp,
    ((sp.end_at - interval '1 microsecond') at time zone sp.tz)::date::timestamp, interval '1 day') d
),
${cut} as (
  select sd.k, sd.ref, ${micros(sql`greatest(sd.start_at, i.i_start)`, sql`least(sd.end_at, i.i_end)`)} as micros
  from ${days} sd
  join intervals i on i.k = sd.k and i.day = sd.day
  where i.i_start < sd.end_at and i.i_end > sd.start_at
)`;
}

/**
 * `month_event_figures`: one row per event starting in the month and not cancelled, with its
 * registrations counted and the desk-hours it takes (its places of kind desk, cut to the month's
 * opening intervals). Registered people become no-shows once the event has ended (`scope.now`).
 * Needs `intervals` before it.
 */
function eventCtes(scope: Scope): SQL {
  const now = (scope.now ?? new Date()).toISOString();
  return sql`month_events as materialized (
  -- events_space_start_idx: one index range per space-month
  select sc.k, e.id, e.kind, e.capacity, e.end_at <= ${now}::timestamptz as ended
  from scope sc
  join events e on e.space_id = sc.space_id and e.start_at >= sc.m0 and e.start_at < sc.m1 and e.status <> 'cancelled'
),
event_registrations as (
  select me.id,
         count(*) filter (where r.status in ${HOLDING}) as registered,
         count(*) filter (where r.status = 'attended') as attended,
         count(*) filter (where r.status = 'waitlisted') as waitlisted,
         count(*) filter (where r.status = 'registered' and me.ended) as no_shows
  from month_events me
  join registrations r on r.event_id = me.id
  group by me.id
),
event_desk_spans as (
  -- the desks (not the rooms) each event takes, cut to the month
  select me.k, sc.tz, me.id as ref, greatest(p.start_at, sc.m0) as start_at, least(p.end_at, sc.m1) as end_at
  from month_events me
  join scope sc on sc.k = me.k
  join event_places p on p.event_id = me.id and p.active
  join desks d on d.id = p.desk_id and d.kind = 'desk'
  where p.start_at < sc.m1 and p.end_at > sc.m0
),
${cutToOpenTime('event_desk_time', 'event_desk_spans')},
month_event_figures as (
  select me.k, me.kind, me.capacity,
         coalesce(er.registered, 0) as registered, coalesce(er.attended, 0) as attended,
         coalesce(er.waitlisted, 0) as waitlisted, coalesce(er.no_shows, 0) as no_shows,
         coalesce(dt.micros, 0) as desk_micros
  from month_events me
  left join event_registrations er on er.id = me.id
  left join (select ref, sum(micros) as micros from event_desk_time group by ref) dt on dt.ref = me.id
)`;
}

/** The event figures (EventFigures) of a group of month_event_figures rows. */
const EVENT_SUMS = sql`count(*)::int as held, sum(capacity)::int as capacity, sum(registered)::int as registered,
         sum(attended)::int as attended, sum(waitlisted)::int as waitlisted,
         (sum(desk_micros) / ${MICROS_PER_HOUR})::float8 as "deskHours", sum(no_shows)::int as "noShows"`;

/** The event figures of every kind with events in the month (one space-month). */
export function eventKindsQuery(scope: Scope): SQL {
  return sql`${openingCtes(scope)},
${eventCtes(scope)}
select kind, ${EVENT_SUMS} from month_event_figures group by kind`;
}

/** People holding a place at the month's events, by user group, before folding small groups. */
export function eventGroupsQuery(scope: Scope): SQL {
  return sql`${scopeCte(scope)}
select u.user_group as "group", count(distinct r.user_id)::int as people, count(*)::int as registrations,
       (count(*) filter (where r.status = 'attended'))::int as attended
from scope sc
join events e on e.space_id = sc.space_id and e.start_at >= sc.m0 and e.start_at < sc.m1 and e.status <> 'cancelled'
join registrations r on r.event_id = e.id and r.status in ${HOLDING} and r.user_id is not null
join users u on u.id = r.user_id
group by u.user_group`;
}

/**
 * Every room (place of kind room) active in the month: its available hours (opening intervals of
 * the days it is active), the hours of its counting bookings and of the events taking it, both
 * cut to the month's opening intervals. Rooms are found through desks_space_idx, their bookings
 * and event places through the exclusion constraints' GiST indexes (desk, time range).
 */
export function roomsQuery(scope: Scope): SQL {
  const overlapsMonth = (a: SQL) => sql`tstzrange(${a}.start_at, ${a}.end_at, '[)') && tstzrange(sc.m0, sc.m1, '[)')`;
  return sql`${openingCtes(scope)},
rooms as (
  select sc.k, d.id, d.name, d.seats, d.active_from, d.active_until
  from scope sc
  join desks d on d.space_id = sc.space_id and d.kind = 'room'
  where (d.active_from is null or d.active_from < sc.month_end)
    and (d.active_until is null or d.active_until >= sc.month_start)
),
room_available as (
  select r.k, r.id, sum(${micros(sql`i.i_start`, sql`i.i_end`)}) as micros
  from rooms r
  join intervals i on i.k = r.k
    and (r.active_from is null or r.active_from <= i.day)
    and (r.active_until is null or r.active_until >= i.day)
  group by r.k, r.id
),
room_booking_spans as (
  select r.k, sc.tz, r.id as ref, greatest(b.start_at, sc.m0) as start_at, least(b.end_at, sc.m1) as end_at
  from rooms r
  join scope sc on sc.k = r.k
  join bookings b on b.desk_id = r.id and b.status in ${COUNTING} and ${overlapsMonth(sql`b`)}
),
room_event_spans as (
  select r.k, sc.tz, r.id as ref, greatest(p.start_at, sc.m0) as start_at, least(p.end_at, sc.m1) as end_at
  from rooms r
  join scope sc on sc.k = r.k
  join event_places p on p.desk_id = r.id and p.active and ${overlapsMonth(sql`p`)}
  join events e on e.id = p.event_id and e.status <> 'cancelled'
),
${cutToOpenTime('room_booked', 'room_booking_spans')},
${cutToOpenTime('room_events', 'room_event_spans')}
select r.id as "deskId", r.name, r.seats,
       (coalesce(ra.micros, 0) / ${MICROS_PER_HOUR})::float8 as "availableHours",
       (coalesce((select sum(x.micros) from room_booked x where x.k = r.k and x.ref = r.id), 0) / ${MICROS_PER_HOUR})::float8
         as "bookedHours",
       (coalesce((select sum(x.micros) from room_events x where x.k = r.k and x.ref = r.id), 0) / ${MICROS_PER_HOUR})::float8
         as "eventHours"
from rooms r
left join room_available ra on ra.k = r.k and ra.id = r.id
order by r.name, r.id`;
}

/**
 * Runs report queries in one read-only snapshot. JIT compilation is switched off for them: these
 * statements are large (many small plan nodes) but fast, and PostgreSQL's cost estimate would
 * otherwise have it spend seconds compiling what runs in milliseconds. The roll-up over all spaces
 * sorts a few hundred thousand rows: with more working memory it does so in memory, not on disk.
 * Not on embedded PGlite: its memory is the server process's and, once grown, never given back —
 * the few spaces one PGlite serves sort in a few megabytes anyway.
 */
export async function inReportSnapshot<T>(db: Db, work: (tx: Db) => Promise<T>, snapshot?: string): Promise<T> {
  const workMem = sql.raw(hasConnectionPool(db) ? `'64MB'` : `'4MB'`);
  return db.transaction(
    async (tx) => {
      // importing another transaction's snapshot must come before any query of this one
      if (snapshot) await tx.execute(sql`set transaction snapshot ${sql.raw(quoteLiteral(snapshot))}`);
      await tx.execute(sql`set local jit = off`);
      await tx.execute(sql`set local work_mem = ${workMem}`);
      return work(tx);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** Spaces from this many on are split into parts computed side by side (fewer are not worth it). */
const SPLIT_FROM_SPACES = 200;
let splitRunning = false;

/**
 * Report work over many spaces, split into `parts` read-only transactions run side by side, all in
 * one snapshot: the first exports it (`pg_export_snapshot()`) and the others import it, so the
 * answer is that of one moment, exactly as if one statement had computed it. PostgreSQL runs a
 * statement on one CPU; the roll-up over every space of a state thereby uses several.
 *
 * The spaces are cut into runs in the report's own order (town, name, id) and the answers joined in
 * that order. Only one split runs at a time in a process, so that concurrent reports can never hold
 * the whole pool waiting for each other's connections; the rest, small scopes and embedded PGlite
 * (one connection) run in a single transaction.
 */
export async function splitBySpace<T>(
  db: Db,
  opts: { spaceIds: string[] | null; parts: number; splitFromSpaces?: number },
  work: (tx: Db, spaceIds: string[] | null) => Promise<T[]>,
): Promise<T[]> {
  const least = opts.splitFromSpaces ?? SPLIT_FROM_SPACES;
  const canSplit =
    opts.parts > 1 &&
    !splitRunning &&
    hasConnectionPool(db) &&
    (opts.spaceIds === null || opts.spaceIds.length >= least);
  if (!canSplit) return inReportSnapshot(db, (tx) => work(tx, opts.spaceIds));
  splitRunning = true;
  try {
    return await inReportSnapshot(db, async (tx) => {
      const ids = (await rows<{ id: string }>(tx, orderedSpaces(opts.spaceIds))).map((r) => r.id);
      const size = Math.ceil(ids.length / opts.parts);
      const runs: string[][] = [];
      for (let i = 0; i < ids.length; i += size) runs.push(ids.slice(i, i + size));
      if (runs.length < 2 || ids.length < least) return work(tx, ids);
      const [{ snapshot }] = (await rows<{ snapshot: string }>(tx, sql`select pg_export_snapshot() as snapshot`)) as [
        { snapshot: string },
      ];
      // this transaction stays open (and its snapshot importable) until every part is done
      const answers = await Promise.all([
        work(tx, runs[0]!),
        ...runs.slice(1).map((run) => inReportSnapshot(db, (part) => work(part, run), snapshot)),
      ]);
      return answers.flat();
    });
  } finally {
    splitRunning = false;
  }
}

/** The spaces a report covers, in the order its rows come in (see figuresQuery's order by). */
function orderedSpaces(spaceIds: string[] | null): SQL {
  const filter = spaceIds === null ? sql`true` : sql`s.id = any(${`{${spaceIds.join(',')}}`}::uuid[])`;
  return sql`select s.id from spaces s where ${filter} order by s.town, s.name, s.id`;
}

const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;
