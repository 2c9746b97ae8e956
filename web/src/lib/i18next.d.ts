import 'i18next';
import type de from '../locales/de.json';

// Typed translation keys: a key missing from de.json is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de };
  }
}
