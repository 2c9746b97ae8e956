/**
 * Opening hours and bookings are local wall-clock times, daylight saving time included.
 * Europe/Berlin: CEST (UTC+2) ends 2027-10-31 03:00 → 02:00 (a 25-hour day);
 * CET (UTC+1) ends 2027-03-28 02:00 → 03:00 (a 23-hour day).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { book, createSpace, expectProblem, registerUser, startApp, type TestApp } from '../harness.js';
import { availability, booked, everyDay, freeOf, hoursBetween } from './fixtures.js';

const DEFAULT_NOW = '2027-10-20T10:00:00Z';

describe('daylight saving time', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: DEFAULT_NOW });
  });
  afterEach(() => t.setNow(DEFAULT_NOW));
  afterAll(() => t.close());

  describe('a 09:00–17:00 space', () => {
    it('opens at 07:00Z on Friday 2027-10-29 (CEST) and at 08:00Z on Monday 2027-11-01 (CET)', async () => {
      const space = await createSpace(t);
      const friday = await availability(t, space.id, '2027-10-29');
      expect(friday.timezone).toBe('Europe/Berlin');
      expect(friday.open).toEqual([{ start: '2027-10-29T07:00:00.000Z', end: '2027-10-29T15:00:00.000Z' }]);
      const monday = await availability(t, space.id, '2027-11-01');
      expect(monday.open).toEqual([{ start: '2027-11-01T08:00:00.000Z', end: '2027-11-01T16:00:00.000Z' }]);
      expect(freeOf(monday, space.deskIds[0])).toEqual(monday.open);
    });

    it('checks bookings against the local hours of that date', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      // 07:00Z is 09:00 local on Friday, but 08:00 local (before opening) on Monday
      await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-29T07:00:00Z',
        end: '2027-10-29T08:00:00Z',
      });
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-11-01T07:00:00Z',
          end: '2027-11-01T08:00:00Z',
        }),
        422,
      );
      // and 15:30Z is 16:30 local (open) on Monday, 17:30 local (closed) on Friday
      await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-11-01T15:00:00Z',
        end: '2027-11-01T16:00:00Z',
      });
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[1],
          start: '2027-10-29T14:30:00Z',
          end: '2027-10-29T15:30:00Z',
        }),
        422,
      );
    });

    it('honours the space’s own zone (America/New_York is still on EDT on 2027-11-01)', async () => {
      const space = await createSpace(t, { body: { timezone: 'America/New_York' } });
      const monday = await availability(t, space.id, '2027-11-01');
      expect(monday.timezone).toBe('America/New_York');
      expect(monday.open).toEqual([{ start: '2027-11-01T13:00:00.000Z', end: '2027-11-01T21:00:00.000Z' }]);
      const later = await availability(t, space.id, '2027-11-08');
      expect(later.open).toEqual([{ start: '2027-11-08T14:00:00.000Z', end: '2027-11-08T22:00:00.000Z' }]);
    });
  });

  describe('a space open 00:00–24:00 every day', () => {
    it('has a 25-hour opening interval on 2027-10-31, bookable in full', async () => {
      const space = await createSpace(t, { hours: everyDay('00:00', '24:00') });
      const user = await registerUser(t);
      const day = await availability(t, space.id, '2027-10-31');
      expect(day.open).toEqual([{ start: '2027-10-30T22:00:00.000Z', end: '2027-10-31T23:00:00.000Z' }]);
      expect(hoursBetween(day.open[0]!.start, day.open[0]!.end)).toBe(25);

      const b = await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-31T00:00:00+02:00',
        end: '2027-11-01T00:00:00+01:00',
      });
      expect(b.start).toBe('2027-10-30T22:00:00.000Z');
      expect(b.end).toBe('2027-10-31T23:00:00.000Z');
      expect(hoursBetween(b.start, b.end)).toBe(25);
      expect(freeOf(await availability(t, space.id, '2027-10-31'), space.deskIds[0])).toEqual([]);
      // the neighbouring days are untouched
      expect(freeOf(await availability(t, space.id, '2027-11-01'), space.deskIds[0])).toEqual([
        { start: '2027-10-31T23:00:00.000Z', end: '2027-11-01T23:00:00.000Z' },
      ]);
    });

    it('refuses a booking one hour longer than the 25-hour day', async () => {
      const space = await createSpace(t, { hours: everyDay('00:00', '24:00') });
      const user = await registerUser(t);
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-30T22:00:00Z',
          end: '2027-11-01T00:00:00Z',
        }),
        422,
      );
    });

    it('has a 23-hour opening interval on 2027-03-28, bookable in full', async () => {
      t.setNow('2027-03-20T10:00:00Z');
      const space = await createSpace(t, { hours: everyDay('00:00', '24:00') });
      const user = await registerUser(t);
      const day = await availability(t, space.id, '2027-03-28');
      expect(day.open).toEqual([{ start: '2027-03-27T23:00:00.000Z', end: '2027-03-28T22:00:00.000Z' }]);
      expect(hoursBetween(day.open[0]!.start, day.open[0]!.end)).toBe(23);

      const b = await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-03-28T00:00:00+01:00',
        end: '2027-03-29T00:00:00+02:00',
      });
      expect(b.start).toBe('2027-03-27T23:00:00.000Z');
      expect(b.end).toBe('2027-03-28T22:00:00.000Z');
      expect(hoursBetween(b.start, b.end)).toBe(23);
      // 24 hours from local midnight would run into the next day
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[1],
          start: '2027-03-27T23:00:00Z',
          end: '2027-03-28T23:00:00Z',
        }),
        422,
      );
    });
  });

  describe('24:00 as a closing time', () => {
    it('closes at the next local midnight, on a DST day too', async () => {
      const space = await createSpace(t, { hours: everyDay('18:00', '24:00') });
      const user = await registerUser(t);
      const sunday = await availability(t, space.id, '2027-10-31');
      expect(sunday.open).toEqual([{ start: '2027-10-31T17:00:00.000Z', end: '2027-10-31T23:00:00.000Z' }]);
      const friday = await availability(t, space.id, '2027-10-29');
      expect(friday.open).toEqual([{ start: '2027-10-29T16:00:00.000Z', end: '2027-10-29T22:00:00.000Z' }]);

      const b = await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-29T20:00:00Z',
        end: '2027-10-29T22:00:00Z',
      });
      expect(b.end).toBe('2027-10-29T22:00:00.000Z');
      // one minute past midnight is outside
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[1],
          start: '2027-10-29T20:00:00Z',
          end: '2027-10-29T22:01:00Z',
        }),
        422,
      );
    });
  });

  describe('two opening intervals a day (09:00–12:00, 13:00–17:00)', () => {
    const split = [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, opens: '09:00', closes: '12:00' },
      { weekday, opens: '13:00', closes: '17:00' },
    ]);

    it('shows both intervals in the availability', async () => {
      const space = await createSpace(t, { hours: split });
      const day = await availability(t, space.id, '2027-10-21');
      expect(day.open).toEqual([
        { start: '2027-10-21T07:00:00.000Z', end: '2027-10-21T10:00:00.000Z' },
        { start: '2027-10-21T11:00:00.000Z', end: '2027-10-21T15:00:00.000Z' },
      ]);
      expect(freeOf(day, space.deskIds[0])).toEqual(day.open);
    });

    it('accepts a booking inside either interval', async () => {
      const space = await createSpace(t, { hours: split });
      const user = await registerUser(t);
      await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T07:00:00Z',
        end: '2027-10-21T10:00:00Z',
      });
      await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T11:00:00Z',
        end: '2027-10-21T15:00:00Z',
      });
      expect(freeOf(await availability(t, space.id, '2027-10-21'), space.deskIds[0])).toEqual([]);
    });

    it('refuses a booking spanning the lunch gap with 422', async () => {
      const space = await createSpace(t, { hours: split });
      const user = await registerUser(t);
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-21T09:00:00Z',
          end: '2027-10-21T12:00:00Z',
        }),
        422,
      );
      // and one inside the gap
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-21T10:15:00Z',
          end: '2027-10-21T10:45:00Z',
        }),
        422,
      );
    });
  });
});
