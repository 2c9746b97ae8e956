import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useAnnounce } from '../../../components/ui/live-region';
import { isApiError } from '../../../lib/api-client';
import { useProblemMessage } from '../../../lib/problem-message';
import { useChangePassword } from '../api/change-password';
import { MIN_PASSWORD } from '../utils/register-form';
import { PasswordField } from './password-field';

/** Changing the password: this browser stays logged in, every other session ends. */
export function PasswordSection() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const change = useChangePassword({
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setChecked(false);
      setSaved(true);
      announce(t('profileSecurity.passwordChanged'));
    },
  });
  const currentError = checked && !current ? t('auth.required') : null;
  const nextError = checked && next.length < MIN_PASSWORD ? t('passwordReset.tooShort', { count: MIN_PASSWORD }) : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    setChecked(true);
    setSaved(false);
    if (!current || next.length < MIN_PASSWORD) return;
    change.mutate({ currentPassword: current, newPassword: next });
  }

  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('profileSecurity.passwordHeading')}</h2>
      <p>{t('profileSecurity.passwordText')}</p>
      <form onSubmit={submit} noValidate>
        <PasswordField
          label={t('profileSecurity.currentPassword')}
          name="current-password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={currentError}
        />
        <PasswordField
          label={t('passwordReset.newPassword')}
          name="new-password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          hint={t('auth.passwordHint', { count: MIN_PASSWORD })}
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={nextError}
        />
        {change.error != null && (
          <Alert tone="error" title={t('profileSecurity.passwordFailed')}>
            <p>
              {isApiError(change.error) && change.error.status === 403
                ? t('profileSecurity.currentWrong')
                : problem(change.error)}
            </p>
          </Alert>
        )}
        {saved && <Alert tone="success">{t('profileSecurity.passwordChanged')}</Alert>}
        <Button type="submit" busy={change.isPending}>
          {t('profileSecurity.passwordButton')}
        </Button>
      </form>
    </section>
  );
}
