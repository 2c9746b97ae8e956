import type { AuthUser } from '../../lib/auth-user.js';

/** May this person manage the space (desks, hours, closures, bookings of others, reports)? */
export function canManageSpace(user: AuthUser, spaceId: string): boolean {
  return user.role === 'admin' || (user.role === 'staff' && user.spaceIds.includes(spaceId));
}

export const isAdmin = (user: AuthUser) => user.role === 'admin';
