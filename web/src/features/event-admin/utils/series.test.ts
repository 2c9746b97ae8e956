import { describe, expect, it } from 'vitest';
import { weeklyDates, withDates } from './series';

describe('dates for copies of an event', () => {
  it('weekly: the same weekday after the event up to the last date, across the DST change', () => {
    expect(weeklyDates('2027-10-21', '2027-11-11')).toEqual(['2027-10-28', '2027-11-04', '2027-11-11']);
    expect(weeklyDates('2027-10-21', '2027-10-27')).toEqual([]);
    expect(weeklyDates('2027-01-01', '2028-12-31', 3)).toHaveLength(3);
  });

  it('keeps a sorted list without repeats and without the event’s own date', () => {
    expect(withDates(['2027-11-04'], ['2027-10-28', '2027-11-04', '2027-10-21'], '2027-10-21')).toEqual([
      '2027-10-28',
      '2027-11-04',
    ]);
  });
});
