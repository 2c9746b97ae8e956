import { describe, expect, it } from 'vitest';
import type { Booking } from '@popdesk/shared';
import { checkInWindow, type SpaceInfo } from './check-in-window';

const booking = { start: '2031-06-03T08:00:00.000Z', end: '2031-06-03T12:00:00.000Z' } as Booking;
const space = (checkInRequired: boolean): SpaceInfo => ({
  name: 'Dorfbüro',
  town: 'Neuruppin',
  address: null,
  timezone: 'Europe/Berlin',
  checkInRequired,
  releaseAfterMinutes: 30,
});

describe('the check-in window', () => {
  it('opens 15 minutes before the start and lasts until the end', () => {
    expect(checkInWindow(booking, space(false))).toEqual({
      opens: Date.parse('2031-06-03T07:45:00.000Z'),
      closes: Date.parse('2031-06-03T12:00:00.000Z'),
    });
  });

  it('closes at the release when the space requires check-in', () => {
    expect(checkInWindow(booking, space(true)).closes).toBe(Date.parse('2031-06-03T08:30:00.000Z'));
  });
});
