import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';
import type { SpaceSummary } from '@popdesk/shared';

const SPACE_FIELDS = [
  'id',
  'name',
  'town',
  'timezone',
  'opensOn',
  'closesOn',
  'bookingHorizonDays',
  'checkInRequired',
  'releaseAfterMinutes',
  'deskCount',
];

describe('spaces', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  const post = (token: string, body: Record<string, unknown>) =>
    t.http().post('/api/spaces').set(auth(token)).send(body);
  const uniqueName = () => `Space ${randomUUID().slice(0, 8)}`;

  describe('POST /api/spaces', () => {
    it('lets an admin create a space with the documented defaults: 201', async () => {
      const name = uniqueName();
      const res = await post(t.adminToken, { name, town: 'Rüdesheim' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      for (const field of SPACE_FIELDS) expect(res.body).toHaveProperty(field);
      expect(res.body).toMatchObject({
        name,
        town: 'Rüdesheim',
        timezone: 'Europe/Berlin',
        opensOn: null,
        closesOn: null,
        bookingHorizonDays: 28,
        checkInRequired: false,
        releaseAfterMinutes: 30,
        deskCount: 0,
      });
      expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('keeps every field it is given', async () => {
      const body = {
        name: uniqueName(),
        town: 'Geisenheim',
        address: 'Marktplatz 1',
        description: 'Above the library',
        timezone: 'Pacific/Auckland',
        opensOn: '2027-11-01',
        closesOn: '2028-01-31',
        bookingHorizonDays: 7,
        checkInRequired: true,
        releaseAfterMinutes: 15,
      };
      const res = await post(t.adminToken, body).expect(201);
      expect(res.body).toMatchObject({ ...body, deskCount: 0 });
      const got = await t.http().get(`/api/spaces/${res.body.id}`).expect(200);
      expect(got.body).toMatchObject(body);
    });

    it('accepts a pop-up of a single day (opensOn = closesOn)', async () => {
      const res = await post(t.adminToken, {
        name: uniqueName(),
        town: 'Kiedrich',
        opensOn: '2027-12-01',
        closesOn: '2027-12-01',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    });

    it('answers 403 to a coworker and to staff', async () => {
      const space = await createSpace(t, { desks: 0 });
      const coworker = await registerUser(t);
      const staff = await makeStaff(t, [space.id]);
      expectProblem(await post(coworker.token, { name: uniqueName(), town: 'X' }), 403);
      expectProblem(await post(staff.token, { name: uniqueName(), town: 'X' }), 403);
    });

    it('answers 401 without a token', async () => {
      expectProblem(await t.http().post('/api/spaces').send({ name: uniqueName(), town: 'X' }), 401);
    });

    it.each(['Mars/Olympus', 'Berlin', 'Europe/Atlantis'])('answers 400 for the time zone %j', async (timezone) => {
      const body = expectProblem(await post(t.adminToken, { name: uniqueName(), town: 'X', timezone }), 400);
      expect(body.errors?.map((e) => e.path)).toContain('body.timezone');
    });

    it('answers 422 when the space would close before it opens, and creates nothing', async () => {
      const name = uniqueName();
      const body = expectProblem(
        await post(t.adminToken, { name, town: 'X', opensOn: '2027-12-02', closesOn: '2027-12-01' }),
        422,
      );
      expect(body.type).toMatch(/invalid-date-range/);
      const list = await t.http().get('/api/spaces').expect(200);
      expect(list.body.some((s: { name: string }) => s.name === name)).toBe(false);
    });

    it.each([
      ['an impossible date', { opensOn: '2027-02-30' }, 'body.opensOn'],
      ['a malformed date', { closesOn: '1.12.2027' }, 'body.closesOn'],
      ['a missing town', { town: undefined }, 'body.town'],
      ['an empty name', { name: '' }, 'body.name'],
      ['a horizon beyond a year', { bookingHorizonDays: 400 }, 'body.bookingHorizonDays'],
      ['a negative horizon', { bookingHorizonDays: -1 }, 'body.bookingHorizonDays'],
      ['a release time of 0', { releaseAfterMinutes: 0 }, 'body.releaseAfterMinutes'],
    ])('answers 400 for %s', async (_what, override, path) => {
      const body = expectProblem(await post(t.adminToken, { name: uniqueName(), town: 'X', ...override }), 400);
      expect(body.errors?.map((e) => e.path)).toContain(path);
    });
  });

  describe('GET /api/spaces', () => {
    it('is public and lists the spaces with their fields', async () => {
      const created = await createSpace(t, { desks: 3 });
      const res = await t.http().get('/api/spaces').expect(200);
      expect(Array.isArray(res.body)).toBe(true);
      const space = res.body.find((s: { id: string }) => s.id === created.id);
      expect(space).toBeDefined();
      for (const field of SPACE_FIELDS) expect(space).toHaveProperty(field);
      expect(space).toMatchObject({
        town: 'Oestrich-Winkel',
        timezone: 'Europe/Berlin',
        bookingHorizonDays: 28,
        checkInRequired: false,
        releaseAfterMinutes: 30,
        deskCount: 3,
      });
      expect(space).not.toHaveProperty('desks');
    });

    it('sends each space’s weekly hours and its closures from today to 15 days ahead, “today” in the space’s own zone', async () => {
      // now: 2027-10-20T10:00Z — 20 October in Berlin, still 19 October in Pago Pago (UTC−11)
      const berlin = await createSpace(t, {
        hours: [
          { weekday: 3, opens: '14:00', closes: '18:00' },
          { weekday: 3, opens: '08:00', closes: '12:00' },
          { weekday: 1, opens: '09:00', closes: '17:00' },
        ],
      });
      const pago = await createSpace(t, { body: { timezone: 'Pacific/Pago_Pago' } });
      const close = (spaceId: string, date: string, reason?: string) =>
        t.http().post(`/api/spaces/${spaceId}/closures`).set(auth(t.adminToken)).send({ date, reason }).expect(201);
      await close(berlin.id, '2027-11-05'); // 16 days ahead
      await close(berlin.id, '2027-10-20', 'Betriebsausflug'); // today
      await close(berlin.id, '2027-11-04'); // 15 days ahead
      await close(pago.id, '2027-11-04'); // 16 days ahead there
      await close(pago.id, '2027-11-03');

      const list = (await t.http().get('/api/spaces').expect(200)).body as SpaceSummary[];
      const b = list.find((s) => s.id === berlin.id)!;
      expect(b.upcomingClosures).toMatchObject([
        { spaceId: berlin.id, date: '2027-10-20', reason: 'Betriebsausflug' },
        { spaceId: berlin.id, date: '2027-11-04', reason: null },
      ]);
      expect(list.find((s) => s.id === pago.id)!.upcomingClosures.map((c) => c.date)).toEqual(['2027-11-03']);
      // the same hours, in the same order, as the space's own page
      const detail = (await t.http().get(`/api/spaces/${berlin.id}`).expect(200)).body;
      expect(b.openingHours).toEqual(detail.openingHours);
      expect(b.openingHours).toEqual([
        { weekday: 1, opens: '09:00', closes: '17:00' },
        { weekday: 3, opens: '08:00', closes: '12:00' },
        { weekday: 3, opens: '14:00', closes: '18:00' },
      ]);
    });

    it('does not count desks that were retired before today', async () => {
      const space = await createSpace(t, { desks: 2 });
      await t
        .http()
        .post(`/api/spaces/${space.id}/desks`)
        .set(auth(t.adminToken))
        .send({ name: 'Retired', activeUntil: '2027-10-19' })
        .expect(201);
      await t
        .http()
        .post(`/api/spaces/${space.id}/desks`)
        .set(auth(t.adminToken))
        .send({ name: 'Last day', activeUntil: '2027-10-20' })
        .expect(201);
      const res = await t.http().get('/api/spaces').expect(200);
      expect(res.body.find((s: { id: string }) => s.id === space.id).deskCount).toBe(3);
    });
  });

  describe('GET /api/spaces/:spaceId', () => {
    it('is public and has desks, opening hours and closures', async () => {
      const space = await createSpace(t, {
        desks: 2,
        hours: [
          { weekday: 2, opens: '14:00', closes: '18:00' },
          { weekday: 1, opens: '09:00', closes: '17:00' },
          { weekday: 2, opens: '08:00', closes: '12:00' },
        ],
      });
      await t
        .http()
        .post(`/api/spaces/${space.id}/closures`)
        .set(auth(t.adminToken))
        .send({ date: '2027-12-24', reason: 'Christmas Eve' })
        .expect(201);
      await t
        .http()
        .post(`/api/spaces/${space.id}/closures`)
        .set(auth(t.adminToken))
        .send({ date: '2027-11-01' })
        .expect(201);

      const res = await t.http().get(`/api/spaces/${space.id}`).expect(200);
      for (const field of SPACE_FIELDS) expect(res.body).toHaveProperty(field);
      expect(res.body.id).toBe(space.id);
      expect(res.body.deskCount).toBe(2);
      expect(res.body.desks.map((d: { id: string }) => d.id).sort()).toEqual([...space.deskIds].sort());
      expect(res.body.desks[0]).toEqual({
        id: expect.any(String),
        spaceId: space.id,
        name: 'Desk 1',
        activeFrom: null,
        activeUntil: null,
        kind: 'desk',
        seats: null,
        features: [],
        planX: null,
        planY: null,
      });
      expect(res.body.openingHours).toEqual([
        { weekday: 1, opens: '09:00', closes: '17:00' },
        { weekday: 2, opens: '08:00', closes: '12:00' },
        { weekday: 2, opens: '14:00', closes: '18:00' },
      ]);
      expect(res.body.closures).toMatchObject([
        { spaceId: space.id, date: '2027-11-01', reason: null },
        { spaceId: space.id, date: '2027-12-24', reason: 'Christmas Eve' },
      ]);
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const unknown = expectProblem(await t.http().get(`/api/spaces/${randomUUID()}`), 404);
      expect(unknown.type).toMatch(/not-found/);
      const malformed = expectProblem(await t.http().get('/api/spaces/not-a-uuid'), 400);
      expect(malformed.errors?.map((e) => e.path)).toContain('params.spaceId');
    });
  });

  describe('PATCH /api/spaces/:spaceId', () => {
    it('lets an admin change a space', async () => {
      const space = await createSpace(t, { desks: 1 });
      const res = await t.http().patch(`/api/spaces/${space.id}`).set(auth(t.adminToken)).send({
        name: 'Renamed',
        town: 'Lorch',
        bookingHorizonDays: 14,
        checkInRequired: true,
        releaseAfterMinutes: 20,
        timezone: 'Europe/Vienna',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({
        id: space.id,
        name: 'Renamed',
        town: 'Lorch',
        bookingHorizonDays: 14,
        checkInRequired: true,
        releaseAfterMinutes: 20,
        timezone: 'Europe/Vienna',
        deskCount: 1,
      });
      const got = await t.http().get(`/api/spaces/${space.id}`).expect(200);
      expect(got.body).toMatchObject({ name: 'Renamed', town: 'Lorch', timezone: 'Europe/Vienna' });
    });

    it('changes only the fields given', async () => {
      const space = await createSpace(t, { desks: 0, body: { bookingHorizonDays: 10, town: 'Hattenheim' } });
      const res = await t
        .http()
        .patch(`/api/spaces/${space.id}`)
        .set(auth(t.adminToken))
        .send({ checkInRequired: true })
        .expect(200);
      expect(res.body).toMatchObject({ bookingHorizonDays: 10, town: 'Hattenheim', checkInRequired: true });
    });

    it('lets the space’s own staff change it', async () => {
      const space = await createSpace(t, { desks: 0 });
      const staff = await makeStaff(t, [space.id]);
      const res = await t
        .http()
        .patch(`/api/spaces/${space.id}`)
        .set(auth(staff.token))
        .send({ name: 'Staff made this' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.name).toBe('Staff made this');
    });

    it('answers 403 to staff of another space and to a coworker, and changes nothing', async () => {
      const [space, other] = [await createSpace(t, { desks: 0 }), await createSpace(t, { desks: 0 })];
      const otherStaff = await makeStaff(t, [other.id]);
      const coworker = await registerUser(t);
      expectProblem(
        await t.http().patch(`/api/spaces/${space.id}`).set(auth(otherStaff.token)).send({ name: 'Hijacked' }),
        403,
      );
      expectProblem(
        await t.http().patch(`/api/spaces/${space.id}`).set(auth(coworker.token)).send({ name: 'Hijacked' }),
        403,
      );
      const got = await t.http().get(`/api/spaces/${space.id}`).expect(200);
      expect(got.body.name).not.toBe('Hijacked');
    });

    it('answers 401 without a token, 404 for an unknown space and 400 for a malformed id', async () => {
      const space = await createSpace(t, { desks: 0 });
      expectProblem(await t.http().patch(`/api/spaces/${space.id}`).send({ name: 'x' }), 401);
      expectProblem(
        await t.http().patch(`/api/spaces/${randomUUID()}`).set(auth(t.adminToken)).send({ name: 'x' }),
        404,
      );
      expectProblem(await t.http().patch('/api/spaces/42').set(auth(t.adminToken)).send({ name: 'x' }), 400);
    });

    it('checks the life of the space against the stored dates', async () => {
      const space = await createSpace(t, { desks: 0, body: { opensOn: '2027-11-01', closesOn: '2027-11-30' } });
      const http = () => t.http().patch(`/api/spaces/${space.id}`).set(auth(t.adminToken));
      expectProblem(await http().send({ closesOn: '2027-10-31' }), 422);
      expectProblem(await http().send({ opensOn: '2027-12-01' }), 422);
      const open = await http().send({ closesOn: null }).expect(200);
      expect(open.body).toMatchObject({ opensOn: '2027-11-01', closesOn: null });
      await http().send({ opensOn: '2028-01-01' }).expect(200);
    });

    it('answers 400 for an invalid time zone or date, and for an empty body', async () => {
      const space = await createSpace(t, { desks: 0 });
      const http = () => t.http().patch(`/api/spaces/${space.id}`).set(auth(t.adminToken));
      expectProblem(await http().send({ timezone: 'Mars/Olympus' }), 400);
      expectProblem(await http().send({ opensOn: '2027-02-29' }), 400);
      expectProblem(await http().send({}), 400);
      const got = await t.http().get(`/api/spaces/${space.id}`).expect(200);
      expect(got.body).toMatchObject({ timezone: 'Europe/Berlin', opensOn: null });
    });
  });
});
