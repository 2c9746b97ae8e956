import { describe, expect, it } from 'vitest';
import type { Closure } from '@popdesk/shared';
import { datesBetween, groupClosures, pastMonths, splitByToday } from './closure-groups';

const c = (date: string, batchId: string | null, extra: Partial<Closure> = {}): Closure => ({
  spaceId: 's',
  date,
  reason: null,
  starts: null,
  ends: null,
  batchId,
  ...extra,
});

describe('groupClosures', () => {
  it('groups the dates of one batch and keeps batchless closures apart', () => {
    const groups = groupClosures([
      c('2027-12-24', 'b1', { reason: 'Weihnachten' }),
      c('2027-12-23', 'b1', { reason: 'Weihnachten' }),
      c('2027-10-03', null),
      c('2027-10-04', null),
      c('2028-01-01', 'b1'),
    ]);
    expect(groups.map((g) => [g.first, g.last, g.dates.length, g.batchId])).toEqual([
      ['2027-10-03', '2027-10-03', 1, null],
      ['2027-10-04', '2027-10-04', 1, null],
      ['2027-12-23', '2028-01-01', 3, 'b1'],
    ]);
    expect(groups[2]!.reason).toBe('Weihnachten');
  });

  it('splits at today with past groups newest first', () => {
    const groups = groupClosures([c('2027-01-01', 'a'), c('2027-02-01', 'b'), c('2027-03-01', 'c')]);
    const { upcoming, past } = splitByToday(groups, '2027-02-15');
    expect(upcoming.map((g) => g.first)).toEqual(['2027-03-01']);
    expect(past.map((g) => g.first)).toEqual(['2027-02-01', '2027-01-01']);
  });
});

describe('date helpers', () => {
  it('lists a range across the year end and the months before today', () => {
    expect(datesBetween('2027-12-30', '2028-01-02')).toEqual(['2027-12-30', '2027-12-31', '2028-01-01', '2028-01-02']);
    expect(pastMonths(['2027-09-30', '2027-10-01', '2027-10-02', '2027-10-20'], '2027-10-20')).toEqual([
      '2027-09',
      '2027-10',
    ]);
  });
});
