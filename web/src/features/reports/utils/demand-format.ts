/** Figures of the demand evidence in the page language: 1.264 € / €1,264, 62 % / 62%, 37,5 kg. */
import { useMemo } from 'react';
import type { OptionCount } from '@popdesk/shared';
import { SURVEY_FOLD_BELOW } from '@popdesk/shared';
import { useLanguage, type Language } from '../../../lib/i18n';

export function demandFormats(lng: Language) {
  const tag = lng === 'de' ? 'de-DE' : 'en-GB';
  const euro = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const int = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const one = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const factor = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 3 });
  return {
    /** whole euros: 1.264 € */
    euro: (v: number) => euro.format(Math.round(v)),
    /** a share without decimals: 62 % */
    percent: (share: number) => pct.format(share),
    int: (v: number) => int.format(Math.round(v)),
    /** one decimal: kg CO₂, a mean of km or of a scale */
    one: (v: number) => one.format(v),
    /** the factor per km: 0,15 */
    factor: (v: number) => factor.format(v),
  };
}
export type DemandFormats = ReturnType<typeof demandFormats>;

export function useDemandFormats() {
  const lng = useLanguage();
  return useMemo(() => demandFormats(lng), [lng]);
}

/** A count as shown: folded counts (1 or 2 people) read "< 3" and say why to a screen reader. */
export const countText = (c: OptionCount, format: (v: number) => string) =>
  c.n === null || c.folded ? `< ${SURVEY_FOLD_BELOW}` : format(c.n);

/**
 * A simulated price in whole visits, as a reader checks it: the paid visits rounded, and the revenue
 * those visits times the price (not the unrounded share's, which could differ by a few euros).
 */
export function paidAt(p: { price: number; paidVisits: number | null }) {
  if (p.paidVisits === null) return null;
  const visits = Math.round(p.paidVisits);
  return { visits, revenue: visits * p.price };
}
