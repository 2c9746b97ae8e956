import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { Page } from '../../../components/ui/page';
import { useProblemMessage } from '../../../lib/problem-message';
import { useRequestPasswordReset } from '../api/request-password-reset';
import styles from './account.module.css';

/**
 * "Passwort vergessen?": asks for a reset link. The answer never says whether the address has an
 * account, so the page cannot either: the same neutral message for every address.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const request = useRequestPasswordReset();
  // the form goes away with the answer: focus moves to the message instead of getting lost
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (request.isSuccess) result.current?.focus();
  }, [request.isSuccess]);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!email.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    request.mutate({ email: email.trim() });
  }

  return (
    <Page title={t('passwordReset.requestTitle')} intro={t('passwordReset.requestIntro')}>
      <div className={styles.authCard}>
        {request.isSuccess ? (
          <div ref={result} tabIndex={-1}>
            <Alert tone="success" title={t('passwordReset.sentTitle')}>
              <p>{t('passwordReset.sent', { email: request.variables?.email })}</p>
              <p>{t('passwordReset.sentHint')}</p>
            </Alert>
          </div>
        ) : (
          <>
            {request.error != null && (
              <Alert tone="error" title={t('passwordReset.requestFailed')}>
                <p>{problem(request.error)}</p>
              </Alert>
            )}
            <form onSubmit={submit} noValidate className="card">
              <TextField
                label={t('auth.email')}
                type="email"
                name="email"
                autoComplete="email"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                error={missing ? t('auth.required') : null}
              />
              <Button type="submit" block busy={request.isPending}>
                {t('passwordReset.requestButton')}
              </Button>
            </form>
          </>
        )}
        <p className={styles.switch}>
          <Link to="/login">{t('passwordReset.backToLogin')}</Link>
        </p>
      </div>
    </Page>
  );
}
