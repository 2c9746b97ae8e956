/**
 * A fair-use refusal in words: the server's problem carries the space's minimum (`minimum`, for
 * `booking-too-short`) or limit (`limit`, for `too-many-bookings`), and the sentence names it.
 */
import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client';

export function fairUseMessage(error: unknown, t: TFunction): string | null {
  if (!isApiError(error)) return null;
  const extra = error.problem as { minimum?: unknown; limit?: unknown };
  if (error.slug === 'booking-too-short' && typeof extra.minimum === 'number')
    return t('booking.fairUse.tooShort', { count: extra.minimum });
  if (error.slug === 'too-many-bookings' && typeof extra.limit === 'number')
    return t('booking.fairUse.tooMany', { count: extra.limit });
  return null;
}

/** End times a person may choose: at least the space's minimum after the start. */
export const longEnough = (ends: number[], start: number, minBookingMinutes: number) =>
  ends.filter((end) => end - start >= minBookingMinutes * 60_000);
