/**
 * i18next with German as the default and English switchable. The language is kept in
 * localStorage and mirrored to `<html lang>`. A language the person chose in this browser (the
 * switch, the profile form) survives login; without such a choice the profile's language is used.
 */
import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import de from '../locales/de.json';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'popdesk.locale';
/** Set when the person picked the language themselves (not adopted from a profile at login). */
const CHOSEN_KEY = 'popdesk.locale.chosen';

export const isLanguage = (v: unknown): v is Language => v === 'de' || v === 'en';

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLanguage(v) ? v : 'de';
  } catch {
    return 'de';
  }
}

/**
 * German, the default, comes with the first page load; English is its own chunk, fetched when
 * someone uses it (i18next waits for it before it switches, so nothing shows half-translated).
 * Each is 23–27 KB brotli-compressed: every German visitor saves the English download.
 */
const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (language !== 'en') return callback(null, {});
    import('../locales/en.json').then(
      (m) => callback(null, m.default as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

let ready: Promise<unknown> | undefined;

/** Starts i18next (once); the promise settles when the language's translations are there. */
export function initI18n(lng: Language = storedLanguage()): Promise<unknown> {
  if (!ready) {
    ready = i18n
      .use(lazyLocales)
      .use(initReactI18next)
      .init({
        resources: { de: { translation: de } },
        partialBundledLanguages: true,
        lng,
        fallbackLng: 'de',
        interpolation: { escapeValue: false }, // React escapes
        returnNull: false,
      });
    i18n.on('languageChanged', (l) => {
      document.documentElement.lang = l;
    });
  }
  document.documentElement.lang = i18n.language ?? lng;
  return ready;
}

/**
 * Switches the language and keeps it. `chosen`: the person picked it (the default); `false` when
 * it is only adopted from a profile, so the next person logging in here gets their own.
 */
export function setLanguage(lng: Language, { chosen = true }: { chosen?: boolean } = {}) {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
    if (chosen) localStorage.setItem(CHOSEN_KEY, '1');
    else localStorage.removeItem(CHOSEN_KEY);
  } catch {
    // not kept across reloads then
  }
  void i18n.changeLanguage(lng);
}

/** The language picked in this browser, if the person picked one (else null). */
export function chosenLanguage(): Language | null {
  try {
    if (localStorage.getItem(CHOSEN_KEY) !== '1') return null;
    const v = localStorage.getItem(STORAGE_KEY);
    return isLanguage(v) ? v : null;
  } catch {
    return null;
  }
}

/** After logout the choice no longer binds the next person to log in (the language stays on screen). */
export function forgetLanguageChoice() {
  try {
    localStorage.removeItem(CHOSEN_KEY);
  } catch {
    // nothing kept
  }
}

export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.language) ? instance.language : 'de';
}

export default i18n;
