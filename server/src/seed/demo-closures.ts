/**
 * Closures that show what closures can do beyond a public holiday: the Mölln club needs its
 * clubhouse on the Wednesday afternoon of next week (a partial closure, the morning stays
 * bookable). Its date depends on the day the demo is seeded.
 */
import { randomUUID } from 'node:crypto';
import { addDays, isoWeekday, localDateOf } from '../lib/local-time.js';

export interface DemoClosure {
  spaceKey: string;
  date: string;
  reason: string;
  startsMinute: number;
  endsMinute: number;
  batchId: string;
}

export function demoClosures(now: Date, closed: ReadonlySet<string>): DemoClosure[] {
  const today = localDateOf(now, 'Europe/Berlin');
  let date = addDays(today, 7);
  while (isoWeekday(date) !== 3 || closed.has(`moelln@${date}`)) date = addDays(date, 1);
  return [
    {
      spaceKey: 'moelln',
      date,
      reason: 'Vereinssitzung im Clubhaus',
      startsMinute: 13 * 60,
      endsMinute: 16 * 60,
      batchId: randomUUID(),
    },
  ];
}
