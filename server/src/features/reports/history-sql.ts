/**
 * The SQL of the history view (months a report can cover) and of the season's distinct users.
 * The monthly figures themselves come from report-sql.ts; these two answer what summing those
 * cannot: where a space's history begins, and how many different people came over several months
 * and spaces (a person who came in June and in July is one person of the season, not two).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rows } from '../../db/db.js';
import { deskBookings, monthStarts } from './report-sql.js';

const spaceFilter = (spaceIds: string[] | null) =>
  spaceIds === null ? sql`true` : sql`s.id = any(${`{${spaceIds.join(',')}}`}::uuid[])`;

export interface SpaceLife {
  spaceId: string;
  timezone: string;
  /** `YYYY-MM` or null */
  opens: string | null;
  closes: string | null;
  /** the local month of the space's first booking (any status), or null */
  firstBooking: string | null;
  /** this month in the space's zone */
  current: string;
}

/** Each space's life in months; the first booking is one probe of bookings_space_start_idx. */
export function spaceLives(db: Db, spaceIds: string[] | null, now: Date): Promise<SpaceLife[]> {
  return rows<SpaceLife>(
    db,
    sql`
select s.id as "spaceId", s.timezone,
       to_char(s.opens_on, 'YYYY-MM') as opens,
       to_char(s.closes_on, 'YYYY-MM') as closes,
       to_char((select min(b.start_at) from bookings b where b.space_id = s.id) at time zone s.timezone, 'YYYY-MM')
         as "firstBooking",
       to_char(${now.toISOString()}::timestamptz at time zone s.timezone, 'YYYY-MM') as current
from spaces s
where ${spaceFilter(spaceIds)}
order by s.id`,
  );
}

export interface DistinctUsers {
  /** `YYYY-MM`, or null for the whole range */
  month: string | null;
  users: number;
}

/**
 * Distinct accounts with a counting desk booking starting in each month (by the local month of its
 * space) and over the whole range, over the given spaces. Months outside a pop-up's life are left
 * out as in the usage series, and room bookings as there (report-sql.ts, deskBookings), so that a
 * single space's months agree with its `uniqueUsers`.
 */
export function distinctUsers(
  db: Db,
  opts: { spaceIds: string[] | null; from: string; to: string },
): Promise<DistinctUsers[]> {
  return rows<DistinctUsers>(
    db,
    sql`
with scope as (
  select s.id as space_id, m as month_start,
         m at time zone s.timezone as m0, (m + interval '1 month') at time zone s.timezone as m1,
         (select array_agg(r.id) from desks r where r.space_id = s.id and r.kind = 'room') as room_ids
  from spaces s
  cross join unnest(${`{${monthStarts(opts.from, opts.to).join(',')}}`}::timestamp[]) m
  where ${spaceFilter(opts.spaceIds)}
    and (s.opens_on is null or s.opens_on < (m + interval '1 month')::date)
    and (s.closes_on is null or s.closes_on >= m::date)
)
select to_char(db.month_start, 'YYYY-MM') as month, count(distinct db.user_id)::int as users
from ${deskBookings(
      sql`sc.month_start, b.user_id`,
      sql`b.space_id = sc.space_id and b.start_at >= sc.m0 and b.start_at < sc.m1
    and b.user_id is not null and b.status in ('confirmed', 'checked_in')`,
    )} db
group by grouping sets ((db.month_start), ())`,
  );
}
