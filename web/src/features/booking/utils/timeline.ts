/**
 * The arithmetic behind the day view, on instants (ms since epoch): a desk's day split into
 * free / taken / closed / past segments, the quick choices (morning, afternoon, whole opening
 * time), the time steps for a custom range, and whether a range fits a desk's free time.
 */
export interface Iv {
  start: number;
  end: number;
}
export type SegmentKind = 'free' | 'taken' | 'closed' | 'past';
export interface Segment extends Iv {
  kind: SegmentKind;
}

export const STEP_MINUTES = 15;
const STEP_MS = STEP_MINUTES * 60_000;

export const toIv = (i: { start: string; end: string }): Iv => ({ start: Date.parse(i.start), end: Date.parse(i.end) });

/** Now rounded down to the step: a booking may start in the current quarter hour. */
export const bookableFrom = (now: number) => Math.floor(now / STEP_MS) * STEP_MS;

/** Free time that can still be booked (not ended, clipped at the current quarter hour). */
export function bookable(free: Iv[], now: number): Iv[] {
  const from = bookableFrom(now);
  return free
    .filter((f) => f.end > now)
    .map((f) => ({ start: Math.max(f.start, from), end: f.end }))
    .filter((f) => f.end > f.start);
}

export const containsRange = (ivs: Iv[], r: Iv) => ivs.some((i) => i.start <= r.start && r.end <= i.end);

/** The segments of one desk across the day's frame (first opening to last closing). */
export function deskSegments(open: Iv[], free: Iv[], now: number): Segment[] {
  const segments: Segment[] = [];
  const push = (kind: SegmentKind, start: number, end: number) => {
    if (end <= start) return;
    const last = segments[segments.length - 1];
    if (last && last.kind === kind && last.end === start) last.end = end;
    else segments.push({ kind, start, end });
  };
  const sortedOpen = [...open].sort((a, b) => a.start - b.start);
  const sortedFree = [...free].sort((a, b) => a.start - b.start);
  sortedOpen.forEach((o, i) => {
    const prev = sortedOpen[i - 1];
    if (prev) push('closed', prev.end, o.start);
    let cursor = o.start;
    for (const f of sortedFree) {
      const s = Math.max(f.start, o.start);
      const e = Math.min(f.end, o.end);
      if (e <= s) continue;
      push('taken', cursor, s);
      // free time before now cannot be booked any more
      if (s < now) push('past', s, Math.min(e, now));
      push('free', Math.max(s, now), e);
      cursor = e;
    }
    push('taken', cursor, o.end);
  });
  return segments;
}

export const frameOf = (open: Iv[]): Iv | null =>
  open.length === 0 ? null : { start: Math.min(...open.map((o) => o.start)), end: Math.max(...open.map((o) => o.end)) };

export type QuickChoice = 'morning' | 'afternoon' | 'whole';

/**
 * Morning = the opening time before noon, afternoon = after noon, whole = the whole opening
 * time (only when the day has one opening interval, since a booking lies in one interval).
 * Each is clipped to what can still be booked today.
 */
export function quickChoices(open: Iv[], noon: number, now: number): Partial<Record<QuickChoice, Iv>> {
  const sorted = [...open].sort((a, b) => a.start - b.start);
  const from = bookableFrom(now);
  const clip = (iv: Iv | undefined): Iv | undefined => {
    if (!iv) return undefined;
    const r = { start: Math.max(iv.start, from), end: iv.end };
    return r.end > r.start && r.end > now ? r : undefined;
  };
  const morningSrc = sorted.find((o) => o.start < noon);
  const afternoonSrc = [...sorted].reverse().find((o) => o.end > noon);
  const result: Partial<Record<QuickChoice, Iv>> = {};
  const morning = clip(morningSrc && { start: morningSrc.start, end: Math.min(morningSrc.end, noon) });
  const afternoon = clip(afternoonSrc && { start: Math.max(afternoonSrc.start, noon), end: afternoonSrc.end });
  if (morning) result.morning = morning;
  if (afternoon) result.afternoon = afternoon;
  if (sorted.length === 1) {
    const whole = clip(sorted[0]);
    // "whole" equal to morning or afternoon alone adds nothing
    if (
      whole &&
      !(morning && whole.start === morning.start && whole.end === morning.end) &&
      !(afternoon && whole.start === afternoon.start && whole.end === afternoon.end)
    ) {
      result.whole = whole;
    }
  }
  return result;
}

/** Possible start times: every step inside an opening interval that has not ended. */
export function startOptions(open: Iv[], now: number): number[] {
  const from = bookableFrom(now);
  const out: number[] = [];
  for (const o of [...open].sort((a, b) => a.start - b.start)) {
    for (let t = o.start; t < o.end; t = nextStep(t)) if (t >= from) out.push(t);
  }
  return out;
}

/** Possible end times for a start: later steps in the same opening interval, and its closing time. */
export function endOptions(open: Iv[], start: number): number[] {
  const o = open.find((i) => i.start <= start && start < i.end);
  if (!o) return [];
  const out: number[] = [];
  for (let t = nextStep(start); t < o.end; t = nextStep(t)) out.push(t);
  out.push(o.end);
  return out;
}

/** The next multiple of the step (opening times off the grid snap onto it). */
const nextStep = (t: number) => (Math.floor(t / STEP_MS) + 1) * STEP_MS;

export const minutesBetween = (iv: Iv) => Math.round((iv.end - iv.start) / 60_000);
