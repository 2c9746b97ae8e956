import type { Event } from '@popdesk/shared';
import type { Formatters } from '../../../lib/dates';

/** Events without a zone in the answer (never expected) are read in the pilots' zone. */
export const FALLBACK_TZ = 'Europe/Berlin';

export const zoneOf = (event: Pick<Event, 'timezone'>) => event.timezone ?? FALLBACK_TZ;

/** The day and the time range in the space's zone: `{day: "Dienstag, 03.06.2031", range: "09:00–17:00"}`. */
export function whenOf(event: Pick<Event, 'start' | 'end' | 'timezone'>, f: Formatters) {
  const tz = zoneOf(event);
  return { day: f.dayLongOf(event.start, tz), range: f.timeRange(event.start, event.end, tz) };
}
