import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../lib/auth/get-me';
import type { NavItem } from '../nav';
import styles from './app-shell.module.css';

/** The second navigation row of an area (manage, reports); entries with `roles` only for those. */
export function SubNav({ items, label }: { items: NavItem[]; label: string }) {
  const { t } = useTranslation();
  const role = useMe().data?.role;
  const visible = items.filter((i) => !i.roles || (role && i.roles.includes(role)));
  return (
    <nav aria-label={label} className={`${styles.subNav} no-print`}>
      <ul>
        {visible.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className={({ isActive }) => (isActive ? styles.active : undefined)}>
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
