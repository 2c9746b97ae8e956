/**
 * Public holidays of a German state (the `date-holidays` package), which the demo spaces keep as
 * closures: 3 October 2022 in Hesse closes the pop-up, 31 October closes Mölln and Dippoldiswalde.
 *
 * The package carries every country's holidays (about 30 MB of memory and a few hundred
 * milliseconds to load) and only seeding needs it: it is loaded on first use, not with the server.
 */
import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';
import type { StateCode } from './towns.js';

const require = createRequire(import.meta.url);
let Holidays: typeof HolidaysClass | null = null;

export interface Holiday {
  date: string;
  name: string;
}

/** Statutory public holidays of `state` with from ≤ date ≤ to (dates `YYYY-MM-DD`). */
export function publicHolidays(state: StateCode, from: string, to: string): Holiday[] {
  Holidays ??= require('date-holidays') as typeof HolidaysClass; // (its CommonJS build: the class itself)
  const calendar = new Holidays('DE', state, { types: ['public'] });
  const out: Holiday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const h of calendar.getHolidays(year)) {
      const date = h.date.slice(0, 10);
      if (h.type === 'public' && from <= date && date <= to) out.push({ date, name: h.name });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
