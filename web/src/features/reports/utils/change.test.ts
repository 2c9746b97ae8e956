import { describe, expect, it } from 'vitest';
import type { MonthFigures } from '@popdesk/shared';
import { figureChange } from './change';
import { lastMonths, pickerMonths } from './months';

const month = (over: Partial<MonthFigures>) => over as MonthFigures;

describe('the change against the previous month', () => {
  it('is in percentage points for ratios, signed, in the page language', () => {
    const now = month({ utilisation: 0.467, bookings: 17, bookedDeskHours: 120.4 });
    const before = month({ utilisation: 0.425, bookings: 5, bookedDeskHours: 130 });
    expect(figureChange('utilisation', now, before, 'de')).toMatchObject({
      short: '+4,2 Pp.',
      size: '4,2',
      delta: 4.2,
    });
    expect(figureChange('utilisation', now, before, 'en')).toMatchObject({ short: '+4.2 pp', kind: 'points' });
    expect(figureChange('bookings', now, before, 'de')).toMatchObject({ short: '+12', size: '12', kind: 'count' });
    expect(figureChange('bookings', before, now, 'de')).toMatchObject({ short: '-12', size: '12', delta: -12 });
    expect(figureChange('bookedDeskHours', now, before, 'de')).toMatchObject({ short: '-9,6', kind: 'hours' });
    expect(figureChange('bookings', now, now, 'de')).toMatchObject({ short: '0', delta: 0 });
  });
});

describe('the months of a picker', () => {
  it('lists a whole life newest first, and keeps a month from the address outside it', () => {
    expect(pickerMonths({ from: '2022-10', to: '2023-01' })).toEqual(['2023-01', '2022-12', '2022-11', '2022-10']);
    expect(pickerMonths({ from: '2022-10', to: '2022-11' }, '2021-05')).toEqual(['2022-11', '2022-10', '2021-05']);
  });

  it('defaults a comparison to the last 12 complete months, or the life when shorter', () => {
    expect(lastMonths({ from: '2020-01', lastComplete: '2026-11' }, 12)).toEqual({ from: '2025-12', to: '2026-11' });
    expect(lastMonths({ from: '2022-06', lastComplete: '2022-12' }, 12)).toEqual({ from: '2022-06', to: '2022-12' });
  });
});
