/**
 * Idempotency-Key on POST /api/bookings: a repeat by the same user returns the first answer and
 * creates nothing new, even when the repeats race; the same key with another body is a 422; keys
 * are the caller's own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, createSpace, expectProblem, registerUser, startApp, type TestApp } from '../harness.js';
import { booked, listBookings } from './fixtures.js';

const SLOT = { start: '2027-10-21T07:00:00Z', end: '2027-10-21T10:00:00Z' };

describe('Idempotency-Key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const key = () => `key-${Math.random().toString(36).slice(2)}`;

  it('a repeat with the same key and body returns the same booking, 201, and stores one', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const headers = { 'Idempotency-Key': key() };
    const body = { deskId: space.deskIds[0], ...SLOT };
    const first = await booked(t, user.token, body, headers);
    const again = await book(t, user.token, body, headers);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body).toEqual(first);
    // the body's field order does not matter
    const reordered = await book(
      t,
      user.token,
      { end: SLOT.end, start: SLOT.start, deskId: space.deskIds[0] },
      headers,
    );
    expect(reordered.status).toBe(201);
    expect(reordered.body.id).toBe(first.id);
    expect((await listBookings(t, user.token)).map((b) => b.id)).toEqual([first.id]);
  });

  it('without a key, a repeat is a new attempt (409 here: the desk is taken)', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const body = { deskId: space.deskIds[0], ...SLOT };
    await booked(t, user.token, body);
    expectProblem(await book(t, user.token, body), 409);
  });

  it('the same key with a different body is 422 and creates nothing', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const headers = { 'Idempotency-Key': key() };
    const first = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT }, headers);
    expectProblem(
      await book(
        t,
        user.token,
        { deskId: space.deskIds[1], start: '2027-10-22T07:00:00Z', end: '2027-10-22T10:00:00Z' },
        headers,
      ),
      422,
    );
    expectProblem(
      await book(t, user.token, { deskId: space.deskIds[0], start: SLOT.start, end: '2027-10-21T11:00:00Z' }, headers),
      422,
    );
    expect((await listBookings(t, user.token)).map((b) => b.id)).toEqual([first.id]);
  });

  it('the same key used by a different user creates a separate booking', async () => {
    const space = await createSpace(t);
    const [a, b] = [await registerUser(t), await registerUser(t)];
    const headers = { 'Idempotency-Key': key() };
    const mine = await booked(t, a.token, { deskId: space.deskIds[0], ...SLOT }, headers);
    const theirs = await booked(t, b.token, { deskId: space.deskIds[1], ...SLOT }, headers);
    expect(theirs.id).not.toBe(mine.id);
    expect(theirs.userId).toBe(b.id);
    expect((await listBookings(t, b.token)).map((x) => x.id)).toEqual([theirs.id]);
  });

  it('another user’s key never replays their booking to me', async () => {
    const space = await createSpace(t);
    const [a, b] = [await registerUser(t), await registerUser(t)];
    const headers = { 'Idempotency-Key': key() };
    const body = { deskId: space.deskIds[0], ...SLOT };
    await booked(t, a.token, body, headers);
    // same key, same body, other person: a fresh attempt, and the desk is taken
    expectProblem(await book(t, b.token, body, headers), 409);
    expect(await listBookings(t, b.token)).toEqual([]);
  });

  it('10 concurrent requests with the same key: one booking stored, every answer is that booking', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const headers = { 'Idempotency-Key': key() };
    const body = { deskId: space.deskIds[0], ...SLOT };

    const responses = await Promise.all(Array.from({ length: 10 }, () => book(t, user.token, body, headers)));

    const stored = await listBookings(t, t.adminToken, { spaceId: space.id });
    expect(stored).toHaveLength(1);
    for (const res of responses) {
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.id).toBe(stored[0]!.id);
    }
  });

  it('concurrent repeats of a failing request (desk taken) are each 409 and store nothing', async () => {
    const space = await createSpace(t);
    const [holder, user] = [await registerUser(t), await registerUser(t)];
    await booked(t, holder.token, { deskId: space.deskIds[0], ...SLOT });
    const headers = { 'Idempotency-Key': key() };
    // the desk is taken: every attempt is a 409, and none is stored under the key
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => book(t, user.token, { deskId: space.deskIds[0], ...SLOT }, headers)),
    );
    for (const res of responses) expectProblem(res, 409);
    expect(await listBookings(t, user.token)).toEqual([]);
  });
});
