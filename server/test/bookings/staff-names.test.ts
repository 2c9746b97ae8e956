/**
 * Names for staff: bookings answered to staff of their space and to admins carry the holder's
 * name (`userName`; null for guests), and the e-mail only with `include=email`. Coworkers (their
 * own bookings), staff of other spaces, analysts and reports never see them.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Booking } from '@popdesk/shared';
import { auth, book, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';
import { booked } from './fixtures.js';

const SLOT = { start: '2027-10-21T07:00:00Z', end: '2027-10-21T10:00:00Z' };
const DAY = { from: '2027-10-21T00:00:00Z', to: '2027-10-22T00:00:00Z' };

describe('holder names for staff', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  const list = async (token: string, query: Record<string, string>) =>
    (await t.http().get('/api/bookings').query(query).set(auth(token)).expect(200)).body as Booking[];

  /** A space with a coworker's booking and a walk-in guest's, and its staff. */
  async function scene() {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const name = `Erika ${randomUUID().slice(0, 6)}`;
    const coworker = await registerUser(t, { name });
    const mine = await booked(t, coworker.token, { deskId: space.deskIds[0], ...SLOT });
    const guest = await booked(t, staff.token, { deskId: space.deskIds[1], ...SLOT, guestName: 'Gast Gustav' });
    return { space, staff, coworker, name, mine, guest };
  }

  it('gives own staff and admins the holder’s name in the list, null for a guest, no e-mail', async () => {
    const s = await scene();
    for (const token of [s.staff.token, t.adminToken]) {
      const rows = await list(token, { spaceId: s.space.id, ...DAY });
      const byId = new Map(rows.map((b) => [b.id, b]));
      expect(byId.get(s.mine.id)).toMatchObject({ userName: s.name, userId: s.coworker.id });
      expect(byId.get(s.guest.id)).toMatchObject({ userName: null, guestName: 'Gast Gustav' });
      for (const b of rows) expect(b).not.toHaveProperty('userEmail');
    }
  });

  it('adds the e-mail with include=email (list and single booking)', async () => {
    const s = await scene();
    const rows = await list(s.staff.token, { spaceId: s.space.id, include: 'email', ...DAY });
    expect(rows.find((b) => b.id === s.mine.id)).toMatchObject({ userName: s.name, userEmail: s.coworker.email });
    expect(rows.find((b) => b.id === s.guest.id)).toMatchObject({ userName: null, userEmail: null });
    const one = await t
      .http()
      .get(`/api/bookings/${s.mine.id}`)
      .query({ include: 'email' })
      .set(auth(s.staff.token))
      .expect(200);
    expect(one.body).toMatchObject({ userName: s.name, userEmail: s.coworker.email });
    const plain = await t.http().get(`/api/bookings/${s.mine.id}`).set(auth(t.adminToken)).expect(200);
    expect(plain.body.userName).toBe(s.name);
    expect(plain.body).not.toHaveProperty('userEmail');
  });

  it('names the holder in the answers to booking for someone and to cancelling', async () => {
    const s = await scene();
    const other = await registerUser(t, { name: 'Otto Beispiel' });
    const created = await book(t, s.staff.token, {
      deskId: s.space.deskIds[0],
      start: '2027-10-22T07:00:00Z',
      end: '2027-10-22T10:00:00Z',
      userId: other.id,
    }).expect(201);
    expect(created.body).toMatchObject({ userId: other.id, userName: 'Otto Beispiel' });
    const cancelled = await t.http().post(`/api/bookings/${s.mine.id}/cancel`).set(auth(s.staff.token)).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', userName: s.name });
  });

  it('never names anyone to the coworker, staff of another space, or an analyst', async () => {
    const s = await scene();
    const own = await list(s.coworker.token, { ...DAY });
    expect(own.map((b) => b.id)).toContain(s.mine.id);
    for (const b of own) {
      expect(b).not.toHaveProperty('userName');
      expect(b).not.toHaveProperty('userEmail');
    }
    const single = await t
      .http()
      .get(`/api/bookings/${s.mine.id}`)
      .query({ include: 'email' })
      .set(auth(s.coworker.token))
      .expect(200);
    expect(single.body).not.toHaveProperty('userName');
    expect(single.body).not.toHaveProperty('userEmail');

    // staff of space B asking for space A: nothing of A (and no names)
    const elsewhere = await createSpace(t);
    const otherStaff = await makeStaff(t, [elsewhere.id]);
    const foreign = await list(otherStaff.token, { spaceId: s.space.id, include: 'email', ...DAY });
    expect(foreign).toEqual([]);
    expectProblem(await t.http().get(`/api/bookings/${s.mine.id}`).set(auth(otherStaff.token)), 404);

    const analyst = await registerUser(t);
    await t.http().put(`/api/users/${analyst.id}/role`).set(auth(t.adminToken)).send({ role: 'analyst' }).expect(200);
    const seen = await t
      .http()
      .get('/api/bookings')
      .query({ spaceId: s.space.id, include: 'email', ...DAY })
      .set(auth(analyst.token));
    if (seen.status === 200) expect(JSON.stringify(seen.body)).not.toContain(s.name);
    else expectProblem(seen, seen.status);
  });

  it('names nobody to staff on their own bookings in a space they do not run', async () => {
    const s = await scene();
    const elsewhere = await createSpace(t);
    const ownElsewhere = await booked(t, s.staff.token, { deskId: elsewhere.deskIds[0], ...SLOT });
    const rows = await list(s.staff.token, { ...DAY });
    const mineThere = rows.find((b) => b.id === ownElsewhere.id);
    expect(mineThere).toBeDefined();
    expect(mineThere).not.toHaveProperty('userName');
    expect(rows.find((b) => b.id === s.mine.id)).toMatchObject({ userName: s.name });
  });

  it('keeps names out of the space’s monthly report', async () => {
    const s = await scene();
    const report = await t
      .http()
      .get(`/api/spaces/${s.space.id}/reports/monthly`)
      .query({ month: '2027-10' })
      .set(auth(s.staff.token))
      .expect(200);
    expect(JSON.stringify(report.body)).not.toContain(s.name);
    expect(JSON.stringify(report.body)).not.toContain(s.coworker.email);
  });
});
