import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN, type UserGroup } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { Page } from '../../../components/ui/page';
import { useRegister } from '../../../lib/auth/register';
import { safeNext } from '../../../lib/auth/require-auth';
import { useLanguage } from '../../../lib/i18n';
import { useProblemMessage } from '../../../lib/problem-message';
import { GROUPS } from '../groups';
import styles from './account.module.css';

const MIN_PASSWORD = PASSWORD_MIN;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Errors = Partial<Record<'name' | 'email' | 'password', string>>;

export function RegisterPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const problem = useProblemMessage();
  const next = safeNext(params.get('next'));
  const register = useRegister();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [group, setGroup] = useState<UserGroup>('other');
  const [errors, setErrors] = useState<Errors>({});
  const summary = useRef<HTMLDivElement>(null);

  function validate(): Errors {
    const e: Errors = {};
    if (!name.trim()) e.name = t('auth.required');
    if (!EMAIL.test(email.trim())) e.email = t('auth.invalidEmail');
    if (password.length < MIN_PASSWORD) e.password = t('auth.passwordTooShort', { count: MIN_PASSWORD });
    return e;
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    register.mutate({ name: name.trim(), email: email.trim(), password, group, locale: lng }, { onSuccess: () => navigate(next, { replace: true }) });
  }

  const errorList = Object.entries(errors);
  return (
    <Page title={t('auth.registerTitle')} intro={t('auth.registerIntro')}>
      <div className={styles.authCard}>
        {errorList.length > 0 && (
          <div ref={summary} tabIndex={-1}>
            <Alert tone="error" title={t('auth.fixErrors')}>
              <ul>
                {errorList.map(([field, message]) => (
                  <li key={field}>
                    {t(`auth.${field as 'name' | 'email' | 'password'}`)}: {message}
                  </li>
                ))}
              </ul>
            </Alert>
          </div>
        )}
        {register.error != null && (
          <Alert tone="error" title={t('auth.registerFailed')}>
            <p>{problem(register.error)}</p>
          </Alert>
        )}
        <form onSubmit={submit} noValidate className="card">
          <TextField label={t('auth.name')} name="name" autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
          <TextField label={t('auth.email')} type="email" name="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
          <TextField
            label={t('auth.password')}
            type="password"
            name="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD}
            hint={t('auth.passwordHint', { count: MIN_PASSWORD })}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.password}
          />
          <SelectField label={t('profile.group')} hint={t('profile.groupHint')} name="group" value={group} onChange={(e) => setGroup(e.target.value as UserGroup)}>
            {GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`groups.${g}`)}
              </option>
            ))}
          </SelectField>
          <Button type="submit" block busy={register.isPending}>
            {t('auth.registerButton')}
          </Button>
        </form>
        <p className={styles.switch}>
          {t('auth.haveAccount')} <Link to={`/login${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('auth.loginLink')}</Link>
        </p>
      </div>
    </Page>
  );
}
