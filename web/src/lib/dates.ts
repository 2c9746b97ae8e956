/**
 * Date and time in a space's IANA zone. Instants travel as UTC; what people see is the space's
 * local wall-clock time (24-hour), and dates in the user's language (21.06.2022 in German).
 */
import { TZDate } from '@date-fns/tz';
import { addDays as dfAddDays, format, parseISO } from 'date-fns';
import { de as dfDe } from 'date-fns/locale/de';
import { enGB } from 'date-fns/locale/en-GB';
import type { Language } from './i18n';

export const dateFnsLocale = (lng: Language) => (lng === 'de' ? dfDe : enGB);

/** The local calendar date `YYYY-MM-DD` of an instant in a zone. */
export function localDate(instant: Date | string | number, tz: string): string {
  return format(new TZDate(new Date(instant).getTime(), tz), 'yyyy-MM-dd');
}

export const todayIn = (tz: string, now: Date = new Date()) => localDate(now, tz);

/** Minutes since local midnight of an instant (0…1440). */
export function minutesOfDay(instant: Date | string | number, tz: string): number {
  const d = new TZDate(new Date(instant).getTime(), tz);
  return d.getHours() * 60 + d.getMinutes();
}

/** The instant of a local wall-clock time (`HH:MM`, `24:00` allowed) on a local date. */
export function zonedInstant(date: string, time: string, tz: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, min, tz).getTime());
}

/** `HH:MM` of an instant in a zone. */
export const wallTime = (instant: Date | string | number, tz: string) =>
  format(new TZDate(new Date(instant).getTime(), tz), 'HH:mm');

/** `YYYY-MM-DD` plus n days (calendar arithmetic, no zone involved). */
export function addDays(date: string, n: number): string {
  return format(dfAddDays(parseISO(date), n), 'yyyy-MM-dd');
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
export function isoWeekday(date: string): number {
  const d = parseISO(date).getDay();
  return d === 0 ? 7 : d;
}

/** The viewer's own zone, for instants that belong to no space (e-mails, webhook deliveries). */
export const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export const isValidDate = (v: string | null | undefined): v is string =>
  !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(parseISO(v).getTime());

/** Formatting bound to a language. */
export function formatters(lng: Language) {
  const locale = dateFnsLocale(lng);
  return {
    /** 21.06.2022 / 21/06/2022 */
    date: (date: string) => format(parseISO(date), 'P', { locale }),
    /** Dienstag, 21.06.2022 */
    dayLong: (date: string) => format(parseISO(date), 'EEEE, P', { locale }),
    /** Di., 21.06. */
    dayShort: (date: string) => format(parseISO(date), lng === 'de' ? 'EEEEEE., dd.MM.' : 'EEE, dd/MM', { locale }),
    /** Di., 21.06.2022 */
    dayShortYear: (date: string) => format(parseISO(date), lng === 'de' ? 'EEEEEE., P' : 'EEE, P', { locale }),
    weekdayShort: (isoDay: number) => format(dfAddDays(parseISO('2024-01-01'), isoDay - 1), 'EEEEEE', { locale }),
    weekdayLong: (isoDay: number) => format(dfAddDays(parseISO('2024-01-01'), isoDay - 1), 'EEEE', { locale }),
    /** 09:00 in the zone */
    time: (instant: Date | string | number, tz: string) => wallTime(instant, tz),
    /** 09:00–12:00 */
    timeRange: (start: Date | string | number, end: Date | string | number, tz: string) =>
      `${wallTime(start, tz)}–${wallTime(end, tz)}`,
    /** Local date of an instant, formatted */
    dateOf: (instant: Date | string | number, tz: string) =>
      format(new TZDate(new Date(instant).getTime(), tz), 'P', { locale }),
    dayLongOf: (instant: Date | string | number, tz: string) =>
      format(new TZDate(new Date(instant).getTime(), tz), 'EEEE, P', { locale }),
    /** 21.06.2022, 09:00:05 in the zone (seconds: log entries a moment apart stay apart) */
    dateTimeOf: (instant: Date | string | number, tz: string) =>
      format(new TZDate(new Date(instant).getTime(), tz), 'P, HH:mm:ss', { locale }),
    /** Duration in minutes as "3 Std. 30 Min." / "3 h 30 min" */
    duration: (minutes: number) => {
      const h = Math.floor(minutes / 60);
      const m = minutes % 60;
      const hs = lng === 'de' ? 'Std.' : 'h';
      const ms = lng === 'de' ? 'Min.' : 'min';
      if (h === 0) return `${m} ${ms}`;
      return m === 0 ? `${h} ${hs}` : `${h} ${hs} ${m} ${ms}`;
    },
  };
}
export type Formatters = ReturnType<typeof formatters>;
