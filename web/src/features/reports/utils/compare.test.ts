import { describe, expect, it } from 'vitest';
import type { MonthFigures } from '@popdesk/shared';
import { bySpace, chartEnds, monthValue, periodValue, ranking } from './compare';

const row = (spaceId: string, town: string, month: string, over: Partial<MonthFigures> = {}) =>
  ({
    spaceId,
    spaceName: `Büro ${spaceId}`,
    town,
    month,
    availableDeskHours: 100,
    bookedDeskHours: 50,
    occupiedDeskHours: 10,
    bookings: 5,
    ...over,
  }) as MonthFigures;

describe('the space comparison', () => {
  const rows = [
    row('b', 'Zossen', '2026-09', { bookedDeskHours: 90, bookings: 9 }),
    row('a', 'Angermünde', '2026-09'),
    row('b', 'Zossen', '2026-10', { availableDeskHours: 300, bookedDeskHours: 30, bookings: 3 }),
  ];

  it('groups the rows by space, ordered by town', () => {
    const spaces = bySpace(rows);
    expect(spaces.map((s) => [s.id, s.rows.length])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(monthValue(spaces[1]!.rows, '2026-10', 'bookings')).toBe(3);
    expect(monthValue(spaces[0]!.rows, '2026-10', 'bookings')).toBeNull();
  });

  it('takes ratios over the period from the summed hours and sums the counts', () => {
    const b = bySpace(rows)[1]!.rows;
    expect(periodValue(b, 'utilisation')).toBeCloseTo(120 / 400);
    expect(periodValue(b, 'occupancy')).toBeCloseTo(20 / 400);
    expect(periodValue(b, 'bookings')).toBe(12);
    expect(ranking(bySpace(rows), 'bookings').map((r) => [r.id, r.value])).toEqual([
      ['b', 12],
      ['a', 5],
    ]);
  });

  it('charts the highest and lowest halves of a long ranking only', () => {
    const ranked = Array.from({ length: 14 }, (_, i) => i);
    expect(chartEnds(ranked, 10)).toEqual([0, 1, 2, 3, 4, 9, 10, 11, 12, 13]);
    expect(chartEnds(ranked.slice(0, 10), 10)).toHaveLength(10);
  });

  it('compares the events too: held and attended, summed over the months', () => {
    const events = (held: number, attended: number) => ({
      held,
      capacity: 10 * held,
      registered: attended + 2,
      attended,
      waitlisted: 0,
      deskHours: 0,
      noShows: 2,
    });
    const withEvents = [
      row('b', 'Zossen', '2026-09', { events: events(2, 15) }),
      row('a', 'Angermünde', '2026-09', { events: events(1, 30) }),
      row('b', 'Zossen', '2026-10', { events: events(3, 12) }),
    ];
    const spaces = bySpace(withEvents);
    expect(monthValue(spaces[1]!.rows, '2026-10', 'eventsHeld')).toBe(3);
    expect(periodValue(spaces[1]!.rows, 'eventsHeld')).toBe(5);
    expect(ranking(spaces, 'eventsAttended').map((r) => [r.id, r.value])).toEqual([
      ['a', 30],
      ['b', 27],
    ]);
  });
});
