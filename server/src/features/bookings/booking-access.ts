import type { AuthUser } from '../../lib/auth-user.js';
import { canManageSpace } from '../accounts/access.js';
import type { BookingRow } from './bookings-repo.js';

/** Who may see or change this booking: its holder, its space's staff, admins. */
export function bookingAccess(user: AuthUser, booking: BookingRow): 'owner' | 'manager' | null {
  if (canManageSpace(user, booking.spaceId)) return 'manager';
  if (booking.userId === user.id) return 'owner';
  return null;
}
