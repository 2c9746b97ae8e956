import { Type } from '@sinclair/typebox';
import { TIME_ZONE_MAX } from './limits.js';

/** Opaque id (UUID). */
export const Id = Type.String({ format: 'uuid', description: 'Opaque id' });
/** RFC 3339 instant with an offset; the API answers in UTC (`Z`). */
export const Instant = Type.String({ format: 'date-time', description: 'RFC 3339 instant with offset' });
/** Calendar date in the space's zone. */
export const LocalDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'Calendar date YYYY-MM-DD',
  examples: ['2027-10-31'],
});
export const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'Month YYYY-MM' });
/** Local wall-clock time; `24:00` is the end of the day. */
export const WallTime = Type.String({
  pattern: '^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$',
  description: 'Local wall-clock time HH:MM (24:00 = end of day)',
});
export const Weekday = Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' });
export const TimeZone = Type.String({
  minLength: 1,
  maxLength: TIME_ZONE_MAX,
  description: 'IANA time zone',
  examples: ['Europe/Berlin'],
});
/** Free text that must contain something visible ("   " is not a name). */
export const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });
export const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
