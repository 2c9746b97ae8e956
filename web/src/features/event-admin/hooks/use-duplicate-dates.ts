import { useState } from 'react';
import { EVENT_DUPLICATES_MAX } from '@popdesk/shared';
import { isValidDate } from '../../../lib/dates';
import { weeklyDates, withDates } from '../utils/series';

/** The dates picked for copies of an event (`own`: its own date, never a copy's). */
export function useDuplicateDates(own: string) {
  const [dates, setDates] = useState<string[]>([]);
  const [pick, setPick] = useState('');
  const [until, setUntil] = useState('');
  const add = (more: string[]) => setDates((list) => withDates(list, more, own).slice(0, EVENT_DUPLICATES_MAX));
  return {
    dates,
    pick,
    setPick,
    until,
    setUntil,
    /** the date in the picker, if it is one */
    addPicked: () => isValidDate(pick) && add([pick]),
    /** the same weekday every week up to `until` */
    addWeekly: () => isValidDate(until) && add(weeklyDates(own, until)),
    remove: (date: string) => setDates((list) => list.filter((d) => d !== date)),
    clear: () => setDates([]),
    full: dates.length >= EVENT_DUPLICATES_MAX,
  };
}
