import { describe, expect, it } from 'vitest';
import { openState, summariseHours } from './opening-hours';

const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]) =>
  days.map((weekday) => ({ weekday, opens, closes }));

describe('opening hours summary', () => {
  it('merges consecutive days with the same hours', () => {
    const hours = [...weekdays('08:00', '18:00'), { weekday: 6, opens: '10:00', closes: '14:00' }];
    expect(summariseHours(hours)).toEqual([
      { from: 1, to: 5, intervals: ['08:00–18:00'] },
      { from: 6, to: 6, intervals: ['10:00–14:00'] },
    ]);
  });
  it('keeps split days and gaps apart', () => {
    const hours = [
      { weekday: 1, opens: '13:00', closes: '17:00' },
      { weekday: 1, opens: '08:00', closes: '12:00' },
      { weekday: 3, opens: '08:00', closes: '12:00' },
    ];
    expect(summariseHours(hours)).toEqual([
      { from: 1, to: 1, intervals: ['08:00–12:00', '13:00–17:00'] },
      { from: 3, to: 3, intervals: ['08:00–12:00'] },
    ]);
  });
});

describe('open now', () => {
  // Monday 21 June 2027, Berlin = UTC+2
  const space = {
    timezone: 'Europe/Berlin',
    opensOn: null,
    closesOn: null,
    openingHours: weekdays('08:00', '18:00'),
    closures: [],
  };
  it('is open inside the hours, in the space zone', () => {
    expect(openState(space, new Date('2027-06-21T07:00:00Z'))).toEqual({ kind: 'open', until: '18:00' });
  });
  it('names the next opening when closed', () => {
    expect(openState(space, new Date('2027-06-21T05:00:00Z'))).toEqual({
      kind: 'closed',
      next: { date: '2027-06-21', opens: '08:00' },
    });
    expect(openState(space, new Date('2027-06-25T17:00:00Z'))).toEqual({
      kind: 'closed',
      next: { date: '2027-06-28', opens: '08:00' },
    });
  });
  it('respects closures and the pop-up life', () => {
    expect(
      openState(
        { ...space, closures: [{ spaceId: 'x', date: '2027-06-21', reason: null }] },
        new Date('2027-06-21T07:00:00Z'),
      ),
    ).toEqual({
      kind: 'closed',
      next: { date: '2027-06-22', opens: '08:00' },
    });
    expect(openState({ ...space, opensOn: '2027-07-01' }, new Date('2027-06-21T07:00:00Z'))).toEqual({
      kind: 'not-yet',
      opensOn: '2027-07-01',
    });
    expect(openState({ ...space, closesOn: '2027-06-20' }, new Date('2027-06-21T07:00:00Z'))).toEqual({
      kind: 'ended',
    });
  });
});
