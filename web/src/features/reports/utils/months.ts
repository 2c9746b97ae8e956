/** Months `YYYY-MM` for the reports: arithmetic, lists for pickers, and names in the page language. */
import { addMonths as dfAddMonths, format, parseISO } from 'date-fns';
import { dateFnsLocale } from '../../../lib/dates';
import type { Language } from '../../../lib/i18n';

export const isMonth = (v: string | null | undefined): v is string => !!v && /^\d{4}-(0[1-9]|1[0-2])$/.test(v);

export const addMonths = (month: string, n: number) => format(dfAddMonths(parseISO(`${month}-01`), n), 'yyyy-MM');

/** The month a local date (`YYYY-MM-DD`) is in. */
export const monthOf = (date: string) => date.slice(0, 7);

/** `from` … `to`, both included (empty when `from` is after `to`). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to && out.length < 120; m = addMonths(m, 1)) out.push(m);
  return out;
}

export function monthNames(lng: Language) {
  const locale = dateFnsLocale(lng);
  return {
    /** Oktober 2026 */
    long: (month: string) => format(parseISO(`${month}-01`), 'LLLL yyyy', { locale }),
    /** Okt. 26 / Oct 26 */
    short: (month: string) => format(parseISO(`${month}-01`), 'LLL yy', { locale }),
  };
}

/** The months of a report's life (`from` … `to`), newest first, for a picker; `extra` is kept if outside. */
export function pickerMonths(life: { from: string; to: string }, extra?: string): string[] {
  const list = monthsBetween(life.from, life.to).reverse();
  if (extra && isMonth(extra) && !list.includes(extra)) list.unshift(extra);
  return list.sort().reverse();
}

/** The last `n` months up to `lastComplete`, but not before `from` (a comparison's default period). */
export function lastMonths(life: { from: string; lastComplete: string }, n: number) {
  const start = addMonths(life.lastComplete, -(n - 1));
  return { from: start < life.from ? life.from : start, to: life.lastComplete };
}

/** The most months one report may span (the API answers 422 beyond). */
export const MAX_RANGE_MONTHS = 36;

/** What is wrong with a period, if anything: it ends before it starts, or it is too long. */
export function rangeProblem(from: string, to: string): 'order' | 'length' | null {
  if (from > to) return 'order';
  return monthsBetween(from, to).length > MAX_RANGE_MONTHS ? 'length' : null;
}
