/**
 * Reports as xlsx workbooks for councils and funders (write-excel-file): the first sheet one row
 * per space-month with titled columns in the reader's language, hours as numbers shown `0.0`,
 * utilisation and occupancy as numbers shown as percent; then the breakdowns of a monthly report
 * or the month-by-month season with totals; last the definitions of every figure. Number formats
 * are Excel's own codes, so each reader's Excel shows its decimal mark. Every text goes through
 * safeText: a space named `=HYPERLINK(…)` stays text.
 */
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/node';
import type { MonthFigures, MonthlyReport, SeasonFigures, SeasonMonth } from '@popdesk/shared';
import { safeText } from './export-format.js';
import {
  FIGURE_COLUMNS,
  HOUR_COLUMNS,
  LABELS,
  PERCENT_COLUMNS,
  type FigureColumn,
  type ReportLocale,
} from './report-labels.js';

type FileSheet = Sheet<Buffer>;

const HOURS = '0.0';
const PERCENT = '0.0%';
const COUNT = '0';

const text = (value: string, bold = false): Cell => ({
  value: safeText(value),
  type: String,
  ...(bold ? { fontWeight: 'bold' as const } : {}),
});
const header = (titles: readonly string[]): Row => titles.map((t) => text(t, true));
const number = (value: number, format: string): Cell => ({ value, type: Number, format });

function figureCell(value: number, key: FigureColumn): Cell {
  if (PERCENT_COLUMNS.includes(key)) return number(value, PERCENT);
  if (HOUR_COLUMNS.includes(key)) return number(value, HOURS);
  return number(value, COUNT);
}

const figureCells = (f: SeasonFigures | MonthFigures) => FIGURE_COLUMNS.map((k) => figureCell(f[k], k));

const widths = (first: number[], rest: number, count: number) => [
  ...first.map((width) => ({ width })),
  ...Array.from({ length: count }, () => ({ width: rest })),
];

/** One row per space-month: space, town, month, then the figures. */
function monthsSheet(rows: readonly MonthFigures[], locale: ReportLocale): FileSheet {
  const l = LABELS[locale];
  return {
    sheet: l.sheets.months,
    data: [
      header([l.space, l.town, l.month, ...FIGURE_COLUMNS.map((k) => l.figures[k])]),
      ...rows.map((r): Row => [text(r.spaceName), text(r.town), text(r.month), ...figureCells(r)]),
    ],
    columns: widths([28, 18, 10], 16, FIGURE_COLUMNS.length),
    stickyRowsCount: 1,
  };
}

function definitionsSheet(locale: ReportLocale): FileSheet {
  const l = LABELS[locale];
  return {
    sheet: l.sheets.definitions,
    data: [
      header([l.term, l.definition]),
      ...l.definitions.map(([term, meaning]) => [text(term, true), text(meaning)]),
    ],
    columns: [{ width: 30 }, { width: 110 }],
  };
}

/** Desk-hours of one part (weekday, hour) with its utilisation. */
function splitRow(
  label: string,
  p: { availableDeskHours: number; bookedDeskHours: number; occupiedDeskHours: number },
) {
  return [
    text(label),
    number(p.availableDeskHours, HOURS),
    number(p.bookedDeskHours, HOURS),
    number(p.occupiedDeskHours, HOURS),
    number(p.availableDeskHours > 0 ? p.bookedDeskHours / p.availableDeskHours : 0, PERCENT),
  ];
}

const pad = (n: number) => String(n).padStart(2, '0');

export function monthlyReportXlsx(report: MonthlyReport, locale: ReportLocale): Promise<Buffer> {
  const l = LABELS[locale];
  const splitHeader = (first: string) => header([first, l.available, l.booked, l.occupied, l.figures.utilisation]);
  const sheets: FileSheet[] = [
    monthsSheet([report], locale),
    {
      sheet: l.sheets.weekday,
      data: [splitHeader(l.weekday), ...report.byWeekday.map((w) => splitRow(l.weekdays[w.weekday - 1] ?? '', w))],
      columns: widths([16], 16, 4),
    },
    {
      sheet: l.sheets.hour,
      data: [
        splitHeader(l.hour),
        ...report.byHour.map((h) => splitRow(`${pad(h.hour)}:00–${pad((h.hour + 1) % 24)}:00`, h)),
      ],
      columns: widths([14], 16, 4),
    },
    {
      sheet: l.sheets.group,
      data: [
        header([l.group, l.users, l.bookings]),
        ...report.byGroup.map((g): Row => [
          text(l.groups[g.group as keyof typeof l.groups] ?? g.group),
          number(g.users, COUNT),
          number(g.bookings, COUNT),
        ]),
      ],
      columns: widths([32], 14, 2),
    },
    definitionsSheet(locale),
  ];
  return writeXlsxFile(sheets).toBuffer();
}

export function usageXlsx(series: readonly MonthFigures[], locale: ReportLocale): Promise<Buffer> {
  return writeXlsxFile([monthsSheet(series, locale), definitionsSheet(locale)]).toBuffer();
}

/** The space-months, then the season month by month (summed over spaces) with its totals. */
export function seasonXlsx(
  season: { series: readonly MonthFigures[]; months: readonly SeasonMonth[]; totals: SeasonFigures; range: string },
  locale: ReportLocale,
): Promise<Buffer> {
  const l = LABELS[locale];
  const incomplete = locale === 'de' ? ' (unvollständig)' : ' (incomplete)';
  const seasonSheet: FileSheet = {
    sheet: l.sheets.season,
    data: [
      header([l.month, ...FIGURE_COLUMNS.map((k) => l.figures[k])]),
      ...season.months.map((m): Row => [text(m.complete ? m.month : `${m.month}${incomplete}`), ...figureCells(m)]),
      [text(`${l.total} ${season.range}`, true), ...figureCells(season.totals)],
    ],
    columns: widths([24], 16, FIGURE_COLUMNS.length),
    stickyRowsCount: 1,
  };
  return writeXlsxFile([monthsSheet(season.series, locale), seasonSheet, definitionsSheet(locale)]).toBuffer();
}
