/**
 * Turns any error into a sentence for people, in their language: a known problem `type` has its
 * own text (`problems.<slug>`), otherwise the HTTP status decides; the server's English detail is
 * used only in English and only where we have nothing better.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isApiError } from './api-client';

export function problemMessage(error: unknown, t: TFunction, lng: string): string {
  if (!isApiError(error)) return t('problems.unknown');
  const slugKey = `problems.${error.slug}`;
  if (t(slugKey as never, { defaultValue: '' })) return t(slugKey as never);
  if (error.status === 400 && error.problem.errors?.length) {
    return t('problems.validation', {
      fields: error.problem.errors.map((e) => e.path.replace(/^body\./, '')).join(', '),
    });
  }
  const statusKey = `problems.status.${error.status}`;
  if (t(statusKey as never, { defaultValue: '' })) return t(statusKey as never);
  if (lng === 'en' && error.problem.detail) return error.problem.detail;
  return error.status >= 500 ? t('problems.status.500') : t('problems.unknown');
}

export function useProblemMessage() {
  const { t, i18n } = useTranslation();
  return useCallback((error: unknown) => problemMessage(error, t, i18n.language), [t, i18n.language]);
}
