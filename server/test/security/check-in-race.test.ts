/**
 * A check-in that races a cancellation: the check-in's UPDATE is conditional (`WHERE status in
 * ('confirmed', 'no_show') … RETURNING`), and when the booking was cancelled meanwhile it answers
 * 422, never 200 with a booking that ends cancelled. The answers always agree with what is stored.
 * Clock: Wednesday 2027-10-20T10:00Z; the bookings are on Thursday (hours 07:00Z–15:00Z).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db/db.js';
import {
  auth,
  createSpace,
  expectProblem,
  isPostgres,
  makeStaff,
  registerUser,
  startApp,
  type TestApp,
} from '../harness.js';
import { booked, getBooking } from '../bookings/fixtures.js';

const SLOT = (hour: number) => ({
  start: `2027-10-21T${String(hour).padStart(2, '0')}:00:00Z`,
  end: `2027-10-21T${String(hour + 1).padStart(2, '0')}:00:00Z`,
});

describe('check-in racing a cancellation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  const checkIn = (token: string, id: string) => t.http().post(`/api/bookings/${id}/check-in`).set(auth(token));
  const cancel = (token: string, id: string) => t.http().post(`/api/bookings/${id}/cancel`).set(auth(token)).send({});

  it('cancelled first, then checked in: 422, and the booking stays cancelled', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const holder = await registerUser(t);
    const b = await booked(t, holder.token, { deskId: space.deskIds[0], ...SLOT(8) });
    expect((await cancel(holder.token, b.id)).status).toBe(200);
    const res = await checkIn(staff.token, b.id);
    expect(expectProblem(res, 422).type).toMatch(/booking-cancelled/);
    expect(await getBooking(t, holder.token, b.id)).toMatchObject({ status: 'cancelled', checkedInAt: null });
  });

  it('a check-in that reads the booking before a cancellation commits answers 422', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const holder = await registerUser(t);
    const b = await booked(t, holder.token, { deskId: space.deskIds[0], ...SLOT(9) });
    // a cancellation in an open transaction holds the row; the check-in is sent meanwhile
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const cancelling = t.app.db.transaction(async (tx) => {
      await tx.execute(sql`update bookings set status = 'cancelled', cancelled_at = now() where id = ${b.id}`);
      holding();
      await released;
    });
    await held;
    const answer = checkIn(staff.token, b.id).then((r) => r);
    if (isPostgres) {
      // PostgreSQL: until the check-in's UPDATE waits for the row (it read 'confirmed' before)
      for (let i = 0; i < 200; i++) {
        const [waiting] = await rows<{ n: number }>(
          t.app.db,
          sql`select count(*)::int as n from pg_stat_activity
              where wait_event_type = 'Lock' and query ilike 'update "bookings"%'`,
        );
        if (waiting!.n > 0) break;
        await sleep(25);
      }
    } else {
      // PGlite runs one transaction at a time: the check-in waits for the cancellation as a whole
      await sleep(100);
    }
    release();
    await cancelling;
    const res = await answer;
    expect(expectProblem(res, 422).type).toMatch(/booking-cancelled/);
    expect(await getBooking(t, holder.token, b.id)).toMatchObject({ status: 'cancelled', checkedInAt: null });
  });

  it('concurrent pairs: a 200 check-in is stored as checked in, a 422 one never is', async () => {
    const space = await createSpace(t, { desks: 6 });
    const staff = await makeStaff(t, [space.id]);
    // one holder per desk: a person holds one desk at a time
    const pairs = await Promise.all(
      space.deskIds.map(async (deskId) => {
        const holder = await registerUser(t);
        return { holder, booking: await booked(t, holder.token, { deskId, ...SLOT(12) }) };
      }),
    );
    const results = await Promise.all(
      pairs.map(async ({ holder, booking: b }) => {
        const [inAnswer, cancelAnswer] = await Promise.all([checkIn(staff.token, b.id), cancel(holder.token, b.id)]);
        return { inAnswer, cancelAnswer, stored: await getBooking(t, holder.token, b.id) };
      }),
    );
    for (const { inAnswer, cancelAnswer, stored } of results) {
      expect(cancelAnswer.status).toBe(200);
      expect(stored.status).toBe('cancelled'); // a checked-in booking may still be cancelled
      if (inAnswer.status === 200) {
        expect(inAnswer.body.status).toBe('checked_in');
        expect(stored.checkedInAt).not.toBeNull();
      } else {
        expect(expectProblem(inAnswer, 422).type).toMatch(/booking-cancelled/);
        expect(stored.checkedInAt).toBeNull();
      }
    }
  });
});
