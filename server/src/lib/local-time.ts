/**
 * All wall-clock logic of PopDesk in one place. A space's IANA zone travels with every call;
 * instants are plain `Date`s (UTC). Calendar dates are `YYYY-MM-DD` strings in the space's zone,
 * wall-clock times are minutes after local midnight (0‥1440, 1440 = `24:00`, the end of the day).
 * DST days are 23 or 25 hours long: intervals are always computed from the local wall clock,
 * never by adding 24 hours.
 */
import { TZDate, tzOffset } from '@date-fns/tz';

export interface Interval {
  start: Date;
  end: Date;
}

export interface OpeningSlot {
  weekday: number;
  opensMinute: number;
  closesMinute: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_RE = /^(\d{2}):(\d{2})$/;
const zoneCache = new Map<string, boolean>();

export function isValidTimeZone(tz: string): boolean {
  let ok = zoneCache.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      ok = tz.includes('/') || tz === 'UTC';
    } catch {
      ok = false;
    }
    zoneCache.set(tz, ok);
  }
  return ok;
}

/** The zone's canonical spelling (`europe/berlin` → `Europe/Berlin`); call after isValidTimeZone. */
export function canonicalTimeZone(tz: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone;
}

function parts(date: string): [number, number, number] {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * A real calendar date (2027-02-30 is not), in 1900‥9998: a day's end is the next midnight, and
 * the day after 9999-12-31 has no `YYYY-MM-DD` form.
 */
export function isValidDate(date: string): boolean {
  const m = DATE_RE.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && y <= 9998 && utc.getUTCMonth() === mo - 1 && utc.getUTCDate() === d;
}

export function parseWallTime(time: string): number {
  const m = WALL_RE.exec(time);
  if (!m) throw new RangeError(`Not a wall-clock time: ${time}`);
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes > 1440 || Number(m[2]) > 59) throw new RangeError(`Not a wall-clock time: ${time}`);
  return minutes;
}

export function formatWallTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday (independent of any zone). */
export function isoWeekday(date: string): number {
  const [y, m, d] = parts(date);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(instant: Date, tz: string): string {
  const z = new TZDate(instant.getTime(), tz);
  return `${String(z.getFullYear()).padStart(4, '0')}-${String(z.getMonth() + 1).padStart(2, '0')}-${String(z.getDate()).padStart(2, '0')}`;
}

const DAY_MS = 86_400_000;

/** The zone's UTC offset at an instant, in whole milliseconds (old local mean times have seconds). */
const offsetMs = (tz: string, instant: number) => Math.round(tzOffset(tz, new Date(instant)) * 60_000);

/**
 * The instant at which a local wall-clock time occurs on a date; 1440 is the next midnight.
 * Computed from the zone's offsets alone, never from the host's zone. Like RFC 5545 and
 * JavaScript's Date: a time that occurs twice (clocks go back) means its first occurrence, and a
 * time that is skipped (clocks go forward) is moved forward by the gap.
 */
export function localInstant(date: string, minute: number, tz: string): Date {
  if (minute === 1440) return localInstant(addDays(date, 1), 0, tz);
  const [y, m, d] = parts(date);
  const wall = Date.UTC(y, m - 1, d, Math.floor(minute / 60), minute % 60);
  // A wall time can only be read with the offset in force just before or just after a change.
  const offsetBefore = offsetMs(tz, wall - DAY_MS);
  const offsetAfter = offsetMs(tz, wall + DAY_MS);
  const readings = [wall - offsetBefore, wall - offsetAfter].filter((t) => t + offsetMs(tz, t) === wall);
  return new Date(readings.length > 0 ? Math.min(...readings) : wall - offsetBefore);
}

/** Start and end (next local midnight) of a local day: 23, 24 or 25 hours apart. */
export function localDay(date: string, tz: string): Interval {
  return { start: localInstant(date, 0, tz), end: localInstant(date, 1440, tz) };
}

/** The opening intervals of one local day as instants, earliest first. */
export function openingIntervals(date: string, slots: readonly OpeningSlot[], tz: string): Interval[] {
  const weekday = isoWeekday(date);
  return slots
    .filter((s) => s.weekday === weekday)
    .sort((a, b) => a.opensMinute - b.opensMinute)
    .map((s) => ({ start: localInstant(date, s.opensMinute, tz), end: localInstant(date, s.closesMinute, tz) }));
}

/** Every local date touched by [start, end). */
export function localDatesCovering(interval: Interval, tz: string): string[] {
  const first = localDateOf(interval.start, tz);
  const last = localDateOf(new Date(interval.end.getTime() - 1), tz);
  const dates = [first];
  while (dates[dates.length - 1]! < last) dates.push(addDays(dates[dates.length - 1]!, 1));
  return dates;
}

/** `intervals` minus `taken`, both sorted or not; result sorted, empty pieces dropped. */
export function subtractIntervals(intervals: readonly Interval[], taken: readonly Interval[]): Interval[] {
  const sortedTaken = [...taken].sort((a, b) => a.start.getTime() - b.start.getTime());
  const out: Interval[] = [];
  for (const iv of intervals) {
    let cursor = iv.start.getTime();
    const end = iv.end.getTime();
    for (const t of sortedTaken) {
      const ts = t.start.getTime();
      const te = t.end.getTime();
      if (te <= cursor || ts >= end) continue;
      if (ts > cursor) out.push({ start: new Date(cursor), end: new Date(ts) });
      cursor = Math.max(cursor, te);
      if (cursor >= end) break;
    }
    if (cursor < end) out.push({ start: new Date(cursor), end: new Date(end) });
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Is `date` within the inclusive [from, until] bounds (null = unbounded)? */
export function dateWithin(date: string, from: string | null, until: string | null): boolean {
  return (from === null || from <= date) && (until === null || date <= until);
}
