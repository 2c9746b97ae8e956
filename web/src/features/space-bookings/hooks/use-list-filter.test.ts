import { describe, expect, it } from 'vitest';
import { defaultListFilter, validRange } from './use-list-filter';

describe('the bookings list filter', () => {
  it('defaults to all spaces and statuses for two weeks from today', () => {
    expect(defaultListFilter('2031-06-03')).toEqual({ spaceId: '', from: '2031-06-03', to: '2031-06-16', status: '' });
  });

  it('accepts a range of one day or more, not a backwards or broken one', () => {
    expect(validRange({ from: '2031-06-03', to: '2031-06-03' })).toBe(true);
    expect(validRange({ from: '2031-06-04', to: '2031-06-03' })).toBe(false);
    expect(validRange({ from: '2031-02-30', to: '2031-06-03' })).toBe(false);
    expect(validRange({ from: '', to: '2031-06-03' })).toBe(false);
  });
});
