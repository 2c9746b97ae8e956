import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { IconLogo } from '../../components/ui/icons';
import { Skeleton } from '../../components/ui/states';
import { useIsLoggedIn } from '../../lib/auth-token';
import { useMe } from '../../lib/auth/get-me';
import { loginLinkFrom } from '../../lib/auth/landing';
import { useLogout } from '../../lib/auth/logout';
import { navItems } from '../nav';
import { AppNotices } from '../pwa/app-notices';
import { LanguageSwitch } from './language-switch';
import styles from './app-shell.module.css';

/** Header (name, navigation, language, login state), the page, and the footer. */
export function AppShell() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const location = useLocation();
  const loggedIn = useIsLoggedIn();
  const me = useMe();
  const logout = useLogout();
  const role = me.data?.role;
  const items = navItems.filter((i) => (!i.auth || loggedIn) && (!i.roles || (role && i.roles.includes(role))));

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipLink')}
      </a>
      {navigation.state === 'loading' && (
        <div className="progress-bar" role="progressbar" aria-label={t('common.loading')} />
      )}
      <header className={styles.header}>
        <div className={`container ${styles.bar}`}>
          <Link to="/" className={styles.brand}>
            <IconLogo />
            <span>PopDesk</span>
          </Link>
          <div className={styles.tools}>
            <LanguageSwitch />
            {loggedIn ? (
              <div className={styles.account}>
                {me.data && (
                  <span className={styles.who}>
                    <span className="visually-hidden">{t('shell.loggedInAs')} </span>
                    {me.data.name}
                  </span>
                )}
                <Button variant="secondary" size="small" onClick={logout}>
                  {t('nav.logout')}
                </Button>
              </div>
            ) : (
              <div className={styles.account}>
                <Link to={loginLinkFrom(location.pathname, location.search)} className={styles.loginLink}>
                  {t('nav.login')}
                </Link>
                <Link to="/register" className={`btn btn-primary btn-small ${styles.registerLink}`}>
                  {t('nav.register')}
                </Link>
              </div>
            )}
          </div>
        </div>
        <nav aria-label={t('shell.mainNav')} className={styles.nav}>
          <ul className="container">
            {items.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.end}
                  className={({ isActive }) => (isActive ? styles.active : undefined)}
                >
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="main container">
        <AppNotices />
        <Suspense fallback={<Skeleton lines={4} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className={styles.footer}>
        <div className="container">
          <ul>
            <li>
              <Link to="/barrierefreiheit">{t('shell.accessibility')}</Link>
            </li>
            <li>
              <Link to="/datenschutz">{t('shell.privacy')}</Link>
            </li>
            <li>
              <Link to="/impressum">{t('legal.imprintLink')}</Link>
            </li>
            <li>
              <a href="/docs">{t('shell.apiDocs')}</a>
            </li>
          </ul>
          <p>{t('shell.tagline')}</p>
        </div>
      </footer>
    </>
  );
}
