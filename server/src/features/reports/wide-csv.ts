/**
 * The CSV for people: one row per space-month, titled columns in the reader's language, numbers
 * as a spreadsheet in that language reads them (`de`: `;`, decimal comma, `47,9 %`; `en`: `,`,
 * `47.9%`), a UTF-8 byte order mark so that Excel keeps the umlauts. The machine CSV (csv.ts)
 * stays as it is for tools.
 */
import type { MonthFigures, SeasonFigures } from '@popdesk/shared';
import { roundHalfUp, writeCsv } from './csv.js';
import {
  FIGURE_COLUMNS,
  HOUR_COLUMNS,
  LABELS,
  PERCENT_COLUMNS,
  type FigureColumn,
  type ReportLocale,
} from './report-labels.js';

/** `digits` decimals, half up, as the machine CSV rounds. */
export const fixed = (x: number, digits: number): string => roundHalfUp(x, digits).toFixed(digits);

function figure(value: number, key: FigureColumn, locale: ReportLocale): string {
  const comma = (s: string) => (locale === 'de' ? s.replace('.', ',') : s);
  if (PERCENT_COLUMNS.includes(key))
    return locale === 'de' ? `${comma(fixed(value * 100, 1))} %` : `${fixed(value * 100, 1)}%`;
  if (HOUR_COLUMNS.includes(key)) return comma(fixed(value, 1));
  return String(value);
}

/**
 * Rows of the usage series (or a season's), and for a season a last row with its totals
 * (`Gesamt`/`Total`, the month column holding the range).
 */
export function wideCsv(
  rows: readonly MonthFigures[],
  locale: ReportLocale,
  total?: { months: string; figures: SeasonFigures },
): string {
  const l = LABELS[locale];
  const records: string[][] = [[l.space, l.town, l.month, ...FIGURE_COLUMNS.map((k) => l.figures[k])]];
  for (const r of rows) {
    records.push([r.spaceName, r.town, r.month, ...FIGURE_COLUMNS.map((k) => figure(r[k], k, locale))]);
  }
  if (total)
    records.push([l.total, '', total.months, ...FIGURE_COLUMNS.map((k) => figure(total.figures[k], k, locale))]);
  return writeCsv(records, { delimiter: locale === 'de' ? ';' : ',', bom: true });
}
