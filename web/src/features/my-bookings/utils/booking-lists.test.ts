import { describe, expect, it } from 'vitest';
import type { Booking } from '@popdesk/shared';
import { aBooking } from '../../../test/factories';
import { seriesRest, splitBookings } from './booking-lists';

const now = Date.parse('2031-06-03T12:00:00Z');
const b = (id: string, start: string, end: string, over: Partial<Booking> = {}) =>
  aBooking({ id, start, end, status: 'confirmed', seriesId: null, ...over });

describe('my bookings, upcoming and past', () => {
  it('upcoming are held and not over, soonest first; the rest latest first', () => {
    const later = b('later', '2031-06-05T08:00:00Z', '2031-06-05T10:00:00Z');
    const running = b('running', '2031-06-03T11:00:00Z', '2031-06-03T13:00:00Z', { status: 'checked_in' });
    const over = b('over', '2031-06-02T08:00:00Z', '2031-06-02T10:00:00Z');
    const cancelled = b('cancelled', '2031-06-04T08:00:00Z', '2031-06-04T10:00:00Z', { status: 'cancelled' });
    const { upcoming, past } = splitBookings([later, over, running, cancelled], now);
    expect(upcoming.map((x) => x.id)).toEqual(['running', 'later']);
    expect(past.map((x) => x.id)).toEqual(['cancelled', 'over']);
  });

  it('the rest of a series: this occurrence and the later ones of the same series', () => {
    const s = (id: string, day: string, seriesId = 'S') =>
      b(id, `2031-06-${day}T08:00:00Z`, `2031-06-${day}T10:00:00Z`, { seriesId });
    const upcoming = [s('w1', '10'), s('w2', '17'), s('other', '18', 'T'), s('w3', '24')];
    expect(seriesRest(upcoming, upcoming[1]!).map((x) => x.id)).toEqual(['w2', 'w3']);
  });
});
