/** Figures in the page language: 25,3 % / 25.3%, 1.234,5 / 1,234.5. Rounding happens only here. */
import { useMemo } from 'react';
import { useLanguage, type Language } from '../../../lib/i18n';

export function numberFormats(lng: Language) {
  const tag = lng === 'de' ? 'de-DE' : 'en-GB';
  const pct = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const hours = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const int = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const pctAxis = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  return {
    percent: (ratio: number) => pct.format(ratio),
    /** Axis ticks: 0 %, 2,5 %, 10 % */
    percentAxis: (ratio: number) => pctAxis.format(ratio),
    hours: (h: number) => hours.format(h),
    int: (n: number) => int.format(n),
  };
}
export type NumberFormats = ReturnType<typeof numberFormats>;

export function useNumbers() {
  const lng = useLanguage();
  return useMemo(() => numberFormats(lng), [lng]);
}

/** booked / available, 0 when nothing was available (as the API defines utilisation). */
export const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
