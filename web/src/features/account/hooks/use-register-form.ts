import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UserGroup } from '@popdesk/shared';
import { useRegister } from '../../../lib/auth/register';
import { useLanguage } from '../../../lib/i18n';
import { MIN_PASSWORD, checkRegistration, type RegisterField } from '../utils/register-form';

type Errors = Partial<Record<RegisterField, string>>;

/** The new account's fields, what is wrong with them in words, and creating it (then on to `next`). */
export function useRegisterForm(next: string) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const navigate = useNavigate();
  const register = useRegister();
  const [values, setValues] = useState({ name: '', email: '', password: '', group: 'other' as UserGroup });
  const [errors, setErrors] = useState<Errors>({});
  const summary = useRef<HTMLDivElement>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = Object.fromEntries(
      Object.entries(checkRegistration(values)).map(([field, problem]) => [
        field,
        problem === 'passwordTooShort' ? t('auth.passwordTooShort', { count: MIN_PASSWORD }) : t(`auth.${problem}`),
      ]),
    ) as Errors;
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    const { name, email, password, group } = values;
    register.mutate(
      { name: name.trim(), email: email.trim(), password, group, locale: lng },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  }

  return {
    values,
    set: <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
      setValues((v) => ({ ...v, [key]: value })),
    errors,
    register,
    summary,
    submit,
  };
}
