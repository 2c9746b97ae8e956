import { useMemo } from 'react';
import { formatters } from './dates';
import { useLanguage } from './i18n';

/** Date/time formatters for the current language. */
export function useFormat() {
  const lng = useLanguage();
  return useMemo(() => formatters(lng), [lng]);
}
