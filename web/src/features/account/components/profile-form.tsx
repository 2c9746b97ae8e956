import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NAME_MAX, type Me, type UserGroup } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { useAnnounce } from '../../../components/ui/live-region';
import { setLanguage, type Language } from '../../../lib/i18n';
import { useProblemMessage } from '../../../lib/problem-message';
import { useUpdateMe } from '../api/update-me';
import { GROUPS } from '../groups';
import styles from './account.module.css';

interface Values {
  name: string;
  group: UserGroup;
  locale: Language;
}

/** Name, group and language; "saved" shows until the next change. */
export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const [{ name, group, locale }, setValues] = useState<Values>(() => ({
    name: me.name,
    group: me.group,
    locale: me.locale,
  }));
  const [saved, setSaved] = useState(false);
  /** A change: whatever was saved before is no longer what the form shows. */
  const change = (next: Partial<Values>) => {
    setValues((v) => ({ ...v, ...next }));
    setSaved(false);
  };
  const update = useUpdateMe({
    onSuccess: (updated) => {
      setLanguage(updated.locale);
      setSaved(true);
      announce(t('profile.saved'));
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    update.mutate({ name: name.trim(), group, locale });
  }

  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profile.personal')}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('auth.name')}
          value={name}
          onChange={(e) => change({ name: e.target.value })}
          autoComplete="name"
          maxLength={NAME_MAX}
          required
          error={!name.trim() ? t('auth.required') : null}
        />
        <TextField label={t('auth.email')} value={me.email} readOnly hint={t('profile.emailHint')} />
        <SelectField
          label={t('profile.group')}
          hint={t('profile.groupHint')}
          value={group}
          onChange={(e) => change({ group: e.target.value as UserGroup })}
        >
          {GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`groups.${g}`)}
            </option>
          ))}
        </SelectField>
        <fieldset>
          <legend>{t('profile.language')}</legend>
          <div className={styles.langOptions}>
            {(['de', 'en'] as const).map((l) => (
              <label key={l} className="check" lang={l}>
                <input
                  type="radio"
                  name="locale"
                  value={l}
                  checked={locale === l}
                  onChange={() => change({ locale: l })}
                />
                {t(`language.${l}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {update.error != null && (
          <Alert tone="error" title={t('profile.saveFailed')}>
            <p>{problem(update.error)}</p>
          </Alert>
        )}
        {saved && <Alert tone="success">{t('profile.saved')}</Alert>}
        <Button type="submit" busy={update.isPending}>
          {t('profile.save')}
        </Button>
      </form>
    </section>
  );
}
