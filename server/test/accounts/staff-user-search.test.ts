/**
 * GET /api/users for staff: the accounts that have (had) a booking in one of their spaces, by name
 * or e-mail substring, plus anyone whose e-mail is exactly the query; only id, name and e-mail.
 * Admins search everyone as before; coworkers and analysts are refused.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';
import { booked } from '../bookings/fixtures.js';

const SLOT = { start: '2027-10-21T07:00:00Z', end: '2027-10-21T10:00:00Z' };

describe('GET /api/users as staff', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  const search = (token: string, q: string) => t.http().get('/api/users').query({ q }).set(auth(token));

  async function scene() {
    const tag = `Tag${randomUUID().slice(0, 8)}`;
    const [mine, other] = [await createSpace(t), await createSpace(t)];
    const staff = await makeStaff(t, [mine.id]);
    const regular = await registerUser(t, { name: `${tag} Regular` });
    const cancelledOnce = await registerUser(t, { name: `${tag} Cancelled` });
    const elsewhere = await registerUser(t, { name: `${tag} Elsewhere` });
    const stranger = await registerUser(t, { name: `${tag} Stranger` });
    await booked(t, regular.token, { deskId: mine.deskIds[0], ...SLOT });
    const c = await booked(t, cancelledOnce.token, { deskId: mine.deskIds[1], ...SLOT });
    await t.http().post(`/api/bookings/${c.id}/cancel`).set(auth(cancelledOnce.token)).expect(200);
    await booked(t, elsewhere.token, { deskId: other.deskIds[0], ...SLOT });
    return { tag, staff, regular, cancelledOnce, elsewhere, stranger };
  }

  it('finds, by name, those who booked in the staff member’s spaces — id, name and e-mail only', async () => {
    const s = await scene();
    const res = await search(s.staff.token, s.tag.toLowerCase()).expect(200);
    const expected = [s.regular, s.cancelledOnce].sort((a, b) => (a.email < b.email ? -1 : 1));
    expect(res.body).toEqual(
      expected.map((u) => ({
        id: u.id,
        email: u.email,
        name: u === s.regular ? `${s.tag} Regular` : `${s.tag} Cancelled`,
      })),
    );
  });

  it('finds them by part of the e-mail, case-insensitively', async () => {
    const s = await scene();
    const part = s.regular.email.slice(5, 20).toUpperCase();
    const res = await search(s.staff.token, part).expect(200);
    expect(res.body.map((u: { id: string }) => u.id)).toEqual([s.regular.id]);
  });

  it('finds anyone by the exact e-mail, but no stranger by a part of it', async () => {
    const s = await scene();
    const exact = await search(s.staff.token, s.stranger.email.toUpperCase()).expect(200);
    expect(exact.body).toEqual([{ id: s.stranger.id, name: `${s.tag} Stranger`, email: s.stranger.email }]);
    expect((await search(s.staff.token, s.stranger.email.slice(0, -3)).expect(200)).body).toEqual([]);
    expect((await search(s.staff.token, `${s.tag} Stranger`).expect(200)).body).toEqual([]);
    expect((await search(s.staff.token, `${s.tag} Elsewhere`).expect(200)).body).toEqual([]);
  });

  it('leaves admins’ search as it was (everyone, full user), refuses coworkers and analysts', async () => {
    const s = await scene();
    const res = await search(t.adminToken, s.tag).expect(200);
    expect(res.body).toHaveLength(4);
    expect(res.body[0]).toHaveProperty('role', 'coworker');
    expectProblem(await search(s.regular.token, s.tag), 403);
    const analyst = await registerUser(t);
    await t.http().put(`/api/users/${analyst.id}/role`).set(auth(t.adminToken)).send({ role: 'analyst' }).expect(200);
    expectProblem(await search(analyst.token, s.tag), 403);
  });
});
