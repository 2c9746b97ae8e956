import { afterEach, describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import i18n from './i18n';

describe('translations on demand', () => {
  afterEach(() => {
    // the test setup keeps English at hand for every other test
    i18n.addResourceBundle('en', 'translation', en);
  });

  it('has German at once and fetches English before switching to it', async () => {
    // as a fresh page has it (removeResourceBundle would also drop the namespace from the options)
    delete i18n.store.data.en;
    expect(i18n.hasResourceBundle('de', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    await i18n.changeLanguage('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('nav.login')).toBe('Log in');
    expect(document.documentElement.lang).toBe('en');
  });
});
