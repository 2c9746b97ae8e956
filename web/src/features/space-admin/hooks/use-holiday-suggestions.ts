import { useState } from 'react';
import type { SpaceDetail } from '@popdesk/shared';
import { useLanguage } from '../../../lib/i18n';
import { publicHolidays, rememberRegion, rememberedRegion, type Region } from '../utils/holidays';

/**
 * The public holidays of the chosen state and year that are still to come while the space runs,
 * and which of them it is not yet closed on. The state is remembered per space.
 */
export function useHolidaySuggestions(
  space: Pick<SpaceDetail, 'id' | 'opensOn' | 'closesOn'>,
  today: string,
  closed: Set<string>,
) {
  const lng = useLanguage();
  const thisYear = Number(today.slice(0, 4));
  const [region, setRegion] = useState<Region | ''>(() => rememberedRegion(space.id) ?? '');
  const [year, setYear] = useState(thisYear);
  const inLife = (d: string) => (!space.opensOn || d >= space.opensOn) && (!space.closesOn || d <= space.closesOn);
  const holidays = region ? publicHolidays(year, region, lng).filter((h) => h.date >= today && inLife(h.date)) : [];
  return {
    region,
    chooseRegion: (r: Region) => {
      setRegion(r);
      rememberRegion(space.id, r);
    },
    year,
    setYear,
    years: [thisYear, thisYear + 1],
    holidays,
    open: holidays.filter((h) => !closed.has(h.date)),
  };
}
