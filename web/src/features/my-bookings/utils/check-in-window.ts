import type { Booking, Closure, OpeningHour } from '@popdesk/shared';

/** What a booking card needs to know of its space. */
export interface SpaceInfo {
  name: string;
  town: string;
  address: string | null;
  timezone: string;
  checkInRequired: boolean;
  releaseAfterMinutes: number;
  /** when it is open (the space list sends these): "book my usual" proposes the next open day */
  openingHours?: OpeningHour[];
  upcomingClosures?: Closure[];
  opensOn?: string | null;
  closesOn?: string | null;
}

const CHECK_IN_OPENS_MS = 15 * 60_000;
export const FALLBACK_TZ = 'Europe/Berlin';

/** When the holder may check in: from 15 minutes before the start until the end (or the release). */
export function checkInWindow(b: Booking, space: SpaceInfo | undefined) {
  const start = Date.parse(b.start);
  const end = Date.parse(b.end);
  const closes = space?.checkInRequired ? Math.min(end, start + space.releaseAfterMinutes * 60_000) : end;
  return { opens: start - CHECK_IN_OPENS_MS, closes };
}
