import { describe, expect, it } from 'vitest';
import { withoutWindow } from '../../../lib/closure-window';
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
  it('takes a partial closure’s window out of the day: closed inside it, open again after', () => {
    const partly = {
      ...space,
      closures: [{ spaceId: 'x', date: '2027-06-21', reason: 'Ratssitzung', starts: '13:00', ends: '15:00' }],
    };
    // 10:00 local: open until the window starts
    expect(openState(partly, new Date('2027-06-21T08:00:00Z'))).toEqual({ kind: 'open', until: '13:00' });
    // 14:00 local: closed, opens again at 15:00 the same day
    expect(openState(partly, new Date('2027-06-21T12:00:00Z'))).toEqual({
      kind: 'closed',
      next: { date: '2027-06-21', opens: '15:00' },
    });
    expect(openState(partly, new Date('2027-06-21T14:00:00Z'))).toEqual({ kind: 'open', until: '18:00' });
  });
  it('cuts a window out of split intervals', () => {
    const day = [
      { opens: '08:00', closes: '12:00' },
      { opens: '13:00', closes: '18:00' },
    ];
    expect(withoutWindow(day, '11:00', '14:00')).toEqual([
      { opens: '08:00', closes: '11:00' },
      { opens: '14:00', closes: '18:00' },
    ]);
    expect(withoutWindow(day, '07:00', '12:30')).toEqual([{ opens: '13:00', closes: '18:00' }]);
    expect(withoutWindow(day, '00:00', '24:00')).toEqual([]);
  });
});
