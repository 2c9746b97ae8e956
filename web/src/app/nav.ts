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
  { to: '/bookings', label: 'nav.myBookings', auth: true },
  { to: '/profile', label: 'nav.profile', auth: true },
];
