import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  dateWithin,
  formatWallTime,
  isoWeekday,
  isValidDate,
  isValidTimeZone,
  localDateOf,
  localDatesCovering,
  localDay,
  localInstant,
  openingIntervals,
  parseWallTime,
  subtractIntervals,
  type Interval,
  type OpeningSlot,
} from './local-time.js';

const HOUR = 3_600_000;
const BERLIN = 'Europe/Berlin';
const AUCKLAND = 'Pacific/Auckland';
const NEW_YORK = 'America/New_York';

const iv = (start: string, end: string): Interval => ({ start: new Date(start), end: new Date(end) });
const isoPairs = (list: Interval[]) => list.map((i) => [i.start.toISOString(), i.end.toISOString()]);
const hours = (i: Interval) => (i.end.getTime() - i.start.getTime()) / HOUR;

describe('isoWeekday', () => {
  it.each([
    ['2027-10-18', 1],
    ['2027-10-19', 2],
    ['2027-10-20', 3],
    ['2027-10-21', 4],
    ['2027-10-22', 5],
    ['2027-10-23', 6],
    ['2027-10-24', 7],
    ['2028-02-29', 2],
    ['2027-01-01', 5],
  ])('%s is weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it('rejects something that is not a date', () => {
    expect(() => isoWeekday('2027-1-1')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2027-10-20', 1, '2027-10-21'],
    ['2027-10-31', 1, '2027-11-01'],
    ['2027-12-31', 1, '2028-01-01'],
    ['2028-01-01', -1, '2027-12-31'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2027-03-27', 2, '2027-03-29'],
    ['2027-01-31', 30, '2027-03-02'],
    ['2027-10-20', 0, '2027-10-20'],
    ['2027-10-20', 365, '2028-10-19'],
  ])('%s plus %s days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('isValidDate', () => {
  it.each([
    ['2027-02-28', true],
    ['2027-02-29', false],
    ['2028-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2027-02-30', false],
    ['2027-04-31', false],
    ['2027-12-31', true],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['2027-01-00', false],
    ['2027-1-1', false],
    ['27-01-01', false],
    ['2027-01-01T00:00', false],
    ['', false],
    ['1900-01-01', true],
    ['1899-12-31', false],
    ['9998-12-31', true],
    // its day would end at the midnight of year 10000, which has no YYYY-MM-DD form
    ['9999-12-31', false],
  ])('%s → %s', (date, valid) => {
    expect(isValidDate(date)).toBe(valid);
  });
});

describe('wall-clock times', () => {
  it('parses HH:MM into minutes after midnight, 24:00 being 1440', () => {
    expect(parseWallTime('00:00')).toBe(0);
    expect(parseWallTime('09:30')).toBe(570);
    expect(parseWallTime('23:59')).toBe(1439);
    expect(parseWallTime('24:00')).toBe(1440);
  });

  it.each(['9:00', '25:00', '24:30', '12:60', '12-00', ''])('rejects %j', (time) => {
    expect(() => parseWallTime(time)).toThrow(RangeError);
  });

  it('formats minutes back to HH:MM', () => {
    expect(formatWallTime(0)).toBe('00:00');
    expect(formatWallTime(570)).toBe('09:30');
    expect(formatWallTime(1440)).toBe('24:00');
  });
});

describe('localInstant', () => {
  it('maps a wall-clock time of a winter and a summer day in Berlin', () => {
    expect(localInstant('2027-01-15', 9 * 60, BERLIN).toISOString()).toBe('2027-01-15T08:00:00.000Z');
    expect(localInstant('2027-07-15', 9 * 60, BERLIN).toISOString()).toBe('2027-07-15T07:00:00.000Z');
    expect(localInstant('2027-07-15', 17 * 60 + 45, BERLIN).toISOString()).toBe('2027-07-15T15:45:00.000Z');
  });

  it('treats minute 1440 (24:00) as the next local midnight', () => {
    expect(localInstant('2027-10-20', 1440, BERLIN).toISOString()).toBe('2027-10-20T22:00:00.000Z');
    expect(localInstant('2027-10-20', 1440, BERLIN)).toEqual(localInstant('2027-10-21', 0, BERLIN));
    // 24:00 on the day the clocks go back is already in winter time
    expect(localInstant('2027-10-31', 1440, BERLIN).toISOString()).toBe('2027-10-31T23:00:00.000Z');
    // … and on the last day of a year it is midnight of the next year
    expect(localInstant('2027-12-31', 1440, BERLIN).toISOString()).toBe('2027-12-31T23:00:00.000Z');
  });

  it('uses the right offset on both sides of the spring-forward gap (2027-03-28)', () => {
    expect(localInstant('2027-03-28', 0, BERLIN).toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(localInstant('2027-03-28', 60, BERLIN).toISOString()).toBe('2027-03-28T00:00:00.000Z');
    expect(localInstant('2027-03-28', 180, BERLIN).toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(localInstant('2027-03-28', 9 * 60, BERLIN).toISOString()).toBe('2027-03-28T07:00:00.000Z');
  });

  it('moves a skipped time (02:30 on the spring-forward day) forward by the gap', () => {
    expect(localInstant('2027-03-28', 150, BERLIN).toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('uses the right offset on both sides of the fall-back overlap (2027-10-31)', () => {
    expect(localInstant('2027-10-31', 60, BERLIN).toISOString()).toBe('2027-10-30T23:00:00.000Z');
    expect(localInstant('2027-10-31', 180, BERLIN).toISOString()).toBe('2027-10-31T02:00:00.000Z');
    expect(localInstant('2027-10-31', 9 * 60, BERLIN).toISOString()).toBe('2027-10-31T08:00:00.000Z');
  });

  it('reads a repeated time (02:30 on the fall-back day) as its first occurrence, like RFC 5545 and Date', () => {
    expect(localInstant('2027-10-31', 120, BERLIN).toISOString()).toBe('2027-10-31T00:00:00.000Z');
    expect(localInstant('2027-10-31', 150, BERLIN).toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(localInstant('2027-11-07', 90, NEW_YORK).toISOString()).toBe('2027-11-07T05:30:00.000Z');
    expect(localInstant('2027-04-04', 150, AUCKLAND).toISOString()).toBe('2027-04-03T13:30:00.000Z');
  });

  it('is monotonic through a whole DST day: a later wall time that exists is never an earlier instant', () => {
    for (const [date, tz] of [
      ['2027-03-28', BERLIN],
      ['2027-10-31', BERLIN],
      ['2027-04-04', AUCKLAND],
      ['2027-09-26', AUCKLAND],
    ] as const) {
      let previous = -Infinity;
      for (let minute = 0; minute <= 1440; minute += 15) {
        // 02:00–02:59 does not exist on the spring-forward days of both zones
        if ((date === '2027-03-28' || date === '2027-09-26') && minute >= 120 && minute < 180) continue;
        const t = localInstant(date, minute, tz).getTime();
        expect(t, `${date} ${formatWallTime(minute)} ${tz}`).toBeGreaterThanOrEqual(previous);
        previous = t;
      }
    }
  });

  it('gives whole milliseconds in a zone whose old offset had seconds (Riyadh, +03:06:52)', () => {
    expect(localInstant('1940-01-01', 0, 'Asia/Riyadh').toISOString()).toBe('1939-12-31T20:53:08.000Z');
    expect(hours(localDay('1940-01-01', 'Asia/Riyadh'))).toBe(24);
  });

  describe('does not depend on the time zone of the host', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it.each(['UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata'])(
      'host TZ=%s',
      (hostZone) => {
        process.env.TZ = hostZone;
        expect(localInstant('2027-10-31', 150, BERLIN).toISOString()).toBe('2027-10-31T00:30:00.000Z');
        expect(localInstant('2027-03-28', 150, BERLIN).toISOString()).toBe('2027-03-28T01:30:00.000Z');
        expect(localInstant('2027-04-04', 150, AUCKLAND).toISOString()).toBe('2027-04-03T13:30:00.000Z');
        expect(localInstant('2027-09-26', 150, AUCKLAND).toISOString()).toBe('2027-09-25T14:30:00.000Z');
        expect(localInstant('2027-10-20', 9 * 60, BERLIN).toISOString()).toBe('2027-10-20T07:00:00.000Z');
        expect(localDateOf(new Date('2027-10-30T22:30:00Z'), BERLIN)).toBe('2027-10-31');
        expect(hours(localDay('2027-10-31', BERLIN))).toBe(25);
      },
    );
  });
});

describe('localDay', () => {
  it('is 24 hours on an ordinary day', () => {
    const day = localDay('2027-10-20', BERLIN);
    expect(isoPairs([day])).toEqual([['2027-10-19T22:00:00.000Z', '2027-10-20T22:00:00.000Z']]);
    expect(hours(day)).toBe(24);
  });

  it('is 23 hours when Berlin springs forward (2027-03-28)', () => {
    const day = localDay('2027-03-28', BERLIN);
    expect(isoPairs([day])).toEqual([['2027-03-27T23:00:00.000Z', '2027-03-28T22:00:00.000Z']]);
    expect(hours(day)).toBe(23);
  });

  it('is 25 hours when Berlin falls back (2027-10-31)', () => {
    const day = localDay('2027-10-31', BERLIN);
    expect(isoPairs([day])).toEqual([['2027-10-30T22:00:00.000Z', '2027-10-31T23:00:00.000Z']]);
    expect(hours(day)).toBe(25);
  });

  it('follows the southern hemisphere: Auckland falls back in April and springs forward in September', () => {
    const april = localDay('2027-04-04', AUCKLAND);
    expect(isoPairs([april])).toEqual([['2027-04-03T11:00:00.000Z', '2027-04-04T12:00:00.000Z']]);
    expect(hours(april)).toBe(25);
    expect(hours(localDay('2027-04-03', AUCKLAND))).toBe(24);
    expect(hours(localDay('2027-04-05', AUCKLAND))).toBe(24);

    const september = localDay('2027-09-26', AUCKLAND);
    expect(isoPairs([september])).toEqual([['2027-09-25T12:00:00.000Z', '2027-09-26T11:00:00.000Z']]);
    expect(hours(september)).toBe(23);
    expect(hours(localDay('2027-09-25', AUCKLAND))).toBe(24);
  });

  it('has consecutive days touching without gap or overlap across a DST change', () => {
    for (const date of ['2027-03-27', '2027-03-28', '2027-10-30', '2027-10-31']) {
      expect(localDay(date, BERLIN).end).toEqual(localDay(addDays(date, 1), BERLIN).start);
    }
  });
});

describe('localDateOf', () => {
  it('gives the local date of an instant, which may differ from the UTC date', () => {
    expect(localDateOf(new Date('2027-10-20T21:59:59Z'), BERLIN)).toBe('2027-10-20');
    expect(localDateOf(new Date('2027-10-20T22:00:00Z'), BERLIN)).toBe('2027-10-21');
    expect(localDateOf(new Date('2027-10-20T11:00:00Z'), AUCKLAND)).toBe('2027-10-21');
    expect(localDateOf(new Date('2027-12-31T23:30:00Z'), BERLIN)).toBe('2028-01-01');
    expect(localDateOf(new Date('2027-10-20T03:00:00Z'), NEW_YORK)).toBe('2027-10-19');
  });
});

describe('openingIntervals', () => {
  const weekdays9to17: OpeningSlot[] = [1, 2, 3, 4, 5].map((weekday) => ({
    weekday,
    opensMinute: 540,
    closesMinute: 1020,
  }));

  it('turns the weekday’s slots into instants on that date', () => {
    expect(isoPairs(openingIntervals('2027-10-20', weekdays9to17, BERLIN))).toEqual([
      ['2027-10-20T07:00:00.000Z', '2027-10-20T15:00:00.000Z'],
    ]);
    // after the change to winter time the same wall-clock hours are an hour later in UTC
    expect(isoPairs(openingIntervals('2027-11-03', weekdays9to17, BERLIN))).toEqual([
      ['2027-11-03T08:00:00.000Z', '2027-11-03T16:00:00.000Z'],
    ]);
  });

  it('is empty on a weekday without slots', () => {
    expect(openingIntervals('2027-10-23', weekdays9to17, BERLIN)).toEqual([]);
    expect(openingIntervals('2027-10-24', weekdays9to17, BERLIN)).toEqual([]);
  });

  it('returns several intervals of a day sorted, whatever the input order', () => {
    const slots: OpeningSlot[] = [
      { weekday: 3, opensMinute: 840, closesMinute: 1080 },
      { weekday: 4, opensMinute: 0, closesMinute: 1440 },
      { weekday: 3, opensMinute: 480, closesMinute: 720 },
    ];
    expect(isoPairs(openingIntervals('2027-10-20', slots, BERLIN))).toEqual([
      ['2027-10-20T06:00:00.000Z', '2027-10-20T10:00:00.000Z'],
      ['2027-10-20T12:00:00.000Z', '2027-10-20T16:00:00.000Z'],
    ]);
  });

  it('gives real elapsed hours on DST days, up to 24:00', () => {
    const sundayAllDay: OpeningSlot[] = [{ weekday: 7, opensMinute: 0, closesMinute: 1440 }];
    const [autumn] = openingIntervals('2027-10-31', sundayAllDay, BERLIN);
    expect(hours(autumn!)).toBe(25);
    const [spring] = openingIntervals('2027-03-28', sundayAllDay, BERLIN);
    expect(hours(spring!)).toBe(23);

    const sundayNight: OpeningSlot[] = [{ weekday: 7, opensMinute: 60, closesMinute: 240 }];
    expect(hours(openingIntervals('2027-10-31', sundayNight, BERLIN)[0]!)).toBe(4);
    expect(hours(openingIntervals('2027-03-28', sundayNight, BERLIN)[0]!)).toBe(2);
    expect(hours(openingIntervals('2027-10-24', sundayNight, BERLIN)[0]!)).toBe(3);
  });
});

describe('subtractIntervals', () => {
  const day = iv('2027-10-20T07:00:00Z', '2027-10-20T15:00:00Z');

  it('returns the intervals unchanged when nothing is taken', () => {
    expect(isoPairs(subtractIntervals([day], []))).toEqual([['2027-10-20T07:00:00.000Z', '2027-10-20T15:00:00.000Z']]);
  });

  it('cuts a hole in the middle', () => {
    expect(isoPairs(subtractIntervals([day], [iv('2027-10-20T09:00:00Z', '2027-10-20T10:00:00Z')]))).toEqual([
      ['2027-10-20T07:00:00.000Z', '2027-10-20T09:00:00.000Z'],
      ['2027-10-20T10:00:00.000Z', '2027-10-20T15:00:00.000Z'],
    ]);
  });

  it('trims the edges and ignores what lies outside or only touches', () => {
    const taken = [
      iv('2027-10-20T05:00:00Z', '2027-10-20T08:00:00Z'),
      iv('2027-10-20T14:00:00Z', '2027-10-20T18:00:00Z'),
      iv('2027-10-20T03:00:00Z', '2027-10-20T07:00:00Z'),
      iv('2027-10-20T15:00:00Z', '2027-10-20T16:00:00Z'),
    ];
    expect(isoPairs(subtractIntervals([day], taken))).toEqual([
      ['2027-10-20T08:00:00.000Z', '2027-10-20T14:00:00.000Z'],
    ]);
  });

  it('handles unsorted and overlapping taken intervals', () => {
    const taken = [
      iv('2027-10-20T12:00:00Z', '2027-10-20T13:00:00Z'),
      iv('2027-10-20T09:00:00Z', '2027-10-20T11:00:00Z'),
      iv('2027-10-20T10:00:00Z', '2027-10-20T12:30:00Z'),
    ];
    expect(isoPairs(subtractIntervals([day], taken))).toEqual([
      ['2027-10-20T07:00:00.000Z', '2027-10-20T09:00:00.000Z'],
      ['2027-10-20T13:00:00.000Z', '2027-10-20T15:00:00.000Z'],
    ]);
  });

  it('leaves nothing when everything is taken, and drops empty pieces', () => {
    expect(subtractIntervals([day], [iv('2027-10-20T06:00:00Z', '2027-10-20T16:00:00Z')])).toEqual([]);
    const back2back = [
      iv('2027-10-20T07:00:00Z', '2027-10-20T11:00:00Z'),
      iv('2027-10-20T11:00:00Z', '2027-10-20T15:00:00Z'),
    ];
    expect(subtractIntervals([day], back2back)).toEqual([]);
  });

  it('works over several intervals and returns them sorted', () => {
    const open = [
      iv('2027-10-20T12:00:00Z', '2027-10-20T16:00:00Z'),
      iv('2027-10-20T06:00:00Z', '2027-10-20T10:00:00Z'),
    ];
    const taken = [iv('2027-10-20T09:00:00Z', '2027-10-20T13:00:00Z')];
    expect(isoPairs(subtractIntervals(open, taken))).toEqual([
      ['2027-10-20T06:00:00.000Z', '2027-10-20T09:00:00.000Z'],
      ['2027-10-20T13:00:00.000Z', '2027-10-20T16:00:00.000Z'],
    ]);
  });

  it('does not change its inputs', () => {
    const taken = [
      iv('2027-10-20T12:00:00Z', '2027-10-20T13:00:00Z'),
      iv('2027-10-20T09:00:00Z', '2027-10-20T10:00:00Z'),
    ];
    const before = isoPairs(taken);
    subtractIntervals([day], taken);
    expect(isoPairs(taken)).toEqual(before);
  });
});

describe('localDatesCovering', () => {
  it('is one date for an interval within a local day', () => {
    expect(localDatesCovering(iv('2027-10-20T07:00:00Z', '2027-10-20T15:00:00Z'), BERLIN)).toEqual(['2027-10-20']);
  });

  it('does not count a day the interval only ends at (end is exclusive)', () => {
    expect(localDatesCovering(iv('2027-10-20T07:00:00Z', '2027-10-20T22:00:00Z'), BERLIN)).toEqual(['2027-10-20']);
    expect(localDatesCovering(iv('2027-10-20T07:00:00Z', '2027-10-20T22:00:01Z'), BERLIN)).toEqual([
      '2027-10-20',
      '2027-10-21',
    ]);
  });

  it('uses local dates, not UTC dates', () => {
    // 23:30–00:30 UTC is 01:30–02:30 in Berlin: one local day, two UTC days
    expect(localDatesCovering(iv('2027-10-19T23:30:00Z', '2027-10-20T00:30:00Z'), BERLIN)).toEqual(['2027-10-20']);
    // 21:00–23:00 UTC crosses local midnight in Berlin
    expect(localDatesCovering(iv('2027-10-20T21:00:00Z', '2027-10-20T23:00:00Z'), BERLIN)).toEqual([
      '2027-10-20',
      '2027-10-21',
    ]);
  });

  it('lists every date of a long interval, across month and year ends and DST', () => {
    expect(localDatesCovering(iv('2027-10-30T10:00:00Z', '2027-11-02T10:00:00Z'), BERLIN)).toEqual([
      '2027-10-30',
      '2027-10-31',
      '2027-11-01',
      '2027-11-02',
    ]);
    expect(localDatesCovering(iv('2027-12-31T12:00:00Z', '2028-01-01T12:00:00Z'), BERLIN)).toEqual([
      '2027-12-31',
      '2028-01-01',
    ]);
  });

  it('covers exactly the local day it is given, on 23- and 25-hour days too', () => {
    for (const [date, tz] of [
      ['2027-10-31', BERLIN],
      ['2027-03-28', BERLIN],
      ['2027-04-04', AUCKLAND],
      ['2027-09-26', AUCKLAND],
    ] as const) {
      expect(localDatesCovering(localDay(date, tz), tz)).toEqual([date]);
    }
  });
});

describe('dateWithin', () => {
  it('is inclusive at both ends and unbounded where null', () => {
    expect(dateWithin('2027-10-20', '2027-10-20', '2027-10-20')).toBe(true);
    expect(dateWithin('2027-10-19', '2027-10-20', null)).toBe(false);
    expect(dateWithin('2027-10-21', null, '2027-10-20')).toBe(false);
    expect(dateWithin('1999-01-01', null, null)).toBe(true);
  });
});

describe('isValidTimeZone', () => {
  it.each(['Europe/Berlin', 'Pacific/Auckland', 'America/Argentina/Buenos_Aires', 'UTC'])('accepts %s', (tz) => {
    expect(isValidTimeZone(tz)).toBe(true);
  });

  it.each(['Mars/Olympus', 'Europe/Atlantis', '', 'Berlin', 'not a zone', '+02:00'])('rejects %j', (tz) => {
    expect(isValidTimeZone(tz)).toBe(false);
  });

  it('answers the same when asked twice (cached)', () => {
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
  });
});
