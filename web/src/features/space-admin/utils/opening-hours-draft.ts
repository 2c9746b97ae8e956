/**
 * The opening-hours editor's working copy: intervals per ISO weekday, each with a stable key for
 * React and for its error messages. The same rules as the server (opens before closes, no two
 * intervals of a day overlapping) are checked here so that people see them before sending.
 */
import { DAY_MINUTES, type OpeningHour } from '@popdesk/shared';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type IsoWeekday = (typeof WEEKDAYS)[number];

export interface DraftInterval {
  key: string;
  opens: string;
  closes: string;
}
export type HoursDraft = Record<IsoWeekday, DraftInterval[]>;

export type IntervalProblem = { kind: 'order' } | { kind: 'overlap'; with: DraftInterval };

export const toMinutes = (time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
export const fromMinutes = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** 00:00, 00:15 … 24:00: the times one can choose (24:00 = midnight at the end of the day). */
export const TIME_STEP = 15;
export const timeOptions = (step = TIME_STEP) =>
  Array.from({ length: DAY_MINUTES / step + 1 }, (_, i) => fromMinutes(i * step));

let counter = 0;
export const newKey = () => `iv-${++counter}`;

const byOpens = (a: { opens: string }, b: { opens: string }) => toMinutes(a.opens) - toMinutes(b.opens);

export function toDraft(hours: OpeningHour[]): HoursDraft {
  const draft = Object.fromEntries(WEEKDAYS.map((d) => [d, [] as DraftInterval[]])) as HoursDraft;
  for (const h of [...hours].sort(byOpens))
    draft[h.weekday as IsoWeekday]?.push({ key: newKey(), opens: h.opens, closes: h.closes });
  return draft;
}

/** What PUT /opening-hours receives: every interval, sorted by day and time. */
export function fromDraft(draft: HoursDraft): OpeningHour[] {
  return WEEKDAYS.flatMap((weekday) =>
    [...draft[weekday]].sort(byOpens).map(({ opens, closes }) => ({ weekday, opens, closes })),
  );
}

/** A sensible next interval for a day: an hour after its last one closes, else 09:00–17:00. */
export function nextInterval(day: DraftInterval[]): DraftInterval {
  if (day.length === 0) return { key: newKey(), opens: '09:00', closes: '17:00' };
  const lastClose = Math.max(...day.map((i) => toMinutes(i.closes)));
  const opens = Math.min(lastClose + 60, DAY_MINUTES - 60);
  return { key: newKey(), opens: fromMinutes(opens), closes: fromMinutes(Math.min(opens + 4 * 60, DAY_MINUTES)) };
}

/** Problems by interval key; an interval that overlaps names the first one it overlaps. */
export function validateDraft(draft: HoursDraft): Map<string, IntervalProblem> {
  const problems = new Map<string, IntervalProblem>();
  for (const weekday of WEEKDAYS) {
    const day = draft[weekday];
    for (const iv of day) {
      if (toMinutes(iv.opens) >= toMinutes(iv.closes)) {
        problems.set(iv.key, { kind: 'order' });
        continue;
      }
      const other = day.find(
        (o) =>
          o.key !== iv.key &&
          toMinutes(o.opens) < toMinutes(o.closes) &&
          toMinutes(o.opens) < toMinutes(iv.closes) &&
          toMinutes(iv.opens) < toMinutes(o.closes),
      );
      if (other) problems.set(iv.key, { kind: 'overlap', with: other });
    }
  }
  return problems;
}

/** Whether the draft says the same as the saved hours (nothing to save). */
export const sameHours = (draft: HoursDraft, saved: OpeningHour[]) =>
  JSON.stringify(fromDraft(draft)) === JSON.stringify(fromDraft(toDraft(saved)));

/** Copies one day's intervals to other days (new keys, so each can be edited on its own). */
export function copyDay(draft: HoursDraft, from: IsoWeekday, to: IsoWeekday[]): HoursDraft {
  const next = { ...draft };
  for (const d of to) if (d !== from) next[d] = draft[from].map((iv) => ({ ...iv, key: newKey() }));
  return next;
}
