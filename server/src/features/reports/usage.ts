/**
 * The usage series: the monthly figures of many spaces over a range of months, for trends,
 * seasonality and comparing towns. Same SQL as the monthly report, one statement for all spaces.
 * Months entirely outside a pop-up's life are left out of its series.
 */
import type { FastifyBaseLogger } from 'fastify';
import { USAGE_MAX_MONTHS, type MonthFigures } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { badRequest, businessRule } from '../../lib/problems.js';
import { rows } from '../../db/db.js';
import { monthIndex } from './month-arithmetic.js';
import { figuresQuery, splitBySpace, storedFiguresQuery } from './report-sql.js';
import { closedThrough, pickStorable, storeSummaries, unsummarised } from './summaries.js';

/** Months from `from` to `to` inclusive (0 or less when `to` is earlier). */
export function monthSpan(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from) + 1;
}

/** A real `YYYY-MM` month (the schema checks the shape; this the year range). */
export function checkMonth(month: string, path: string) {
  const year = Number(month.slice(0, 4));
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || year < 1900 || year > 9999) {
    throw badRequest(`${path} is not a month YYYY-MM.`, [{ path, message: 'is not a month YYYY-MM' }]);
  }
}

export function checkRange(from: string, to: string) {
  checkMonth(from, 'querystring.from');
  checkMonth(to, 'querystring.to');
  const span = monthSpan(from, to);
  if (span < 1) throw businessRule('invalid-month-range', 'Invalid month range', `from (${from}) is after to (${to}).`);
  if (span > USAGE_MAX_MONTHS) {
    throw businessRule(
      'month-range-too-long',
      'Month range too long',
      `At most ${USAGE_MAX_MONTHS} months at once; ${from} to ${to} is ${span}.`,
    );
  }
}

/**
 * spaceIds null = every space (admins). Many spaces are computed in `parts` transactions side by
 * side, in one snapshot (splitBySpace); REPORTS_PARALLEL sets how many. `now` decides which events
 * have ended (their registered people are then no-shows) and which months are closed: those are
 * read from their summaries where there are valid ones (summaries.ts), and the figures of the others
 * computed, then stored as summaries on `store` (the primary; none stored without it).
 */
export async function usageSeries(
  db: Db,
  opts: {
    spaceIds: string[] | null;
    from: string;
    to: string;
    parts?: number;
    splitFromSpaces?: number;
    now?: Date;
    store?: Db;
    log?: FastifyBaseLogger;
    /** false: compute every month (the summaries' own test compares with it) */
    summaries?: boolean;
  },
): Promise<MonthFigures[]> {
  if (opts.spaceIds !== null && opts.spaceIds.length === 0) return [];
  const { from, to } = opts;
  const now = opts.now ?? new Date();
  const through = closedThrough(now);
  const summarised = opts.summaries !== false && from <= through;
  const toStore: Parameters<typeof storeSummaries>[1][number][] = [];
  const series = await splitBySpace(
    db,
    { spaceIds: opts.spaceIds, parts: opts.parts ?? 1, splitFromSpaces: opts.splitFromSpaces },
    async (tx, spaceIds) => {
      if (!summarised) return rows<MonthFigures>(tx, figuresQuery({ spaceIds, from, to, onlyWithinLife: true, now }));
      const scope = { spaceIds, from, to, onlyWithinLife: true, now, summarisedThrough: through };
      // in the snapshot of the figures: the space-months to compute, and with which generation to store them
      const missing = await unsummarised(tx, scope);
      const figures = await rows<MonthFigures>(
        tx,
        missing.length > 0 ? figuresQuery(scope) : storedFiguresQuery(scope), // (all read: no computing to plan)
      );
      if (opts.store)
        toStore.push(
          ...pickStorable(
            figures,
            missing.filter((c) => c.storable),
          ),
        );
      return figures;
    },
  );
  if (opts.store && toStore.length > 0) await storeSummaries(opts.store, toStore, opts.log);
  return series;
}
