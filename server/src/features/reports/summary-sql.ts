/**
 * The SQL of the report summaries (report_month_figures, migrations/0013_report_summaries.sql): the
 * stored MonthFigures of closed space-months. A summary is valid while its generation equals the
 * space's in report_generations (no row = 0); the triggers of the migration bump that whenever a
 * write touches a past month of the space. See summaries.ts for when summaries are read and written.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { MonthFigures } from '@popdesk/shared';

/** The space's current generation (`space` an SQL expression for its id). */
export const generationOf = (space: SQL) =>
  sql`coalesce((select g.generation from report_generations g where g.space_id = ${space}), 0)`;

/** First day (`YYYY-MM-01`) of a `YYYY-MM` month. */
export const firstDay = (month: string) => `${month}-01`;

/** A valid summary of the space-month (space id, first day of the month) exists, up to month `through`. */
export function validSummary(space: SQL, monthStart: SQL, through: string): SQL {
  return sql`exists (select 1 from report_month_figures f
    where f.space_id = ${space} and f.month = ${monthStart} and f.month <= ${firstDay(through)}::date
      and f.generation = ${generationOf(space)})`;
}

/**
 * The stored figures: each MonthFigures field with its column of report_month_figures, in the
 * order figuresQuery selects them (STORED_COLUMNS is unioned with its rows).
 */
const FIGURE_COLUMNS = [
  ['openDays', 'open_days'],
  ['availableDeskHours', 'available_desk_hours'],
  ['bookedDeskHours', 'booked_desk_hours'],
  ['occupiedDeskHours', 'occupied_desk_hours'],
  ['utilisation', 'utilisation'],
  ['occupancy', 'occupancy'],
  ['bookings', 'bookings'],
  ['cancellations', 'cancellations'],
  ['noShows', 'no_shows'],
  ['uniqueUsers', 'unique_users'],
  ['newUsers', 'new_users'],
  ['guestBookings', 'guest_bookings'],
  ['peakConcurrentDesks', 'peak_concurrent_desks'],
  ['turnedAway', 'turned_away'],
  ['turnedAwayAttempts', 'turned_away_attempts'],
  ['waitlistEntries', 'waitlist_entries'],
  ['events', 'events'],
] as const satisfies readonly (readonly [keyof MonthFigures, string])[];

/** The columns of MonthFigures from a summary `f` and its space `s`, as figuresQuery names them. */
export const STORED_COLUMNS = sql.raw(
  [
    `s.id as "spaceId", s.name as "spaceName", s.town, to_char(f.month, 'YYYY-MM') as month, s.timezone as timezone`,
    ...FIGURE_COLUMNS.map(([field, column]) => `f.${column} as "${field}"`),
  ].join(', '),
);

/**
 * The space-months of `cells` (a subquery of space_id, month_start) without a valid summary up to
 * month `through` — those a roll-up computes — with the space's generation as read now, and whether
 * a summary may be made of them: up to `through`, and all their events ended when the month closed
 * (an event running on past that has no-shows that depend on the moment of reading).
 */
export function unsummarisedCells(cells: SQL, through: string): SQL {
  return sql`select c.space_id as "spaceId", to_char(c.month_start, 'YYYY-MM') as month,
       ${generationOf(sql`c.space_id`)}::float8 as generation,
       c.month_start <= ${firstDay(through)}::date and not exists (select 1 from events e
         where e.space_id = c.space_id and e.status <> 'cancelled'
           and e.start_at >= c.month_start::timestamp at time zone 'UTC' - interval '1 day'
           and e.start_at < (c.month_start + interval '1 month')::timestamp at time zone 'UTC' + interval '1 day'
           and e.end_at > (c.month_start + interval '1 month')::timestamp at time zone 'UTC' + interval '2 days')
       as storable
from (${cells}) c
where not ${validSummary(sql`c.space_id`, sql`c.month_start`, through)}`;
}

export interface SummaryCell {
  spaceId: string;
  month: string;
  generation: number;
  storable: boolean;
}

/**
 * Stores the figures of these cells, each only if its space's generation is still the one read
 * with the figures (a write to the space's past committed since then bumped it: the figures may be
 * stale, so they are dropped). A write not yet committed is caught when reading: it bumps the
 * generation on commit, and the summary stored with the old one no longer counts.
 */
export function storeQuery(cells: readonly { cell: SummaryCell; figures: MonthFigures }[]): SQL {
  const payload = JSON.stringify(
    cells.map(({ cell, figures }) => ({
      space_id: cell.spaceId,
      month: firstDay(cell.month),
      generation: cell.generation,
      ...Object.fromEntries(FIGURE_COLUMNS.map(([field, column]) => [column, figures[field]])),
    })),
  );
  const columns = FIGURE_COLUMNS.map(([, column]) => column);
  const updates = sql.raw(['generation', ...columns].map((c) => `${c} = excluded.${c}`).join(', '));
  return sql`insert into report_month_figures
select r.* from json_populate_recordset(null::report_month_figures, ${payload}::json) r
where r.generation = ${generationOf(sql`r.space_id`)}
  and exists (select 1 from spaces s where s.id = r.space_id)
order by r.space_id, r.month
on conflict (space_id, month) do update set ${updates}
  where report_month_figures.generation <= excluded.generation`;
}
