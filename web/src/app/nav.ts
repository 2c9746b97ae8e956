import type { ParseKeys } from 'i18next';
import type { Role } from '@popdesk/shared';

/**
 * The main navigation. Staff and admin screens add entries here with the roles that see them;
 * `auth: true` entries are shown to logged-in people only.
 */
export interface NavItem {
  to: string;
  /** translation key */
  label: ParseKeys;
  auth?: boolean;
  roles?: Role[];
  end?: boolean;
}

export const navItems: NavItem[] = [
  { to: '/', label: 'nav.findSpace', end: true },
  { to: '/events', label: 'events.nav' },
  { to: '/bookings', label: 'nav.myBookings', auth: true },
  { to: '/profile', label: 'nav.profile', auth: true },
  { to: '/manage', label: 'nav.manage', auth: true, roles: ['staff', 'admin'] },
  // analysts (funders, state offices): every space's reports, nothing of management
  { to: '/reports', label: 'nav.reports', auth: true, roles: ['staff', 'admin', 'analyst'] },
];

/** The second row under "Manage": what staff do on site, and what admins run. */
export const manageNavItems: NavItem[] = [
  { to: '/manage/today', label: 'manage.nav.today' },
  { to: '/manage/bookings', label: 'manage.nav.bookings' },
  { to: '/manage/events', label: 'eventAdmin.nav' },
  { to: '/manage/surveys', label: 'surveyAdmin.nav' },
  { to: '/manage/spaces', label: 'manage.nav.spaces' },
  { to: '/manage/users', label: 'manage.nav.users', roles: ['admin'] },
  { to: '/manage/outbox', label: 'manage.nav.outbox', roles: ['admin'] },
  { to: '/manage/webhooks', label: 'manage.nav.webhooks', roles: ['admin'] },
];

export const reportNavItems: NavItem[] = [
  { to: '/reports', label: 'reports.nav.monthly', end: true },
  { to: '/reports/compare', label: 'reports.nav.compare' },
  { to: '/reports/season', label: 'reports.nav.season' },
  { to: '/reports/surveys', label: 'surveyResults.nav' },
];
