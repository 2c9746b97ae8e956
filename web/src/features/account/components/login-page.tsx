import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { Page } from '../../../components/ui/page';
import { sessionExpired } from '../../../lib/auth-token';
import { useLogin } from '../../../lib/auth/login';
import { landingPath } from '../../../lib/auth/landing';
import { useProblemMessage } from '../../../lib/problem-message';
import styles from './account.module.css';

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const problem = useProblemMessage();
  const next = params.get('next');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const login = useLogin();
  const errorId = useId();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!email.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: ({ user }) => navigate(landingPath(user, { next, from: params.get('from') }), { replace: true }),
      },
    );
  }

  return (
    <Page title={t('auth.loginTitle')} intro={t('auth.loginIntro')}>
      <div className={styles.authCard}>
        {(params.get('reason') === 'expired' || sessionExpired()) && login.isIdle && (
          <Alert tone="info" title={t('auth.expiredTitle')}>
            <p>{t('auth.expired')}</p>
          </Alert>
        )}
        {(login.error != null || missing) && (
          <div id={errorId}>
            <Alert tone="error" title={t('auth.loginFailed')}>
              <p>{missing ? t('auth.fillBoth') : problem(login.error)}</p>
            </Alert>
          </div>
        )}
        <form
          onSubmit={submit}
          noValidate
          className="card"
          aria-describedby={login.error != null || missing ? errorId : undefined}
        >
          <TextField
            label={t('auth.email')}
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={missing && !email.trim() ? t('auth.required') : null}
          />
          <TextField
            label={t('auth.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={missing && !password ? t('auth.required') : null}
          />
          <p className={styles.forgot}>
            <Link to="/passwort-vergessen">{t('passwordReset.forgotLink')}</Link>
          </p>
          <Button type="submit" block busy={login.isPending}>
            {t('auth.loginButton')}
          </Button>
        </form>
        <p className={styles.switch}>
          {t('auth.noAccount')}{' '}
          <Link to={`/register${next ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('auth.registerLink')}</Link>
        </p>
      </div>
    </Page>
  );
}
