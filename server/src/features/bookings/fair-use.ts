/**
 * Fair use of a space (contract "Fair use (space fields)"): a person's own booking lasts at least
 * `minBookingMinutes`, and one person holds at most `maxFutureBookingsPerPerson` counting bookings
 * of the space that have not ended. Staff and admins booking for someone else (or a guest) are
 * exempt. The count is taken under a per-person-per-space advisory lock held to the end of the
 * booking's transaction, so that concurrent requests of one person are counted one after another:
 * a count and an insert in one statement would not see a booking committed while it waited.
 */
import type { Db } from '../../db/client.js';
import type { Interval } from '../../lib/local-time.js';
import { HttpProblem } from '../../lib/problems.js';
import type { SpaceRow } from '../spaces/spaces-repo.js';
import { lockAndCountUpcoming } from './bookings-repo.js';

/** Whether the fair-use rules bind this booking: the person books for themselves. */
export const fairUseApplies = (actorId: string, holderId: string | null) => holderId !== null && holderId === actorId;

export function checkMinimumLength(space: Pick<SpaceRow, 'minBookingMinutes'>, interval: Interval): void {
  const minutes = (interval.end.getTime() - interval.start.getTime()) / 60_000;
  if (minutes < space.minBookingMinutes) {
    throw new HttpProblem(
      422,
      'booking-too-short',
      'Booking too short',
      `Bookings in this space last at least ${space.minBookingMinutes} minutes.`,
      { minimum: space.minBookingMinutes },
    );
  }
}

export const tooManyBookings = (limit: number) =>
  new HttpProblem(
    422,
    'too-many-bookings',
    'Too many bookings',
    `You already hold ${limit} upcoming bookings in this space; it allows no more.`,
    { limit },
  );

/** Whether `adding` more bookings would break the space's limit, counted under the lock. */
export async function checkUpcomingLimit(
  tx: Db,
  space: Pick<SpaceRow, 'id' | 'maxFutureBookingsPerPerson'>,
  userId: string,
  now: Date,
): Promise<void> {
  const limit = space.maxFutureBookingsPerPerson;
  if (limit === null) return;
  if ((await lockAndCountUpcoming(tx, userId, space.id, now)) >= limit) throw tooManyBookings(limit);
}
