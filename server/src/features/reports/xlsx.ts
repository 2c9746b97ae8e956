/**
 * Reports as xlsx workbooks for councils and funders (write-excel-file): the first sheet one row
 * per space-month with titled columns in the reader's language, hours as numbers shown `0.0`,
 * utilisation and occupancy as numbers shown as percent; then the breakdowns of a monthly report
 * or the month-by-month season with totals (the event figures after the desk figures; a monthly
 * report also has its events by kind and by group and its rooms on sheets of their own); last the
 * definitions of every figure. Number formats
 * are Excel's own codes, so each reader's Excel shows its decimal mark. Every text goes through
 * safeText: a space named `=HYPERLINK(…)` stays text.
 */
import type { Cell, Row, Sheet } from 'write-excel-file/node';
import {
  EVENT_FIGURES,
  type EventFigures,
  type MonthFigures,
  type MonthlyReport,
  type SeasonFigures,
  type SeasonMonth,
} from '@popdesk/shared';
import { safeText, xlsxWorkbook } from '../../lib/spreadsheet-cells.js';
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

const eventCells = (events: EventFigures) =>
  EVENT_FIGURES.map((k) => number(events[k], k === 'deskHours' ? HOURS : COUNT));
const figureCells = (f: SeasonFigures | MonthFigures) => [
  ...FIGURE_COLUMNS.map((k) => figureCell(f[k], k)),
  ...eventCells(f.events),
];
/** The column titles of figureCells. */
const figureTitles = (locale: ReportLocale) => [
  ...FIGURE_COLUMNS.map((k) => LABELS[locale].figures[k]),
  ...EVENT_FIGURES.map((k) => LABELS[locale].events[k]),
];
const FIGURE_COUNT = FIGURE_COLUMNS.length + EVENT_FIGURES.length;

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
      header([l.space, l.town, l.month, ...figureTitles(locale)]),
      ...rows.map((r): Row => [text(r.spaceName), text(r.town), text(r.month), ...figureCells(r)]),
    ],
    columns: widths([28, 18, 10], 16, FIGURE_COUNT),
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
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** The month's events by kind with their attendance rate, and a total row. */
function eventsSheet(report: MonthlyReport, locale: ReportLocale): FileSheet {
  const l = LABELS[locale];
  const row = (label: Cell, e: EventFigures): Row => [
    label,
    ...eventCells(e),
    number(ratio(e.attended, e.registered), PERCENT),
  ];
  return {
    sheet: l.sheets.events,
    data: [
      header([l.kind, ...EVENT_FIGURES.map((k) => l.events[k]), l.attendanceRate]),
      ...report.eventsByKind.map((e) => row(text(l.kinds[e.kind as keyof typeof l.kinds] ?? e.kind), e)),
      row(text(l.total, true), report.events),
    ],
    columns: widths([20], 18, EVENT_FIGURES.length + 1),
  };
}

function eventGroupsSheet(report: MonthlyReport, locale: ReportLocale): FileSheet {
  const l = LABELS[locale];
  return {
    sheet: l.sheets.eventGroups,
    data: [
      header([l.group, l.people, l.registrations, l.attended]),
      ...report.eventsByGroup.map((g): Row => [
        text(l.groups[g.group as keyof typeof l.groups] ?? g.group),
        number(g.people, COUNT),
        number(g.registrations, COUNT),
        number(g.attended, COUNT),
      ]),
    ],
    columns: widths([32], 14, 3),
  };
}

/** Each room: seats, available, booked and event hours, and the share in use. */
function roomsSheet(report: MonthlyReport, locale: ReportLocale): FileSheet {
  const l = LABELS[locale];
  return {
    sheet: l.sheets.rooms,
    data: [
      header([l.room, l.seats, l.roomAvailable, l.roomBooked, l.roomEvents, l.roomUse]),
      ...report.rooms.map((r): Row => [
        text(r.name),
        r.seats === null ? null : number(r.seats, COUNT),
        number(r.availableHours, HOURS),
        number(r.bookedHours, HOURS),
        number(r.eventHours, HOURS),
        number(ratio(r.bookedHours + r.eventHours, r.availableHours), PERCENT),
      ]),
    ],
    columns: widths([28], 16, 5),
  };
}

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
    eventsSheet(report, locale),
    eventGroupsSheet(report, locale),
    roomsSheet(report, locale),
    definitionsSheet(locale),
  ];
  return xlsxWorkbook(sheets);
}

export function usageXlsx(series: readonly MonthFigures[], locale: ReportLocale): Promise<Buffer> {
  return xlsxWorkbook([monthsSheet(series, locale), definitionsSheet(locale)]);
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
      header([l.month, ...figureTitles(locale)]),
      ...season.months.map((m): Row => [text(m.complete ? m.month : `${m.month}${incomplete}`), ...figureCells(m)]),
      [text(`${l.total} ${season.range}`, true), ...figureCells(season.totals)],
    ],
    columns: widths([24], 16, FIGURE_COUNT),
    stickyRowsCount: 1,
  };
  return xlsxWorkbook([monthsSheet(season.series, locale), seasonSheet, definitionsSheet(locale)]);
}
