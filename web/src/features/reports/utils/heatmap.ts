/**
 * Desk-hours per local weekday × clock hour of one month, which the API gives only as two separate
 * profiles (byWeekday, byHour). Computed from the month's bookings and the space's hours, closures
 * and desks with the report's definitions; the caller shows it only when its row and column sums
 * agree with the API's profiles, so a difference in the rules can never show wrong numbers.
 */
import type { Booking, MonthlyReport, SpaceDetail } from '@popdesk/shared';
import { withoutWindow } from '../../../lib/closure-window';
import { addDays, isoWeekday, minutesOfDay, zonedInstant } from '../../../lib/dates';
import { addMonths } from './months';

export type HeatmapSpace = Pick<
  SpaceDetail,
  'timezone' | 'opensOn' | 'closesOn' | 'openingHours' | 'closures' | 'desks'
>;

export interface HeatCell {
  available: number;
  booked: number;
}
/** [weekday 1–7][hour 0–23] */
export type Heatmap = HeatCell[][];

const HOUR_MS = 3_600_000;
interface Piece {
  start: number;
  end: number;
  weekday: number;
  desks: number;
}

/** The month's local dates. */
export function monthDates(month: string): string[] {
  const dates: string[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) dates.push(d);
  return dates;
}

/** The open intervals of every open day of the month, with that day's weekday and active desks. */
function openPieces(space: HeatmapSpace, month: string): Piece[] {
  const closed = new Set(space.closures.filter((c) => !c.starts || !c.ends).map((c) => c.date));
  /** partial closures: the window is taken out of that day's opening intervals, as the report does */
  const windows = new Map(space.closures.filter((c) => c.starts && c.ends).map((c) => [c.date, c] as const));
  const pieces: Piece[] = [];
  for (const date of monthDates(month)) {
    if ((space.opensOn && date < space.opensOn) || (space.closesOn && date > space.closesOn) || closed.has(date))
      continue;
    const weekday = isoWeekday(date);
    const desks = space.desks.filter(
      (d) => (!d.activeFrom || d.activeFrom <= date) && (!d.activeUntil || date <= d.activeUntil),
    ).length;
    const window = windows.get(date);
    const dayHours = space.openingHours.filter((o) => o.weekday === weekday);
    for (const h of window ? withoutWindow(dayHours, window.starts!, window.ends!) : dayHours) {
      pieces.push({
        start: zonedInstant(date, h.opens, space.timezone).getTime(),
        end: zonedInstant(date, h.closes, space.timezone).getTime(),
        weekday,
        desks,
      });
    }
  }
  return pieces;
}

/** Adds [start, end) to the cells of its local clock hours (real elapsed time, DST included). */
function addByHour(
  map: Heatmap,
  weekday: number,
  start: number,
  end: number,
  tz: string,
  key: keyof HeatCell,
  factor: number,
) {
  for (let t = start; t < end;) {
    const minute = minutesOfDay(t, tz);
    const next = Math.min(end, t + (60 - (minute % 60)) * 60_000 - (t % 60_000));
    map[weekday - 1]![Math.floor(minute / 60)]![key] += ((next - t) / HOUR_MS) * factor;
    t = next;
  }
}

export function weekdayHourMap(
  space: HeatmapSpace,
  month: string,
  bookings: Pick<Booking, 'start' | 'end' | 'status'>[],
): Heatmap {
  const map: Heatmap = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => ({ available: 0, booked: 0 })));
  const tz = space.timezone;
  const pieces = openPieces(space, month);
  for (const p of pieces) addByHour(map, p.weekday, p.start, p.end, tz, 'available', p.desks);
  const monthStart = zonedInstant(`${month}-01`, '00:00', tz).getTime();
  const monthEnd = zonedInstant(`${addMonths(month, 1)}-01`, '00:00', tz).getTime();
  for (const b of bookings) {
    if (b.status !== 'confirmed' && b.status !== 'checked_in') continue;
    const start = Math.max(Date.parse(b.start), monthStart);
    const end = Math.min(Date.parse(b.end), monthEnd);
    for (const p of pieces) {
      const s = Math.max(start, p.start);
      const e = Math.min(end, p.end);
      if (s < e) addByHour(map, p.weekday, s, e, tz, 'booked', 1);
    }
  }
  return map;
}

/** Whether the matrix adds up to the API's weekday and hour profiles (to the hundredth of an hour). */
export function agreesWith(map: Heatmap, report: Pick<MonthlyReport, 'byWeekday' | 'byHour'>): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) < 0.01;
  const byWeekday = report.byWeekday.every((w) => {
    const row = map[w.weekday - 1]!;
    return (
      close(
        row.reduce((s, c) => s + c.available, 0),
        w.availableDeskHours,
      ) &&
      close(
        row.reduce((s, c) => s + c.booked, 0),
        w.bookedDeskHours,
      )
    );
  });
  const byHour = report.byHour.every((h) => {
    const column = map.map((row) => row[h.hour]!);
    return (
      close(
        column.reduce((s, c) => s + c.available, 0),
        h.availableDeskHours,
      ) &&
      close(
        column.reduce((s, c) => s + c.booked, 0),
        h.bookedDeskHours,
      )
    );
  });
  return byWeekday && byHour;
}
