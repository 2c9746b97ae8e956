import { describe, expect, it } from 'vitest';
import type { OpeningHour } from '@popdesk/shared';
import { aBooking } from '../../test/factories';
import { nextOpeningDay, usualBooking, usualBookingBody, usualTimes } from './usual';

const tz = 'Europe/Berlin';
const weekdays: OpeningHour[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' }));

describe('book my usual', () => {
  it('takes the latest booking of a favourite desk that was not cancelled', () => {
    const bookings = [
      aBooking({ id: 'old', deskId: 'fav', start: '2031-06-02T07:00:00.000Z' }),
      aBooking({ id: 'newest-other', deskId: 'other', start: '2031-06-09T07:00:00.000Z' }),
      aBooking({ id: 'latest', deskId: 'fav', start: '2031-06-05T06:30:00.000Z' }),
      aBooking({ id: 'cancelled', deskId: 'fav', start: '2031-06-06T07:00:00.000Z', status: 'cancelled' }),
    ];
    expect(usualBooking(bookings, new Set(['fav']))?.id).toBe('latest');
    expect(usualBooking(bookings, new Set(['none']))).toBeNull();
  });

  it('proposes the next day open for the whole time whose start is ahead, skipping closures', () => {
    const times = { start: '09:00', end: '12:00' };
    // Friday 6 June 2031, 10:00 in Berlin: today's start has passed; the weekend is closed
    const now = new Date('2031-06-06T08:00:00Z');
    expect(nextOpeningDay({ timezone: tz, openingHours: weekdays }, times, now)).toBe('2031-06-09');
    // earlier that Friday, today still fits
    expect(nextOpeningDay({ timezone: tz, openingHours: weekdays }, times, new Date('2031-06-06T05:00:00Z'))).toBe(
      '2031-06-06',
    );
    const closure = { spaceId: 's1', date: '2031-06-09', reason: 'Pfingstmontag' };
    expect(nextOpeningDay({ timezone: tz, openingHours: weekdays, upcomingClosures: [closure] }, times, now)).toBe(
      '2031-06-10',
    );
    // a day open only in the afternoon does not fit a morning
    const saturday: OpeningHour = { weekday: 6, opens: '13:00', closes: '17:00' };
    expect(nextOpeningDay({ timezone: tz, openingHours: [...weekdays, saturday] }, times, now)).toBe('2031-06-09');
  });

  it('falls back to tomorrow when nothing fits, and to the first day ahead without hours', () => {
    const now = new Date('2031-06-06T08:00:00Z');
    expect(nextOpeningDay({ timezone: tz, openingHours: [] }, { start: '09:00', end: '12:00' }, now)).toBe(
      '2031-06-07',
    );
    expect(nextOpeningDay({ timezone: tz }, { start: '11:00', end: '12:00' }, now)).toBe('2031-06-06');
  });

  it('books the same desk at the same wall-clock times on the chosen date, across a DST change', () => {
    // 09:00–12:00 in Berlin summer time (UTC+2); 3 November is winter time (UTC+1)
    const times = usualTimes(
      aBooking({ deskId: 'fav', start: '2031-06-03T07:00:00.000Z', end: '2031-06-03T10:00:00.000Z' }),
      tz,
    );
    expect(times).toMatchObject({ start: '09:00', end: '12:00' });
    expect(usualBookingBody(times, '2031-11-03', tz)).toEqual({
      deskId: 'fav',
      start: '2031-11-03T08:00:00.000Z',
      end: '2031-11-03T11:00:00.000Z',
    });
  });
});
