/**
 * The rules of POST /api/bookings for a coworker's own booking, each with its exact status code.
 * Clock: 2027-10-20T10:00Z, a Wednesday (12:00 in Berlin, CEST = UTC+2); default hours Mon–Fri
 * 09:00–17:00 local, i.e. 07:00Z–15:00Z before the end of DST on 31 October.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, book, createSpace, expectProblem, registerUser, startApp, type TestApp } from '../harness.js';
import { addDesk, availability, booked, freeOf } from './fixtures.js';

describe('POST /api/bookings: rules for a coworker', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  describe('a valid booking', () => {
    it('is 201 with the booking, in UTC, held by the caller', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      const res = await book(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T09:00:00+02:00',
        end: '2027-10-21T12:30:00+02:00',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({
        deskId: space.deskIds[0],
        spaceId: space.id,
        userId: user.id,
        guestName: null,
        start: '2027-10-21T07:00:00.000Z',
        end: '2027-10-21T10:30:00.000Z',
        status: 'confirmed',
        createdAt: '2027-10-20T10:00:00.000Z',
      });
      expect(res.body.id).toEqual(expect.any(String));

      const stored = await t.http().get(`/api/bookings/${res.body.id}`).set(auth(user.token)).expect(200);
      expect(stored.body).toMatchObject({
        id: res.body.id,
        start: '2027-10-21T07:00:00.000Z',
        end: '2027-10-21T10:30:00.000Z',
        status: 'confirmed',
      });
    });

    it('may fill a whole opening interval exactly', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T07:00:00Z',
        end: '2027-10-21T15:00:00Z',
      });
      const a = await availability(t, space.id, '2027-10-21');
      expect(freeOf(a, space.deskIds[0])).toEqual([]);
      expect(freeOf(a, space.deskIds[1])).toEqual([
        { start: '2027-10-21T07:00:00.000Z', end: '2027-10-21T15:00:00.000Z' },
      ]);
    });
  });

  describe('end ≤ start', () => {
    it('is 422 when end equals start', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-21T08:00:00Z',
          end: '2027-10-21T08:00:00Z',
        }),
        422,
      );
    });

    it('is 422 when end is before start', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-21T10:00:00Z',
          end: '2027-10-21T08:00:00Z',
        }),
        422,
      );
    });
  });

  describe('opening hours', () => {
    it('is 422 when the booking starts before opening', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      // 08:00–10:00 local; opens 09:00
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-21T06:00:00Z',
          end: '2027-10-21T08:00:00Z',
        }),
        422,
      );
    });

    it('is 422 when the booking ends after closing', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      // 16:00–17:01 local; closes 17:00
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-21T14:00:00Z',
          end: '2027-10-21T15:01:00Z',
        }),
        422,
      );
    });

    it('is 422 on a weekday without opening hours', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      // Saturday 2027-10-23, 09:00–12:00 local
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-23T07:00:00Z',
          end: '2027-10-23T10:00:00Z',
        }),
        422,
      );
    });

    it('is 422 when the booking spans two days’ opening intervals', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      // Thursday 09:00 to Friday 17:00 local
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-21T07:00:00Z',
          end: '2027-10-22T15:00:00Z',
        }),
        422,
      );
    });

    it('is 422 when the booking spans midnight between a 24:00 close and a 00:00 open', async () => {
      const space = await createSpace(t, {
        hours: [
          { weekday: 4, opens: '18:00', closes: '24:00' },
          { weekday: 5, opens: '00:00', closes: '06:00' },
        ],
      });
      const user = await registerUser(t);
      // Thursday 22:00 to Friday 02:00 local: two opening intervals, two local days
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-21T20:00:00Z',
          end: '2027-10-22T00:00:00Z',
        }),
        422,
      );
      // each half on its own is fine
      await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T20:00:00Z',
        end: '2027-10-21T22:00:00Z',
      });
      await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T22:00:00Z',
        end: '2027-10-22T00:00:00Z',
      });
    });
  });

  describe('closures', () => {
    it('is 422 on a closed day, and 201 again once the closure is lifted', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      await t
        .http()
        .post(`/api/spaces/${space.id}/closures`)
        .set(auth(t.adminToken))
        .send({ date: '2027-10-22', reason: 'Kirmes' })
        .expect(201);
      const body = { deskId: space.deskIds[0], start: '2027-10-22T07:00:00Z', end: '2027-10-22T10:00:00Z' };
      expectProblem(await book(t, user.token, body), 422);
      expect((await availability(t, space.id, '2027-10-22')).open).toEqual([]);

      await t.http().delete(`/api/spaces/${space.id}/closures/2027-10-22`).set(auth(t.adminToken)).expect(204);
      await booked(t, user.token, body);
    });
  });

  describe('the life of a pop-up space (opensOn / closesOn, inclusive)', () => {
    const day = (date: string) => ({ start: `${date}T07:00:00Z`, end: `${date}T09:00:00Z` });

    it('is 422 before opensOn', async () => {
      const space = await createSpace(t, { body: { opensOn: '2027-10-25', closesOn: '2027-10-27' } });
      const user = await registerUser(t);
      expectProblem(await book(t, user.token, { deskId: space.deskIds[0], ...day('2027-10-22') }), 422);
    });

    it('is 201 on opensOn and on closesOn', async () => {
      const space = await createSpace(t, { body: { opensOn: '2027-10-25', closesOn: '2027-10-27' } });
      const user = await registerUser(t);
      await booked(t, user.token, { deskId: space.deskIds[0], ...day('2027-10-25') });
      await booked(t, user.token, { deskId: space.deskIds[0], ...day('2027-10-27') });
    });

    it('is 422 after closesOn', async () => {
      const space = await createSpace(t, { body: { opensOn: '2027-10-25', closesOn: '2027-10-27' } });
      const user = await registerUser(t);
      expectProblem(await book(t, user.token, { deskId: space.deskIds[0], ...day('2027-10-28') }), 422);
    });
  });

  describe('desk active dates (activeFrom / activeUntil, inclusive)', () => {
    it('is 422 before activeFrom and after activeUntil, 201 on both bounds', async () => {
      const space = await createSpace(t, { desks: 0 });
      const deskId = await addDesk(t, space.id, { activeFrom: '2027-10-22', activeUntil: '2027-10-25' });
      const user = await registerUser(t);
      expectProblem(
        await book(t, user.token, { deskId, start: '2027-10-21T07:00:00Z', end: '2027-10-21T09:00:00Z' }),
        422,
      );
      await booked(t, user.token, { deskId, start: '2027-10-22T07:00:00Z', end: '2027-10-22T09:00:00Z' });
      await booked(t, user.token, { deskId, start: '2027-10-25T07:00:00Z', end: '2027-10-25T09:00:00Z' });
      expectProblem(
        await book(t, user.token, { deskId, start: '2027-10-26T07:00:00Z', end: '2027-10-26T09:00:00Z' }),
        422,
      );
    });

    it('leaves an inactive desk out of the availability', async () => {
      const space = await createSpace(t, { desks: 1 });
      const deskId = await addDesk(t, space.id, { activeFrom: '2027-10-25' });
      expect((await availability(t, space.id, '2027-10-22')).desks.map((d) => d.deskId)).toEqual([space.deskIds[0]]);
      expect((await availability(t, space.id, '2027-10-25')).desks.map((d) => d.deskId)).toContain(deskId);
    });
  });

  describe('the past', () => {
    it('is 422 for a booking on an earlier day', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      // Tuesday 2027-10-19
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-19T07:00:00Z',
          end: '2027-10-19T10:00:00Z',
        }),
        422,
      );
    });

    it('is 422 for a booking today that has already ended', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      // now is 10:00Z; 07:00Z–09:00Z is over
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-20T07:00:00Z',
          end: '2027-10-20T09:00:00Z',
        }),
        422,
      );
    });

    it('is 201 for a booking that has started but not ended', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-20T09:00:00Z',
        end: '2027-10-20T12:00:00Z',
      });
    });

    it('follows the clock', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      const body = { deskId: space.deskIds[0], start: '2027-10-21T07:00:00Z', end: '2027-10-21T09:00:00Z' };
      t.setNow('2027-10-21T09:30:00Z');
      try {
        expectProblem(await book(t, user.token, body), 422);
      } finally {
        t.setNow('2027-10-20T10:00:00Z');
      }
      await booked(t, user.token, body);
    });
  });

  describe('the booking horizon', () => {
    it('allows the last day of the default 28-day horizon and refuses the day after', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      // 2027-10-20 + 28 days = Wednesday 2027-11-17 (CET: 09:00 local = 08:00Z)
      await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-11-17T08:00:00Z',
        end: '2027-11-17T09:00:00Z',
      });
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-11-18T08:00:00Z',
          end: '2027-11-18T09:00:00Z',
        }),
        422,
      );
    });

    it('counts the horizon from today’s local date in the space’s zone', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      // 23:30Z on the 20th is already 01:30 on Thursday the 21st in Berlin: the horizon ends on 2027-11-18
      t.setNow('2027-10-20T23:30:00Z');
      try {
        await booked(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-11-18T08:00:00Z',
          end: '2027-11-18T09:00:00Z',
        });
        expectProblem(
          await book(t, user.token, {
            deskId: space.deskIds[0],
            start: '2027-11-19T08:00:00Z',
            end: '2027-11-19T09:00:00Z',
          }),
          422,
        );
      } finally {
        t.setNow('2027-10-20T10:00:00Z');
      }
    });

    it('uses the space’s bookingHorizonDays', async () => {
      const space = await createSpace(t, { body: { bookingHorizonDays: 2 } });
      const user = await registerUser(t);
      await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-22T07:00:00Z',
        end: '2027-10-22T09:00:00Z',
      });
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-25T07:00:00Z',
          end: '2027-10-25T09:00:00Z',
        }),
        422,
      );
    });
  });

  describe('overlaps', () => {
    it('is 409 when the desk is already booked for part of that time', async () => {
      const space = await createSpace(t);
      const [a, b] = [await registerUser(t), await registerUser(t)];
      await booked(t, a.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T07:00:00Z',
        end: '2027-10-21T10:00:00Z',
      });
      const problem = expectProblem(
        await book(t, b.token, {
          deskId: space.deskIds[0],
          start: '2027-10-21T09:00:00Z',
          end: '2027-10-21T11:00:00Z',
        }),
        409,
      );
      expect(problem.detail).toEqual(expect.any(String));
      // a booking inside the other one, and one enclosing it, are refused too
      expectProblem(
        await book(t, b.token, {
          deskId: space.deskIds[0],
          start: '2027-10-21T08:00:00Z',
          end: '2027-10-21T09:00:00Z',
        }),
        409,
      );
      expectProblem(
        await book(t, b.token, {
          deskId: space.deskIds[0],
          start: '2027-10-21T07:00:00Z',
          end: '2027-10-21T15:00:00Z',
        }),
        409,
      );
      // the other desk is free
      await booked(t, b.token, {
        deskId: space.deskIds[1],
        start: '2027-10-21T09:00:00Z',
        end: '2027-10-21T11:00:00Z',
      });
    });

    it('is 409 when one person books two desks at overlapping times', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T07:00:00Z',
        end: '2027-10-21T10:00:00Z',
      });
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[1],
          start: '2027-10-21T09:00:00Z',
          end: '2027-10-21T12:00:00Z',
        }),
        409,
      );
    });

    it('is 409 when one person books overlapping desks in two different spaces', async () => {
      const [one, two] = [await createSpace(t), await createSpace(t)];
      const user = await registerUser(t);
      await booked(t, user.token, {
        deskId: one.deskIds[0],
        start: '2027-10-21T07:00:00Z',
        end: '2027-10-21T10:00:00Z',
      });
      expectProblem(
        await book(t, user.token, {
          deskId: two.deskIds[0],
          start: '2027-10-21T09:59:00Z',
          end: '2027-10-21T12:00:00Z',
        }),
        409,
      );
    });

    it('allows back-to-back bookings of one desk (09:00–12:00, then 12:00–15:00)', async () => {
      const space = await createSpace(t);
      const [a, b] = [await registerUser(t), await registerUser(t)];
      await booked(t, a.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T07:00:00Z',
        end: '2027-10-21T10:00:00Z',
      });
      await booked(t, b.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T10:00:00Z',
        end: '2027-10-21T13:00:00Z',
      });
      const a2 = await availability(t, space.id, '2027-10-21');
      expect(freeOf(a2, space.deskIds[0])).toEqual([
        { start: '2027-10-21T13:00:00.000Z', end: '2027-10-21T15:00:00.000Z' },
      ]);
    });

    it('allows one person back-to-back bookings on two desks', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      await booked(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T07:00:00Z',
        end: '2027-10-21T10:00:00Z',
      });
      await booked(t, user.token, {
        deskId: space.deskIds[1],
        start: '2027-10-21T10:00:00Z',
        end: '2027-10-21T13:00:00Z',
      });
    });
  });

  describe('malformed and unauthorised requests', () => {
    it('is 404 for an unknown deskId', async () => {
      const user = await registerUser(t);
      expectProblem(
        await book(t, user.token, { deskId: randomUUID(), start: '2027-10-21T07:00:00Z', end: '2027-10-21T09:00:00Z' }),
        404,
      );
    });

    it('is 400 for a malformed deskId', async () => {
      const user = await registerUser(t);
      const problem = expectProblem(
        await book(t, user.token, { deskId: 'desk-1', start: '2027-10-21T07:00:00Z', end: '2027-10-21T09:00:00Z' }),
        400,
      );
      expect(problem.errors?.map((e) => e.path)).toContain('body.deskId');
    });

    it('is 400 for a missing end, an unparseable start or a start without an offset', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      expectProblem(await book(t, user.token, { deskId: space.deskIds[0], start: '2027-10-21T07:00:00Z' }), 400);
      expectProblem(
        await book(t, user.token, { deskId: space.deskIds[0], start: 'tomorrow', end: '2027-10-21T09:00:00Z' }),
        400,
      );
      expectProblem(
        await book(t, user.token, {
          deskId: space.deskIds[0],
          start: '2027-10-21T07:00:00',
          end: '2027-10-21T09:00:00Z',
        }),
        400,
      );
    });

    it('is 401 without a token, and with an invalid one', async () => {
      const space = await createSpace(t);
      const body = { deskId: space.deskIds[0], start: '2027-10-21T07:00:00Z', end: '2027-10-21T09:00:00Z' };
      expectProblem(await t.http().post('/api/bookings').send(body), 401);
      expectProblem(await t.http().post('/api/bookings').set('Authorization', 'Bearer not-a-jwt').send(body), 401);
      // nothing was booked
      expect(freeOf(await availability(t, space.id, '2027-10-21'), space.deskIds[0])).toHaveLength(1);
    });
  });
});
