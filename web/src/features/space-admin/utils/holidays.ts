/**
 * German public holidays by state (feiertagejs computes them, Easter-dependent ones included), to
 * suggest as closure days. Spaces do not record their state, so the choice is remembered in the
 * browser per space.
 */
import { getHolidays } from 'feiertagejs';

export const REGIONS = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
  'BUND',
] as const;
export type Region = (typeof REGIONS)[number];

export interface PublicHoliday {
  date: string;
  name: string;
}

export function publicHolidays(year: number, region: Region, lng: 'de' | 'en'): PublicHoliday[] {
  return getHolidays(year, region)
    .map((h) => ({ date: h.dateString, name: h.translate(lng) ?? h.translate('de') ?? h.name }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

const storageKey = (spaceId: string) => `popdesk.holidayRegion.${spaceId}`;
const isRegion = (v: unknown): v is Region => (REGIONS as readonly unknown[]).includes(v);

export function rememberedRegion(spaceId: string): Region | null {
  try {
    const v = localStorage.getItem(storageKey(spaceId));
    return isRegion(v) ? v : null;
  } catch {
    return null;
  }
}

export function rememberRegion(spaceId: string, region: Region) {
  try {
    localStorage.setItem(storageKey(spaceId), region);
  } catch {
    // not remembered then
  }
}
