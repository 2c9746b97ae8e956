import { useState, type FormEvent } from 'react';
import type { BookingStatus } from '@popdesk/shared';
import { addDays, isValidDate } from '../../../lib/dates';

export interface ListFilter {
  spaceId: string;
  from: string;
  to: string;
  status: BookingStatus | '';
}

/** The default: two weeks from today. */
export const defaultListFilter = (today: string): ListFilter => ({
  spaceId: '',
  from: today,
  to: addDays(today, 13),
  status: '',
});

/** Both dates valid and the range not backwards. */
export const validRange = (f: Pick<ListFilter, 'from' | 'to'>) =>
  isValidDate(f.from) && isValidDate(f.to) && f.to >= f.from;

/**
 * The filter form's draft of the filter in force (`filter`, from the URL): edited field by field,
 * applied on submit when its dates make a range; when the URL changes (back button, a link) the
 * draft follows it.
 */
export function useListFilter(filter: ListFilter, onFilter: (filter: ListFilter) => void) {
  const [draft, setDraft] = useState(filter);
  const [shown, setShown] = useState(filter);
  if (JSON.stringify(shown) !== JSON.stringify(filter)) {
    setShown(filter);
    setDraft(filter);
  }
  const [rangeError, setRangeError] = useState(false);

  function apply(e: FormEvent) {
    e.preventDefault();
    if (!validRange(draft)) return setRangeError(true);
    setRangeError(false);
    onFilter(draft);
  }

  const set = <K extends keyof ListFilter>(k: K, v: ListFilter[K]) => setDraft((d) => ({ ...d, [k]: v }));
  return { draft, set, apply, rangeError };
}
