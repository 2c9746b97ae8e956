import type { User } from '@popdesk/shared';
import { safeNext } from './require-auth';

/** Where login came from: `next` when a page needed it (always wins), `from` when the person just clicked "log in". */
export interface LoginTargets {
  next: string | null;
  from: string | null;
}

/**
 * The first page after login. A page that asked for the login (`next`) always wins; otherwise
 * each role lands on its main job: staff at today's front desk of their space, admins and
 * analysts on the reports, coworkers back where they were (or the space list).
 */
export function landingPath(user: Pick<User, 'role'>, { next, from }: LoginTargets): string {
  if (next) return safeNext(next);
  switch (user.role) {
    case 'staff':
      return '/manage/today';
    case 'admin':
    case 'analyst':
      return '/reports';
    default:
      return safeNext(from);
  }
}

/** Login, register and password-reset pages are no place to come back to. */
const NOT_A_TARGET = ['/login', '/register', '/passwort', '/forgot-password', '/reset-password'];

/** The header's login link: remember the page the person is on (not as a `next` that would win). */
export function loginLinkFrom(pathname: string, search: string): string {
  if (pathname === '/' || NOT_A_TARGET.some((p) => pathname.startsWith(p))) return '/login';
  return `/login?from=${encodeURIComponent(pathname + search)}`;
}
