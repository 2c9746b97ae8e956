/**
 * The CSV for people: one row per space-month, titled columns in the reader's language, numbers
 * as a spreadsheet in that language reads them (`de`: `;`, decimal comma, `47,9 %`; `en`: `,`,
 * `47.9%`), a UTF-8 byte order mark so that Excel keeps the umlauts. The machine CSV (csv.ts)
 * stays as it is for tools.
 */
import { EVENT_FIGURES, type EventFigures, type MonthFigures, type SeasonFigures } from '@popdesk/shared';
import { roundHalfUp, writeCsv } from '../../lib/spreadsheet-cells.js';
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

/** The event figures, after the others: counts, and `deskHours` as hours. */
const eventFigures = (events: EventFigures, locale: ReportLocale) =>
  EVENT_FIGURES.map((k) => (k === 'deskHours' ? figure(events[k], 'bookedDeskHours', locale) : String(events[k])));

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
  const titles = [...FIGURE_COLUMNS.map((k) => l.figures[k]), ...EVENT_FIGURES.map((k) => l.events[k])];
  const values = (f: MonthFigures | SeasonFigures) => [
    ...FIGURE_COLUMNS.map((k) => figure(f[k], k, locale)),
    ...eventFigures(f.events, locale),
  ];
  const records: string[][] = [[l.space, l.town, l.month, ...titles]];
  for (const r of rows) records.push([r.spaceName, r.town, r.month, ...values(r)]);
  if (total) records.push([l.total, '', total.months, ...values(total.figures)]);
  return writeCsv(records, { delimiter: locale === 'de' ? ';' : ',', bom: true });
}
