/**
 * Opening hours for people: a compact weekly summary ("Mo–Fr 08:00–18:00") and whether a space
 * is open right now, all in the space's own time zone.
 */
import type { OpeningHour, SpaceDetail } from '@popdesk/shared';
import { withoutWindow, type OpenInterval } from '../../../lib/closure-window';
import { addDays, isoWeekday, minutesOfDay, todayIn } from '../../../lib/dates';

const toMinutes = (t: string) => {
  const [h, m] = t.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

export interface WeekdayGroup {
  from: number;
  to: number;
  /** "08:00–12:00, 13:00–18:00" */
  intervals: string[];
}

/** Consecutive weekdays with the same hours are merged; days without hours are left out. */
export function summariseHours(hours: OpeningHour[]): WeekdayGroup[] {
  const byDay = new Map<number, string[]>();
  for (const h of [...hours].sort((a, b) => a.weekday - b.weekday || toMinutes(a.opens) - toMinutes(b.opens))) {
    byDay.set(h.weekday, [...(byDay.get(h.weekday) ?? []), `${h.opens}–${h.closes}`]);
  }
  const groups: WeekdayGroup[] = [];
  for (let day = 1; day <= 7; day++) {
    const intervals = byDay.get(day);
    if (!intervals) continue;
    const last = groups[groups.length - 1];
    if (last && last.to === day - 1 && last.intervals.join() === intervals.join()) last.to = day;
    else groups.push({ from: day, to: day, intervals });
  }
  return groups;
}

export type OpenState =
  | { kind: 'open'; until: string }
  | { kind: 'closed'; next: { date: string; opens: string } | null }
  | { kind: 'not-yet'; opensOn: string }
  | { kind: 'ended' };

const withinLife = (date: string, s: Pick<SpaceDetail, 'opensOn' | 'closesOn'>) =>
  (!s.opensOn || s.opensOn <= date) && (!s.closesOn || date <= s.closesOn);

/** Whether the space is open at `now`, and if not, when it opens next (within two weeks). */
export function openState(
  space: Pick<SpaceDetail, 'timezone' | 'opensOn' | 'closesOn' | 'openingHours' | 'closures'>,
  now: Date,
): OpenState {
  const today = todayIn(space.timezone, now);
  if (space.closesOn && today > space.closesOn) return { kind: 'ended' };
  const closures = new Map(space.closures.map((c) => [c.date, c]));
  const minute = minutesOfDay(now, space.timezone);
  const intervalsOn = (date: string): OpenInterval[] => {
    const closure = closures.get(date);
    if (!withinLife(date, space) || (closure && !closure.starts)) return [];
    const hours = space.openingHours
      .filter((h) => h.weekday === isoWeekday(date))
      .sort((a, b) => toMinutes(a.opens) - toMinutes(b.opens));
    return closure?.starts && closure.ends ? withoutWindow(hours, closure.starts, closure.ends) : hours;
  };
  const current = intervalsOn(today).find((h) => toMinutes(h.opens) <= minute && minute < toMinutes(h.closes));
  if (current) return { kind: 'open', until: current.closes };
  if (space.opensOn && today < space.opensOn) return { kind: 'not-yet', opensOn: space.opensOn };
  for (let i = 0; i < 14; i++) {
    const date = addDays(today, i);
    const next = intervalsOn(date).find((h) => i > 0 || toMinutes(h.opens) > minute);
    if (next) return { kind: 'closed', next: { date, opens: next.opens } };
  }
  return { kind: 'closed', next: null };
}
