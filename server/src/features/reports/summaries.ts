/**
 * Report summaries: the figures of each closed space-month, stored once computed, so that a
 * roll-up over many spaces and months reads them instead of recomputing every month from its
 * bookings (docs/reports.md, "Summaries"). A month is closed once it ended more than 2 days ago
 * (closedThrough); the current and later months are always computed. The figures are those
 * figuresQuery computes, stored as they come out of it, so a summary reads exactly as the
 * computation would.
 *
 * Correctness rests on two things: the triggers of migrations/0013_report_summaries.sql bump the
 * space's generation (and drop its summaries) in every transaction that writes to a closed month of
 * the space, and a summary is stored with the generation read in the snapshot its figures were
 * computed in, and counts only while that is still the space's generation. A write that commits
 * between the computation and the storing therefore leaves the stored figures unused.
 */
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'drizzle-orm';
import { USAGE_MAX_MONTHS, type MonthFigures } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { rows } from '../../db/db.js';
import { addMonths, monthAt } from './month-arithmetic.js';
import { unsummarisedQuery, type Scope } from './report-sql.js';
import { storeQuery, type SummaryCell } from './summary-sql.js';

const DAY_MS = 86_400_000;
/** Rows stored per statement. */
const STORE_BATCH = 2000;

/**
 * The last closed month (`YYYY-MM`) at `now`: the last whose end, in UTC, lies more than 2 days
 * before both `now` and the real time. (A test's clock may run ahead of the database's, whose
 * triggers decide with the real time what is past: only what both see as closed is summarised.)
 */
export function closedThrough(now: Date): string {
  const x = new Date(Math.min(now.getTime(), Date.now()) - 2 * DAY_MS);
  return monthAt(x.getUTCFullYear() * 12 + x.getUTCMonth() - 1); // (the month before x's)
}

/**
 * The space-months of `scope` a roll-up computes (no valid summary), each with its space's
 * generation and whether it may be summarised, read in the same snapshot (`tx`) as the figures.
 */
export function unsummarised(tx: Db, scope: Scope & { summarisedThrough: string }): Promise<SummaryCell[]> {
  return rows<SummaryCell>(tx, unsummarisedQuery(scope));
}

/** The figures of the given cells out of a computed series, ready to store. */
export function pickStorable(series: readonly MonthFigures[], cells: readonly SummaryCell[]) {
  const wanted = new Map(cells.map((c) => [`${c.spaceId} ${c.month}`, c]));
  const out: { cell: SummaryCell; figures: MonthFigures }[] = [];
  for (const figures of series) {
    const cell = wanted.get(`${figures.spaceId} ${figures.month}`);
    if (cell) out.push({ cell, figures });
  }
  return out;
}

/**
 * Stores summaries on `db` (the primary, never a read replica), in batches, each statement on its
 * own. Best effort: a summary not stored is computed again next time.
 */
export async function storeSummaries(
  db: Db,
  cells: readonly { cell: SummaryCell; figures: MonthFigures }[],
  log?: FastifyBaseLogger,
): Promise<void> {
  for (let i = 0; i < cells.length; i += STORE_BATCH) {
    try {
      await db.execute(storeQuery(cells.slice(i, i + STORE_BATCH)));
    } catch (err) {
      log?.warn({ err }, 'storing report summaries failed; they will be computed again');
      return;
    }
  }
}

/**
 * The background fill (scheduler): makes the summaries of the last USAGE_MAX_MONTHS closed months
 * of every space, a few spaces at a time, so that the first roll-up after a start finds them.
 * `series` is usageSeries (passed in: this module sits below it).
 */
export async function fillSummaries(
  db: Db,
  now: Date,
  series: (spaceIds: string[], from: string, to: string) => Promise<unknown>,
  opts: { batch?: number; signal?: AbortSignal } = {},
): Promise<number> {
  const to = closedThrough(now);
  const from = addMonths(to, 1 - USAGE_MAX_MONTHS);
  const ids = (await rows<{ id: string }>(db, sql`select id from spaces order by id`)).map((r) => r.id);
  const batch = opts.batch ?? 25;
  for (let i = 0; i < ids.length; i += batch) {
    if (opts.signal?.aborted) return ids.length;
    await series(ids.slice(i, i + batch), from, to);
  }
  return ids.length;
}
