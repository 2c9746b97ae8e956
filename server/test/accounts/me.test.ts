import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auth, book, createSpace, expectProblem, registerUser, startApp, type TestApp } from '../harness.js';

const NOW = '2027-10-20T10:00:00.000Z'; // a Wednesday
const PASSWORD = 'correct horse battery';

describe('the caller’s own account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: NOW });
  });
  afterAll(() => t.close());
  beforeEach(() => t.setNow(NOW));

  describe('GET /api/me', () => {
    it('answers the user plus a calendar feed URL', async () => {
      const user = await registerUser(t, { name: 'Marie Curie', group: 'freelancer' });
      const res = await t.http().get('/api/me').set(auth(user.token)).expect(200);
      expect(res.body).toMatchObject({
        id: user.id,
        email: user.email,
        name: 'Marie Curie',
        role: 'coworker',
        group: 'freelancer',
        spaceIds: [],
      });
      expect(res.body.calendarUrl).toMatch(/^https?:\/\/[^/]+\/api\/calendar\/[A-Za-z0-9_-]{20,}\.ics$/);
    });

    it('gives every person a calendar URL of their own', async () => {
      const [a, b] = [await registerUser(t), await registerUser(t)];
      const urlA = (await t.http().get('/api/me').set(auth(a.token)).expect(200)).body.calendarUrl;
      const urlB = (await t.http().get('/api/me').set(auth(b.token)).expect(200)).body.calendarUrl;
      expect(urlA).not.toBe(urlB);
    });

    it('answers 401 without a token', async () => {
      const body = expectProblem(await t.http().get('/api/me'), 401);
      expect(body.type).toMatch(/unauthorized/);
    });
  });

  describe('PATCH /api/me', () => {
    it('changes name, group and language', async () => {
      const user = await registerUser(t);
      const res = await t
        .http()
        .patch('/api/me')
        .set(auth(user.token))
        .send({ name: 'New Name', group: 'student', locale: 'en' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({
        id: user.id,
        email: user.email,
        name: 'New Name',
        group: 'student',
        locale: 'en',
        role: 'coworker',
      });
      expect(res.body.calendarUrl).toBeTypeOf('string');

      const me = await t.http().get('/api/me').set(auth(user.token)).expect(200);
      expect(me.body).toMatchObject({ name: 'New Name', group: 'student', locale: 'en' });
      const login = await t.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
      expect(login.body.user.group).toBe('student');
    });

    it('changes only what is given', async () => {
      const user = await registerUser(t, { name: 'Keep Me', group: 'volunteer' });
      const res = await t.http().patch('/api/me').set(auth(user.token)).send({ group: 'commuter' }).expect(200);
      expect(res.body).toMatchObject({ name: 'Keep Me', group: 'commuter' });
    });

    it.each([
      ['an unknown group', { group: 'pirate' }, 'body.group'],
      ['an empty name', { name: '' }, 'body.name'],
      ['an unknown language', { locale: 'fr' }, 'body.locale'],
    ])('answers 400 for %s', async (_what, body, path) => {
      const user = await registerUser(t);
      const problem = expectProblem(await t.http().patch('/api/me').set(auth(user.token)).send(body), 400);
      expect(problem.errors?.map((e) => e.path)).toContain(path);
    });

    it('answers 400 for an empty body', async () => {
      const user = await registerUser(t);
      expectProblem(await t.http().patch('/api/me').set(auth(user.token)).send({}), 400);
    });

    it('cannot raise one’s own role or change one’s e-mail', async () => {
      const user = await registerUser(t);
      const res = await t
        .http()
        .patch('/api/me')
        .set(auth(user.token))
        .send({ role: 'admin', email: 'boss@test.popdesk', name: 'Sneaky' });
      expect(res.status).toBeLessThan(500);
      const me = await t.http().get('/api/me').set(auth(user.token)).expect(200);
      expect(me.body.role).toBe('coworker');
      expect(me.body.email).toBe(user.email);
    });

    it('answers 401 without a token', async () => {
      expectProblem(await t.http().patch('/api/me').send({ name: 'Nobody' }), 401);
    });
  });

  describe('POST /api/me/calendar-token', () => {
    it('replaces the calendar feed URL', async () => {
      const user = await registerUser(t);
      const before = (await t.http().get('/api/me').set(auth(user.token)).expect(200)).body.calendarUrl;
      const res = await t.http().post('/api/me/calendar-token').set(auth(user.token)).expect(200);
      expect(res.body.calendarUrl).not.toBe(before);
      expect((await t.http().get('/api/me').set(auth(user.token)).expect(200)).body.calendarUrl).toBe(
        res.body.calendarUrl,
      );
    });
  });

  describe('GET /api/me/export', () => {
    it('contains the profile and the bookings', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t, { name: 'Exporter', group: 'employee_remote' });
      const booking = await book(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T07:00:00Z',
        end: '2027-10-21T09:00:00Z',
      });
      expect(booking.status, JSON.stringify(booking.body)).toBe(201);

      const res = await t.http().get('/api/me/export').set(auth(user.token)).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body.profile).toMatchObject({
        id: user.id,
        email: user.email,
        name: 'Exporter',
        group: 'employee_remote',
        role: 'coworker',
      });
      expect(res.body.bookings).toHaveLength(1);
      expect(res.body.bookings[0]).toMatchObject({
        id: booking.body.id,
        start: '2027-10-21T07:00:00.000Z',
        end: '2027-10-21T09:00:00.000Z',
        status: 'confirmed',
      });
      expect(Array.isArray(res.body.waitlist)).toBe(true);
    });

    it('contains only the caller’s own bookings', async () => {
      const space = await createSpace(t);
      const [me, other] = [await registerUser(t), await registerUser(t)];
      await book(t, other.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T07:00:00Z',
        end: '2027-10-21T09:00:00Z',
      }).expect(201);
      const res = await t.http().get('/api/me/export').set(auth(me.token)).expect(200);
      expect(res.body.bookings).toEqual([]);
      expect(JSON.stringify(res.body)).not.toContain(other.email);
    });

    it('answers 401 without a token', async () => {
      expectProblem(await t.http().get('/api/me/export'), 401);
    });
  });

  describe('DELETE /api/me', () => {
    it('erases the account: 204, the old token is refused and the password no longer logs in', async () => {
      const user = await registerUser(t);
      const res = await t.http().delete('/api/me').set(auth(user.token));
      expect(res.status).toBe(204);
      expect(res.text).toBe('');

      expectProblem(await t.http().get('/api/me').set(auth(user.token)), 401);
      expectProblem(await t.http().get('/api/me/export').set(auth(user.token)), 401);
      expectProblem(await t.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD }), 401);
    });

    it('frees the e-mail and leaves nothing personal to find', async () => {
      const user = await registerUser(t, { name: 'Unique Erasable Name' });
      await t.http().delete('/api/me').set(auth(user.token)).expect(204);

      const found = await t.http().get('/api/users').query({ q: user.email }).set(auth(t.adminToken)).expect(200);
      expect(found.body).toEqual([]);
      const byName = await t
        .http()
        .get('/api/users')
        .query({ q: 'Unique Erasable Name' })
        .set(auth(t.adminToken))
        .expect(200);
      expect(byName.body).toEqual([]);

      const again = await t
        .http()
        .post('/api/auth/register')
        .send({ email: user.email, password: PASSWORD, name: 'Someone New' })
        .expect(201);
      expect(again.body.user.id).not.toBe(user.id);
    });

    it('keeps past bookings, under the same anonymous id, so the statistics do not change', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      const past = await book(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T07:00:00Z',
        end: '2027-10-21T10:00:00Z',
      });
      expect(past.status, JSON.stringify(past.body)).toBe(201);
      const future = await book(t, user.token, {
        deskId: space.deskIds[1],
        start: '2027-10-28T07:00:00Z',
        end: '2027-10-28T10:00:00Z',
      });
      expect(future.status, JSON.stringify(future.body)).toBe(201);

      t.setNow('2027-10-22T12:00:00Z'); // the first booking now lies in the past
      await t.http().delete('/api/me').set(auth(user.token)).expect(204);

      const list = await t.http().get('/api/bookings').query({ spaceId: space.id }).set(auth(t.adminToken)).expect(200);
      const kept = list.body.find((b: { id: string }) => b.id === past.body.id);
      expect(kept).toMatchObject({
        id: past.body.id,
        userId: user.id,
        status: 'confirmed',
        start: '2027-10-21T07:00:00.000Z',
        end: '2027-10-21T10:00:00.000Z',
      });
      // a booking still to come is given up, so that its desk is free for others
      const released = list.body.find((b: { id: string }) => b.id === future.body.id);
      expect(released).toMatchObject({ userId: user.id, status: 'cancelled' });

      const oneByOne = await t.http().get(`/api/bookings/${past.body.id}`).set(auth(t.adminToken)).expect(200);
      expect(oneByOne.body.userId).toBe(user.id);
    });

    it('answers 401 without a token', async () => {
      expectProblem(await t.http().delete('/api/me'), 401);
    });
  });
});
