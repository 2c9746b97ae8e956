/**
 * A partial closure (`starts`–`ends`, local wall clock) takes its window out of a day's opening
 * intervals, as the server does (server/src/features/spaces/closure-window.ts): "open now" and
 * the report heatmap both cut it here.
 */
import type { OpeningHour } from '@popdesk/shared';

const toMinutes = (t: string) => {
  const [h, m] = t.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

export type OpenInterval = Pick<OpeningHour, 'opens' | 'closes'>;

/** A day's intervals less a partial closure's window (`starts`–`ends`): what lies before and after it. */
export function withoutWindow(hours: OpenInterval[], starts: string, ends: string): OpenInterval[] {
  const [s, e] = [toMinutes(starts), toMinutes(ends)];
  const out: OpenInterval[] = [];
  for (const h of hours) {
    const [o, c] = [toMinutes(h.opens), toMinutes(h.closes)];
    if (o < Math.min(c, s)) out.push({ opens: h.opens, closes: c <= s ? h.closes : starts });
    if (Math.max(o, e) < c) out.push({ opens: o >= e ? h.opens : ends, closes: h.closes });
  }
  return out;
}
