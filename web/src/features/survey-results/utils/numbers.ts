/** Counts, shares and means in the page language: 1.234 / 1,234; 37 % / 37%; 3,25 / 3.25. */
import { useMemo } from 'react';
import { useLanguage, type Language } from '../../../lib/i18n';

export function numberFormats(lng: Language) {
  const tag = lng === 'de' ? 'de-DE' : 'en-GB';
  const int = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const dec = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  return {
    int: (n: number) => int.format(n),
    percent: (ratio: number) => pct.format(ratio),
    /** a mean or median (the server rounds to two places) */
    decimal: (n: number) => dec.format(n),
  };
}

export function useNumbers() {
  const lng = useLanguage();
  return useMemo(() => numberFormats(lng), [lng]);
}
