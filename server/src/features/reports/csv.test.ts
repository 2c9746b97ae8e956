import { describe, expect, it } from 'vitest';
import { csvFormat, round2 } from './csv.js';
import { foldSmallGroups } from './monthly-report.js';

describe('csv helpers', () => {
  it('rounds half up on the decimal value', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(0.125)).toBe(0.13);
    expect(round2(0.005)).toBe(0.01);
    expect(round2(7 / 6)).toBe(1.17);
    expect(round2(2 / 3)).toBe(0.67);
    expect(round2(528)).toBe(528);
    expect(round2(1e-7)).toBe(0);
  });

  it('chooses the flavour', () => {
    expect(csvFormat({})).toEqual({ delimiter: ',', decimalComma: false, bom: false });
    expect(csvFormat({ locale: 'de' })).toEqual({ delimiter: ';', decimalComma: true, bom: true });
    expect(csvFormat({ locale: 'de', bom: false, delimiter: 'tab' })).toEqual({
      delimiter: '\t',
      decimalComma: true,
      bom: false,
    });
  });
});

describe('folding small groups', () => {
  it('folds groups under 3 users into other and keeps the totals', () => {
    expect(
      foldSmallGroups([
        { group: 'student', users: 2, bookings: 5 },
        { group: 'commuter', users: 3, bookings: 4 },
        { group: 'other', users: 1, bookings: 1 },
        { group: 'freelancer', users: 7, bookings: 20 },
        { group: 'volunteer', users: 1, bookings: 9 },
      ]),
    ).toEqual([
      { group: 'commuter', users: 3, bookings: 4 },
      { group: 'freelancer', users: 7, bookings: 20 },
      { group: 'other', users: 4, bookings: 15 },
    ]);
  });

  it('shows other even when it stays under 3, and nothing when nobody booked', () => {
    expect(foldSmallGroups([{ group: 'student', users: 1, bookings: 1 }])).toEqual([
      { group: 'other', users: 1, bookings: 1 },
    ]);
    expect(foldSmallGroups([])).toEqual([]);
  });
});
