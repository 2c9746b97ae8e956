import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { getToken } from '../../lib/auth-token';
import { meQueryOptions } from '../../lib/auth/get-me';
import { LANGUAGES, setLanguage, useLanguage, type Language } from '../../lib/i18n';
import styles from './app-shell.module.css';

/**
 * DE | EN. Each button names its language in that language; the pressed one is the current
 * language. A logged-in user's profile remembers the choice.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  const queryClient = useQueryClient();

  function choose(lng: Language) {
    if (lng === current) return;
    setLanguage(lng);
    if (getToken()) {
      api('/me', { method: 'PATCH', body: { locale: lng } })
        .then((me) => queryClient.setQueryData(meQueryOptions().queryKey, me as never))
        .catch(() => {
          // the switch works locally anyway; the profile keeps its old language
        });
    }
  }

  return (
    <div className={styles.lang} role="group" aria-label={t('language.switch')}>
      {LANGUAGES.map((lng) => (
        <button key={lng} type="button" lang={lng} aria-pressed={current === lng} onClick={() => choose(lng)}>
          {lng.toUpperCase()}
          <span className="visually-hidden"> {t(`language.${lng}`, { lng })}</span>
        </button>
      ))}
    </div>
  );
}
