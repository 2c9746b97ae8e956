import { describe, expect, it } from 'vitest';
import { aDesk } from '../../../test/factories';
import { zonedInstant } from '../../../lib/dates';
import { agreesWith, monthDates, weekdayHourMap, type HeatmapSpace } from './heatmap';

const TZ = 'Europe/Berlin';
const at = (date: string, time: string) => zonedInstant(date, time, TZ).toISOString();
const space = (over: Partial<HeatmapSpace> = {}): HeatmapSpace => ({
  timezone: TZ,
  opensOn: null,
  closesOn: null,
  openingHours: [
    { weekday: 7, opens: '00:00', closes: '24:00' },
    { weekday: 6, opens: '20:00', closes: '24:00' },
  ],
  closures: [],
  desks: [aDesk({ id: 'd', spaceId: 's', name: 'A' })],
  ...over,
});
const sum = (cells: { available: number; booked: number }[], k: 'available' | 'booked') =>
  cells.reduce((s, c) => s + c[k], 0);

describe('the weekday × hour map', () => {
  it('counts real hours by local clock hour, the 25-hour day at the end of DST included', () => {
    // October 2026: Sundays 4, 11, 18 and 25 (25 hours: 02:00–03:00 happens twice)
    const map = weekdayHourMap(space(), '2026-10', [
      { start: at('2026-10-25', '00:00'), end: at('2026-10-25', '04:00'), status: 'confirmed' },
    ]);
    const sunday = map[6]!;
    expect(sunday[2]).toEqual({ available: 5, booked: 2 });
    expect(sunday[3]).toEqual({ available: 4, booked: 1 });
    expect(sum(sunday, 'available')).toBe(97);
    expect(sum(sunday, 'booked')).toBe(5);
  });

  it('keeps only the part of a booking inside the month and the opening hours, and only counting bookings', () => {
    const map = weekdayHourMap(space(), '2026-10', [
      // Saturday 31 October 21:00 to Sunday 1 November 02:00: 22–24 is open and in October (21–22 is open too)
      { start: at('2026-10-31', '21:00'), end: at('2026-11-01', '02:00'), status: 'checked_in' },
      { start: at('2026-10-31', '20:00'), end: at('2026-10-31', '21:00'), status: 'cancelled' },
      { start: at('2026-10-30', '10:00'), end: at('2026-10-30', '12:00'), status: 'confirmed' }, // Friday: closed
    ]);
    const saturday = map[5]!;
    expect(saturday[20]!.booked).toBe(0);
    expect(saturday[21]!.booked).toBe(1);
    expect(saturday[23]!.booked).toBe(1);
    expect(sum(saturday, 'booked')).toBe(3);
    expect(sum(map[4]!, 'available') + sum(map[4]!, 'booked')).toBe(0);
  });

  it('leaves out closures, days outside the life and inactive desks', () => {
    const map = weekdayHourMap(
      space({
        opensOn: '2026-10-05',
        closures: [{ spaceId: 's', date: '2026-10-11', reason: null }],
        desks: [
          aDesk({ id: 'a', spaceId: 's', name: 'A' }),
          aDesk({ id: 'b', spaceId: 's', name: 'B', activeFrom: '2026-10-20' }),
        ],
      }),
      '2026-10',
      [],
    );
    // Sundays 18 (one desk, 24 h) and 25 (two desks, 25 h); the 4th is before opening, the 11th closed
    expect(sum(map[6]!, 'available')).toBe(24 + 50);
  });

  it('takes a partial closure’s window out of that day only, as the report does', () => {
    const map = weekdayHourMap(
      space({ closures: [{ spaceId: 's', date: '2026-10-18', reason: null, starts: '13:00', ends: '16:00' }] }),
      '2026-10',
      [{ start: at('2026-10-18', '12:00'), end: at('2026-10-18', '17:00'), status: 'confirmed' }],
    );
    const sunday = map[6]!;
    // four Sundays: 24 + 24 + 21 + 25 hours; 13–16 of the 18th closed
    expect(sum(sunday, 'available')).toBe(24 + 24 + 21 + 25);
    expect(sunday[13]!.available).toBe(3);
    expect(sunday[12]!.available).toBe(4);
    // the booking counts only outside the window: 12–13 and 16–17
    expect(sum(sunday, 'booked')).toBe(2);
    expect(sunday[14]!.booked).toBe(0);
  });

  it('agrees with the API profiles only when both sums match', () => {
    const map = weekdayHourMap(space(), '2026-10', []);
    const byWeekday = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      availableDeskHours: sum(map[weekday - 1]!, 'available'),
      bookedDeskHours: 0,
      occupiedDeskHours: 0,
    }));
    const byHour = Array.from({ length: 24 }, (_, hour) => ({
      hour,
      availableDeskHours: sum(
        map.map((r) => r[hour]!),
        'available',
      ),
      bookedDeskHours: 0,
      occupiedDeskHours: 0,
    }));
    expect(agreesWith(map, { byWeekday, byHour })).toBe(true);
    expect(
      agreesWith(map, {
        byWeekday: byWeekday.map((w) => (w.weekday === 7 ? { ...w, bookedDeskHours: 1 } : w)),
        byHour,
      }),
    ).toBe(false);
    expect(monthDates('2026-02')).toHaveLength(28);
  });
});
