/**
 * Dates and times as the mails write them: the space's local wall clock, in the reader's language.
 * Making an Intl.DateTimeFormat costs far more than using one, so one per zone, language and shape
 * is kept.
 */
import type { Locale } from '../calendar/ics.js';

const formats = new Map<string, Intl.DateTimeFormat>();
const cached = (key: string, make: () => Intl.DateTimeFormat) => {
  let f = formats.get(key);
  if (!f) formats.set(key, (f = make()));
  return f;
};

/** "09:00" in the zone `tz`. */
export const wallTime = (d: Date, tz: string) =>
  cached(
    `wall|${tz}`,
    () => new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ).format(d);

/** "Dienstag, 2. November 2027" (`long`) or "Di., 2. November 2027" (`short`) in the zone `tz`. */
export const mailDate = (d: Date, tz: string, locale: Locale, weekday: 'long' | 'short' = 'long') =>
  cached(
    `${weekday}|${tz}|${locale}`,
    () =>
      new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
        timeZone: tz,
        weekday,
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
  ).format(d);
