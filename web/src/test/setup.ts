import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import i18n, { initI18n } from '../lib/i18n';
import en from '../locales/en.json';

void initI18n('de');
// the app fetches English when it is first needed; tests switch to it at once
i18n.addResourceBundle('en', 'translation', en);

// jsdom has no <dialog> behaviour
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}
Element.prototype.scrollIntoView ??= vi.fn();

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const realFetch = globalThis.fetch;
afterEach(async () => {
  globalThis.fetch = realFetch;
  const { default: i18n } = await import('../lib/i18n');
  await i18n.changeLanguage('de');
});
