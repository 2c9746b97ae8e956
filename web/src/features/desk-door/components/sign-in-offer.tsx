import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../components/ui/button';
import { loginPath } from '../../../lib/auth/require-auth';
import styles from './desk-door.module.css';

/**
 * Not signed in: log in or register, and come back to this very page (with a chosen end time).
 * Back here, the action is offered again; nothing happens without the tap.
 */
export function SignInOffer({ free }: { free: boolean }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const back = pathname + search;
  return (
    <section className={styles.signIn} aria-labelledby="door-sign-in">
      <h2 id="door-sign-in">{t(free ? 'deskDoor.signIn.titleFree' : 'deskDoor.signIn.titleOther')}</h2>
      <p>{t(free ? 'deskDoor.signIn.free' : 'deskDoor.signIn.other')}</p>
      <div className={styles.signInButtons}>
        <Link to={loginPath(back)} className={`${buttonClass('primary', 'normal', true)} ${styles.big}`}>
          {t('deskDoor.signIn.login')}
        </Link>
        <Link
          to={`/register?next=${encodeURIComponent(back)}`}
          className={`${buttonClass('secondary', 'normal', true)} ${styles.big}`}
        >
          {t('deskDoor.signIn.register')}
        </Link>
      </div>
    </section>
  );
}
