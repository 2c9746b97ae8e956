import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../lib/downloads.js';
import { exportFileName } from './export-format.js';
import { monthsOf, previousMonth } from './months.js';
import { fixed } from './wide-csv.js';

describe('files for people', () => {
  it('names files by town and months, ASCII and Unicode', () => {
    const name = exportFileName({ town: 'Müncheberg', from: '2022-06', to: '2022-12', locale: 'de' }, 'xlsx');
    expect(name).toEqual({
      ascii: 'popdesk-muencheberg-2022-06_2022-12.xlsx',
      unicode: 'popdesk-müncheberg-2022-06_2022-12.xlsx',
    });
    expect(contentDisposition(name)).toBe(
      `attachment; filename="popdesk-muencheberg-2022-06_2022-12.xlsx"; filename*=UTF-8''popdesk-m%C3%BCncheberg-2022-06_2022-12.xlsx`,
    );
    expect(exportFileName({ town: null, from: '2022-10', to: '2022-10', locale: 'en' }, 'csv').ascii).toBe(
      'popdesk-all-spaces-2022-10.csv',
    );
    expect(exportFileName({ town: '東京', from: '2022-10', to: '2022-10', locale: 'en' }, 'csv')).toEqual({
      ascii: 'popdesk-space-2022-10.csv',
      unicode: 'popdesk-東京-2022-10.csv',
    });
  });

  it('rounds half up for people', () => {
    expect(fixed(0.479166, 1)).toBe('0.5');
    expect(fixed(47.95, 1)).toBe('48.0');
    expect(fixed(2.75, 1)).toBe('2.8');
    expect(fixed(0, 1)).toBe('0.0');
  });

  it('finds the months of a life', () => {
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(previousMonth('2027-10')).toBe('2027-09');
    const life = { spaceId: 'x', timezone: 'Europe/Berlin', opens: null, closes: null, firstBooking: null };
    expect(monthsOf([], '2027-01')).toEqual({
      from: '2027-01',
      to: '2027-01',
      current: '2027-01',
      lastComplete: '2026-12',
    });
    expect(monthsOf([{ ...life, opens: '2022-06', closes: '2022-12', current: '2027-01' }], '2027-01')).toEqual({
      from: '2022-06',
      to: '2022-12',
      current: '2027-01',
      lastComplete: '2022-12',
    });
    // closing this month: the month is not over yet
    expect(monthsOf([{ ...life, opens: '2026-06', closes: '2027-01', current: '2027-01' }], '2027-01')).toMatchObject({
      to: '2027-01',
      lastComplete: '2026-12',
    });
  });
});
