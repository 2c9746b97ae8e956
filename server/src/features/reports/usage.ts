/**
 * The usage series: the monthly figures of many spaces over a range of months, for trends,
 * seasonality and comparing towns. Same SQL as the monthly report, one statement for all spaces.
 * Months entirely outside a pop-up's life are left out of its series.
 */
import { USAGE_MAX_MONTHS, type MonthFigures } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { badRequest, businessRule } from '../../lib/problems.js';
import { rows } from '../../db/db.js';
import { monthIndex } from './month-arithmetic.js';
import { figuresQuery, splitBySpace } from './report-sql.js';

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
 * have ended (their registered people are then no-shows).
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
  },
): Promise<MonthFigures[]> {
  if (opts.spaceIds !== null && opts.spaceIds.length === 0) return [];
  const { from, to, now } = opts;
  return splitBySpace(
    db,
    { spaceIds: opts.spaceIds, parts: opts.parts ?? 1, splitFromSpaces: opts.splitFromSpaces },
    (tx, spaceIds) => rows<MonthFigures>(tx, figuresQuery({ spaceIds, from, to, onlyWithinLife: true, now })),
  );
}
