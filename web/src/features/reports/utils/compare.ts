/** The space comparison's figures: one space's rows, its value per month and over the period, and the ranking. */
import type { TFunction } from 'i18next';
import type { MonthFigures } from '@popdesk/shared';
import { ratio } from './numbers';

export const METRICS = [
  'utilisation',
  'occupancy',
  'bookings',
  'uniqueUsers',
  'noShows',
  'turnedAway',
  'eventsHeld',
  'eventsAttended',
] as const;
export type Metric = (typeof METRICS)[number];
type EventMetric = Extract<Metric, 'eventsHeld' | 'eventsAttended'>;
const EVENT_METRICS = { eventsHeld: 'held', eventsAttended: 'attended' } as const satisfies Record<EventMetric, string>;
const isEventMetric = (metric: Metric): metric is EventMetric => metric in EVENT_METRICS;

/** A metric's name: desk figures as on the report, event figures as events. */
export const metricLabel = (metric: Metric, t: TFunction) =>
  isEventMetric(metric) ? t(`reports.events.metric.${metric}`) : t(`reports.kpi.${metric}`);

/** One row's figure; the event figures sit in the row's `events`. */
const valueOf = (row: MonthFigures, metric: Metric) =>
  isEventMetric(metric) ? row.events[EVENT_METRICS[metric]] : row[metric];
export const RATIOS: Metric[] = ['utilisation', 'occupancy'];
/** Lines (or bars) a chart can hold and still be read; with more spaces it shows the highest and lowest half each. */
export const CHART_MAX_SPACES = 10;

export interface SpaceRows {
  id: string;
  name: string;
  town: string;
  rows: MonthFigures[];
}

const sum = (rows: MonthFigures[], k: keyof MonthFigures) => rows.reduce((s, r) => s + (r[k] as number), 0);

/** The rows grouped by space, spaces ordered by town and name. */
export function bySpace(rows: MonthFigures[]): SpaceRows[] {
  const spaces = new Map<string, SpaceRows>();
  for (const row of rows) {
    const entry = spaces.get(row.spaceId) ?? { id: row.spaceId, name: row.spaceName, town: row.town, rows: [] };
    entry.rows.push(row);
    spaces.set(row.spaceId, entry);
  }
  return [...spaces.values()].sort((a, b) => a.town.localeCompare(b.town) || a.name.localeCompare(b.name));
}

/** One month's figure of a space; null when the space has no row for it. */
export function monthValue(rows: MonthFigures[], month: string, metric: Metric): number | null {
  const row = rows.find((r) => r.month === month);
  return row ? valueOf(row, metric) : null;
}

/** The whole period's figure of one space: ratios from the summed hours, counts summed. */
export function periodValue(rows: MonthFigures[], metric: Metric): number {
  if (metric === 'utilisation') return ratio(sum(rows, 'bookedDeskHours'), sum(rows, 'availableDeskHours'));
  if (metric === 'occupancy') return ratio(sum(rows, 'occupiedDeskHours'), sum(rows, 'availableDeskHours'));
  return rows.reduce((s, r) => s + valueOf(r, metric), 0);
}

/** The spaces by their period figure, highest first. */
export const ranking = (spaces: SpaceRows[], metric: Metric) =>
  spaces
    .map((s) => ({ id: s.id, label: s.name, value: periodValue(s.rows, metric) }))
    .sort((a, b) => b.value - a.value);

/** A state-wide comparison has hundreds of spaces: the chart shows the ends, the table all of them. */
export const chartEnds = <T>(ranked: T[], max = CHART_MAX_SPACES): T[] =>
  ranked.length > max ? [...ranked.slice(0, max / 2), ...ranked.slice(-max / 2)] : ranked;
