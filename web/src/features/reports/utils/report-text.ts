/** Labels and the plain-language summaries that stand in for the charts (their text alternative). */
import type { TFunction } from 'i18next';
import type {
  EventKindFigures,
  GroupFigures,
  HourFigures,
  MonthFigures,
  MonthlyReport,
  WeekdayFigures,
} from '@popdesk/shared';
import type { Formatters } from '../../../lib/dates';
import type { NumberFormats } from './numbers';
import { ratio } from './numbers';

const GROUPS = [
  'commuter',
  'freelancer',
  'employee_remote',
  'municipal_staff',
  'student',
  'volunteer',
  'other',
] as const;

export const groupLabel = (group: string, t: TFunction) =>
  (GROUPS as readonly string[]).includes(group) ? t(`groups.${group as (typeof GROUPS)[number]}`) : group;

const EVENT_KINDS = ['workshop', 'trial_day', 'meeting', 'other'] as const;

export const eventKindLabel = (kind: string, t: TFunction) =>
  (EVENT_KINDS as readonly string[]).includes(kind)
    ? t(`reports.events.kind.${kind as (typeof EVENT_KINDS)[number]}`)
    : kind;

/** The kind of event with the most registrations, in words (the text alternative of the kind chart). */
export function eventKindSummary(kinds: EventKindFigures[], t: TFunction, n: NumberFormats) {
  if (kinds.length === 0) return t('reports.events.none');
  const top = [...kinds].sort((a, b) => b.registered - a.registered)[0]!;
  return t('reports.events.kindSummary', {
    count: kinds.length,
    top: eventKindLabel(top.kind, t),
    registered: n.int(top.registered),
    attended: n.int(top.attended),
  });
}

const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;
/** 08:00–09:00 */
export const hourLabel = (hour: number) => `${pad(hour)}–${pad(hour + 1)}`;

/** The part with the highest and lowest booked share among the parts that were open. */
function extremes<T extends { availableDeskHours: number; bookedDeskHours: number }>(parts: T[]) {
  const open = parts
    .filter((p) => p.availableDeskHours > 0)
    .map((p) => ({ p, u: ratio(p.bookedDeskHours, p.availableDeskHours) }));
  if (open.length === 0) return null;
  // on a tie the earlier part (Monday, 08:00) is named
  const top = open.reduce((best, x) => (x.u > best.u ? x : best));
  const low = open.reduce((least, x) => (x.u < least.u ? x : least));
  return { top, low };
}

export function weekdaySummary(days: WeekdayFigures[], t: TFunction, f: Formatters, n: NumberFormats) {
  const e = extremes(days);
  if (!e) return t('reports.summary.nothingOpen');
  return t('reports.summary.weekday', {
    top: f.weekdayLong(e.top.p.weekday),
    topValue: n.percent(e.top.u),
    low: f.weekdayLong(e.low.p.weekday),
    lowValue: n.percent(e.low.u),
  });
}

export function hourSummary(hours: HourFigures[], t: TFunction, n: NumberFormats) {
  const e = extremes(hours);
  if (!e) return t('reports.summary.nothingOpen');
  return t('reports.summary.hour', {
    top: hourLabel(e.top.p.hour),
    topValue: n.percent(e.top.u),
    low: hourLabel(e.low.p.hour),
    lowValue: n.percent(e.low.u),
  });
}

export function groupSummary(groups: GroupFigures[], t: TFunction, n: NumberFormats) {
  if (groups.length === 0) return t('reports.summary.noGroups');
  const top = [...groups].sort((a, b) => b.bookings - a.bookings)[0]!;
  return t('reports.summary.group', {
    count: groups.length,
    top: groupLabel(top.group, t),
    users: n.int(top.users),
    bookings: n.int(top.bookings),
  });
}

export function utilisationSummary(
  series: MonthFigures[],
  month: string,
  t: TFunction,
  n: NumberFormats,
  monthName: (m: string) => string,
) {
  const current = series.find((m) => m.month === month);
  if (!current) return t('reports.summary.noData');
  const best = [...series].sort((a, b) => b.utilisation - a.utilisation)[0]!;
  return t('reports.summary.utilisation', {
    month: monthName(month),
    utilisation: n.percent(current.utilisation),
    occupancy: n.percent(current.occupancy),
    best: monthName(best.month),
    bestValue: n.percent(best.utilisation),
  });
}

export function countsSummary(series: MonthFigures[], t: TFunction, n: NumberFormats) {
  const sum = (k: 'bookings' | 'newUsers' | 'noShows' | 'turnedAway') => series.reduce((s, m) => s + m[k], 0);
  return t('reports.summary.counts', {
    count: series.length,
    months: series.length,
    bookings: n.int(sum('bookings')),
    newUsers: n.int(sum('newUsers')),
    noShows: n.int(sum('noShows')),
    turnedAway: n.int(sum('turnedAway')),
  });
}

/** Every figure of the month as label and value, for the figures table. */
export function figureRows(r: MonthlyReport, t: TFunction, n: NumberFormats): [string, string][] {
  return [
    [t('reports.kpi.openDays'), n.int(r.openDays)],
    [t('reports.kpi.availableDeskHours'), n.hours(r.availableDeskHours)],
    [t('reports.kpi.bookedDeskHours'), n.hours(r.bookedDeskHours)],
    [t('reports.kpi.occupiedDeskHours'), n.hours(r.occupiedDeskHours)],
    [t('reports.kpi.utilisation'), n.percent(r.utilisation)],
    [t('reports.kpi.occupancy'), n.percent(r.occupancy)],
    [t('reports.kpi.bookings'), n.int(r.bookings)],
    [t('reports.kpi.guestBookings'), n.int(r.guestBookings)],
    [t('reports.kpi.cancellations'), n.int(r.cancellations)],
    [t('reports.kpi.noShows'), n.int(r.noShows)],
    [t('reports.kpi.uniqueUsers'), n.int(r.uniqueUsers)],
    [t('reports.kpi.newUsers'), n.int(r.newUsers)],
    [t('reports.kpi.peakConcurrentDesks'), n.int(r.peakConcurrentDesks)],
    [t('reports.kpi.turnedAway'), n.int(r.turnedAway)],
    [t('reports.kpi.turnedAwayAttempts'), n.int(r.turnedAwayAttempts)],
    [t('reports.kpi.waitlistEntries'), n.int(r.waitlistEntries)],
    [t('reports.events.kpi.held'), n.int(r.events.held)],
    [t('reports.events.col.capacity'), n.int(r.events.capacity)],
    [t('reports.events.kpi.registered'), n.int(r.events.registered)],
    [t('reports.events.kpi.attended'), n.int(r.events.attended)],
    [t('reports.events.col.waitlisted'), n.int(r.events.waitlisted)],
    [t('reports.events.col.noShows'), n.int(r.events.noShows)],
    [t('reports.events.kpi.deskHours'), n.hours(r.events.deskHours)],
  ];
}
