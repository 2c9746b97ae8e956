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
/*
 * Text fields refuse control characters: C0 (NUL, CR, LF, TAB, ESC …), DEL and C1. A CR/LF in a
 * name would split an e-mail header, a CSV row or a log line; NUL and ESC have no business in text.
 * Multi-line fields (descriptions) allow line feed and tab, nothing else.
 */
const SINGLE_LINE_CHARS = '[^\\u0000-\\u001F\\u007F-\\u009F]';
const MULTILINE_CHARS = '[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F]';
/** Something visible, no control characters (the look-ahead is linear: anchored at the start). */
export const TEXT_PATTERN = `^(?=[\\s\\S]*\\S)${SINGLE_LINE_CHARS}*$`;
/** No control characters; may be empty. */
export const SINGLE_LINE_PATTERN = `^${SINGLE_LINE_CHARS}*$`;
/** No control characters except line feed (\\n) and tab (\\t); may be empty. */
export const MULTILINE_PATTERN = `^${MULTILINE_CHARS}*$`;
/** What a validation error says instead of "must match pattern …" (plugins/errors.ts). */
export const TEXT_PATTERN_MESSAGES: Readonly<Record<string, string>> = {
  [TEXT_PATTERN]: 'must contain visible text and no control characters (line breaks, tabs, NUL …)',
  [SINGLE_LINE_PATTERN]: 'must not contain control characters (line breaks, tabs, NUL …)',
  [MULTILINE_PATTERN]: 'must not contain control characters other than line breaks (\\n) and tabs',
};

/** Free text on one line that must contain something visible ("   " is not a name). */
export const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: TEXT_PATTERN });
/** Optional text on one line (an address, a reason): may be empty, no control characters. */
export const SingleLineText = (maxLength: number) => Type.String({ maxLength, pattern: SINGLE_LINE_PATTERN });
/** Text of several lines (a description, a message): line feeds and tabs, no other control characters. */
export const MultilineText = (maxLength: number) => Type.String({ maxLength, pattern: MULTILINE_PATTERN });
export const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
