/**
 * Who may read reports: a space's staff and admins, and analysts (funders, state offices) for
 * every space. Reports hold no personal data, so reading them is all an analyst may do; every
 * other feature keeps deciding with canManageSpace, which gives analysts nothing.
 */
import type { AuthUser } from '../../lib/auth-user.js';
import { forbidden } from '../../lib/problems.js';
import { canManageSpace } from '../accounts/access.js';

/** May this person read the reports of this space? */
export function canReadReports(user: AuthUser, spaceId: string): boolean {
  return user.role === 'analyst' || canManageSpace(user, spaceId);
}

/** The spaces whose reports this person may read: null = every space; coworkers get a 403. */
export function readableSpaces(user: AuthUser): string[] | null {
  if (user.role === 'admin' || user.role === 'analyst') return null;
  if (user.role === 'staff') return user.spaceIds;
  throw forbidden('Reports are for staff, admins and analysts.');
}

export function checkCanReadReports(user: AuthUser, spaceId: string) {
  if (!canReadReports(user, spaceId)) throw forbidden('Reports are for this space’s staff, admins and analysts.');
}
