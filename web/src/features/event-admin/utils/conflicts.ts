/** The bookings that stand in an event's way: the `conflicts` of a 409 `event-places-booked`. */
import { isApiError } from '../../../lib/api-client';

export interface PlaceConflict {
  bookingId: string;
  deskId: string;
  deskName: string;
  start: string;
  end: string;
  /** the holder (or walk-in guest): staff of the space and admins only */
  userName?: string | null;
}

const isConflict = (c: unknown): c is PlaceConflict =>
  !!c &&
  typeof c === 'object' &&
  typeof (c as PlaceConflict).bookingId === 'string' &&
  typeof (c as PlaceConflict).start === 'string' &&
  typeof (c as PlaceConflict).end === 'string';

/** The conflicting bookings of an error, or null when it is not about booked places. */
export function placeConflicts(error: unknown): PlaceConflict[] | null {
  if (!isApiError(error) || error.status !== 409 || error.slug !== 'event-places-booked') return null;
  const list = (error.problem as { conflicts?: unknown }).conflicts;
  return Array.isArray(list) ? list.filter(isConflict) : [];
}
