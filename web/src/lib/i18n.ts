/**
 * i18next with German as the default and English switchable. The choice is kept in
 * localStorage and mirrored to `<html lang>`; a logged-in user's profile language wins at login.
 */
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import de from '../locales/de.json';
import en from '../locales/en.json';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'popdesk.locale';

export const isLanguage = (v: unknown): v is Language => v === 'de' || v === 'en';

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLanguage(v) ? v : 'de';
  } catch {
    return 'de';
  }
}

export const resources = { de: { translation: de }, en: { translation: en } } as const;

export function initI18n(lng: Language = storedLanguage()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'de',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
    i18n.on('languageChanged', (l) => {
      document.documentElement.lang = l;
    });
  }
  document.documentElement.lang = i18n.language;
  return i18n;
}

export function setLanguage(lng: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // not kept across reloads then
  }
  void i18n.changeLanguage(lng);
}

export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.language) ? instance.language : 'de';
}

export default i18n;
