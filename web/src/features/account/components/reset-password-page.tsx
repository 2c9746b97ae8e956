import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Page } from '../../../components/ui/page';
import { isApiError } from '../../../lib/api-client';
import { useProblemMessage } from '../../../lib/problem-message';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { MIN_PASSWORD } from '../utils/register-form';
import { PasswordField } from './password-field';
import styles from './account.module.css';

/** The page the e-mail links to: a new password with the link's token; a clear page when the link is spent. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const reset = useConfirmPasswordReset();
  const linkSpent = !token || (isApiError(reset.error) && reset.error.slug === 'invalid-reset-token');

  function submit(e: FormEvent) {
    e.preventDefault();
    if (password.length < MIN_PASSWORD) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    reset.mutate({ token, password });
  }

  if (linkSpent) {
    return (
      // a Page of its own (key): focus moves to the new heading, as after a navigation
      <Page key="spent" title={t('passwordReset.invalidTitle')}>
        <div className={styles.authCard}>
          <Alert tone="error" title={t('passwordReset.invalidHeading')}>
            <p>{t('passwordReset.invalid')}</p>
          </Alert>
          <p className={styles.switch}>
            <Link to="/passwort-vergessen" className="btn btn-primary">
              {t('passwordReset.requestAgain')}
            </Link>
          </p>
        </div>
      </Page>
    );
  }

  if (reset.isSuccess) {
    return (
      <Page key="done" title={t('passwordReset.doneTitle')}>
        <div className={styles.authCard}>
          <Alert tone="success" title={t('passwordReset.doneHeading')}>
            <p>{t('passwordReset.done')}</p>
          </Alert>
          <p className={styles.switch}>
            <Link to="/login" className="btn btn-primary">
              {t('passwordReset.toLogin')}
            </Link>
          </p>
        </div>
      </Page>
    );
  }

  return (
    <Page key="form" title={t('passwordReset.confirmTitle')} intro={t('passwordReset.confirmIntro')}>
      <div className={styles.authCard}>
        {reset.error != null && (
          <Alert tone="error" title={t('passwordReset.confirmFailed')}>
            <p>{problem(reset.error)}</p>
          </Alert>
        )}
        <form onSubmit={submit} noValidate className="card">
          <PasswordField
            label={t('passwordReset.newPassword')}
            name="new-password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD}
            hint={t('auth.passwordHint', { count: MIN_PASSWORD })}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={tooShort ? t('passwordReset.tooShort', { count: MIN_PASSWORD }) : null}
          />
          <Button type="submit" block busy={reset.isPending}>
            {t('passwordReset.confirmButton')}
          </Button>
        </form>
      </div>
    </Page>
  );
}
