import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NAME_MAX, type UserGroup } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { Page } from '../../../components/ui/page';
import { safeNext } from '../../../lib/auth/require-auth';
import { useProblemMessage } from '../../../lib/problem-message';
import { GROUPS } from '../groups';
import { useRegisterForm } from '../hooks/use-register-form';
import { MIN_PASSWORD } from '../utils/register-form';
import styles from './account.module.css';

export function RegisterPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const problem = useProblemMessage();
  const next = safeNext(params.get('next'));
  const { values, set, errors, register, summary, submit } = useRegisterForm(next);
  const { name, email, password, group } = values;

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
          <TextField
            label={t('auth.name')}
            name="name"
            autoComplete="name"
            maxLength={NAME_MAX}
            required
            value={name}
            onChange={(e) => set('name', e.target.value)}
            error={errors.name}
          />
          <TextField
            label={t('auth.email')}
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => set('email', e.target.value)}
            error={errors.email}
          />
          <TextField
            label={t('auth.password')}
            type="password"
            name="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD}
            hint={t('auth.passwordHint', { count: MIN_PASSWORD })}
            value={password}
            onChange={(e) => set('password', e.target.value)}
            error={errors.password}
          />
          <SelectField
            label={t('profile.group')}
            hint={t('profile.groupHint')}
            name="group"
            value={group}
            onChange={(e) => set('group', e.target.value as UserGroup)}
          >
            {GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`groups.${g}`)}
              </option>
            ))}
          </SelectField>
          <p className={styles.privacyNote}>
            {t('legal.registerPrivacy')} <Link to="/datenschutz">{t('legal.privacyLink')}</Link>.
          </p>
          <Button type="submit" block busy={register.isPending}>
            {t('auth.registerButton')}
          </Button>
        </form>
        <p className={styles.switch}>
          {t('auth.haveAccount')}{' '}
          <Link to={`/login${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>
            {t('auth.loginLink')}
          </Link>
        </p>
      </div>
    </Page>
  );
}
