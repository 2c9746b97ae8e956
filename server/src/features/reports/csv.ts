/**
 * Reports as CSV, written by csv-stringify (quoting, separators and line ends done right). Two
 * flavours: RFC 4180 (`,`, decimal point, CRLF, no BOM) for tools, and `locale=de` for German
 * Excel (`;`, decimal comma, UTF-8 BOM so that umlauts survive). Figures are rounded to 2 decimals
 * here and only here; the JSON keeps full precision.
 */
import {
  EVENT_FIGURES,
  type EventFigures,
  type MonthFigures,
  type MonthlyReport,
  type SeasonFigures,
  type SeasonMonth,
} from '@popdesk/shared';
import { roundHalfUp, writeCsv } from '../../lib/spreadsheet-cells.js';
import { FIGURE_COLUMNS, HOUR_COLUMNS, PERCENT_COLUMNS } from './report-labels.js';

export interface CsvFormat {
  delimiter: string;
  decimalComma: boolean;
  bom: boolean;
}

export interface CsvQuery {
  locale?: 'en' | 'de';
  delimiter?: ',' | ';' | 'tab';
  decimal?: 'point' | 'comma';
  bom?: boolean;
}

export function csvFormat(q: CsvQuery): CsvFormat {
  const german = q.locale === 'de';
  const delimiter = q.delimiter === 'tab' ? '\t' : (q.delimiter ?? (german ? ';' : ','));
  return { delimiter, decimalComma: q.decimal ? q.decimal === 'comma' : german, bom: q.bom ?? german };
}

export const round2 = (x: number): number => roundHalfUp(x, 2);

function decimal(x: number, f: CsvFormat): string {
  const s = round2(x).toFixed(2);
  return f.decimalComma ? s.replace('.', ',') : s;
}

const TEXT = ['spaceId', 'spaceName', 'town', 'month', 'timezone'] as const;
/** Printed with two decimals; the rest are counts. */
const DECIMALS: readonly string[] = [...HOUR_COLUMNS, ...PERCENT_COLUMNS];
/** The figures in the order they are printed. */
const FIGURES = [...TEXT, ...FIGURE_COLUMNS] as const;

function cell(figures: MonthFigures, key: (typeof FIGURES)[number], f: CsvFormat): string {
  const value = figures[key];
  return typeof value === 'number' && DECIMALS.includes(key) ? decimal(value, f) : String(value);
}

/** The event figures after all others, named `events.held` …; `deskHours` with two decimals. */
const EVENT_KEYS = EVENT_FIGURES.map((k) => `events.${k}`);
const eventCell = (events: EventFigures, key: (typeof EVENT_FIGURES)[number], f: CsvFormat) =>
  key === 'deskHours' ? decimal(events[key], f) : String(events[key]);
const eventCells = (events: EventFigures, f: CsvFormat) => EVENT_FIGURES.map((k) => eventCell(events, k, f));

/**
 * One row a figure: `figure, dimension, key, value` (dimension/key empty for whole-month figures).
 * After the desk figures and their breakdowns come the events (`events.held` …, then by `kind`
 * and by `group`) and the rooms (dimension `room`, key the room's id).
 */
export function monthlyReportCsv(report: MonthlyReport, f: CsvFormat): string {
  const records: string[][] = [['figure', 'dimension', 'key', 'value']];
  for (const key of FIGURES) records.push([key, '', '', cell(report, key, f)]);
  for (const w of report.byWeekday) {
    for (const k of ['availableDeskHours', 'bookedDeskHours', 'occupiedDeskHours'] as const)
      records.push([k, 'weekday', String(w.weekday), decimal(w[k], f)]);
  }
  for (const h of report.byHour) {
    for (const k of ['availableDeskHours', 'bookedDeskHours', 'occupiedDeskHours'] as const)
      records.push([k, 'hour', String(h.hour), decimal(h[k], f)]);
  }
  for (const g of report.byGroup) {
    records.push(['users', 'group', g.group, String(g.users)]);
    records.push(['bookings', 'group', g.group, String(g.bookings)]);
  }
  for (const k of EVENT_FIGURES) records.push([`events.${k}`, '', '', eventCell(report.events, k, f)]);
  for (const e of report.eventsByKind) {
    for (const k of EVENT_FIGURES) records.push([`events.${k}`, 'kind', e.kind, eventCell(e, k, f)]);
  }
  for (const g of report.eventsByGroup) {
    for (const k of ['people', 'registrations', 'attended'] as const)
      records.push([`events.${k}`, 'group', g.group, String(g[k])]);
  }
  for (const r of report.rooms) {
    records.push(['rooms.name', 'room', r.deskId, r.name]);
    records.push(['rooms.seats', 'room', r.deskId, r.seats === null ? '' : String(r.seats)]);
    for (const k of ['availableHours', 'bookedHours', 'eventHours'] as const)
      records.push([`rooms.${k}`, 'room', r.deskId, decimal(r[k], f)]);
  }
  return writeCsv(records, f);
}

/** One row per space and month, one column per figure (the event figures last). */
export function usageCsv(series: readonly MonthFigures[], f: CsvFormat): string {
  return writeCsv(
    [
      [...FIGURES, ...EVENT_KEYS],
      ...series.map((row) => [...FIGURES.map((key) => cell(row, key, f)), ...eventCells(row.events, f)]),
    ],
    f,
  );
}

const SEASON_FIGURES = FIGURE_COLUMNS satisfies readonly (keyof SeasonFigures)[];

/** The season: one row a month (`complete` true/false), and a last row `total` for the range. */
export function seasonCsv(months: readonly SeasonMonth[], totals: SeasonFigures, f: CsvFormat): string {
  const value = (figures: SeasonFigures, key: (typeof SEASON_FIGURES)[number]) =>
    DECIMALS.includes(key) ? decimal(figures[key], f) : String(figures[key]);
  const values = (figures: SeasonFigures) => [
    ...SEASON_FIGURES.map((k) => value(figures, k)),
    ...eventCells(figures.events, f),
  ];
  return writeCsv(
    [
      ['month', 'complete', ...SEASON_FIGURES, ...EVENT_KEYS],
      ...months.map((m) => [m.month, String(m.complete), ...values(m)]),
      ['total', '', ...values(totals)],
    ],
    f,
  );
}
