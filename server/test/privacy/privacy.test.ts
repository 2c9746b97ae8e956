/**
 * GDPR Art. 5, 15, 17 and accountability: export, erasure keeping statistics, retention by the
 * scheduler, the audit log of staff and admin actions, and the privacy notice's configuration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/db/db.js';
import { anonymiseExpiredBookings } from '../../src/features/privacy/retention.js';
import { auth, createSpace, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';

const report = async (t: TestApp, spaceId: string, month: string) =>
  (await t.http().get(`/api/spaces/${spaceId}/reports/monthly?month=${month}`).set(auth(t.adminToken)).expect(200))
    .body;

/** Admin records a booking for a user (the past is allowed for staff). */
async function bookFor(t: TestApp, userId: string, deskId: string, start: string, end: string) {
  const res = await t.http().post('/api/bookings').set(auth(t.adminToken)).send({ deskId, start, end, userId });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('erasure (Art. 17) and export (Art. 15)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  it('export lists profile and bookings; erasure removes name, e-mail and password but the monthly report stays identical', async () => {
    const space = await createSpace(t, { desks: 2 });
    const people = await Promise.all(
      [1, 2, 3, 4].map(() => registerUser(t, { group: 'freelancer', name: 'Erika Mustermann' })),
    );
    // September 2027 (past): Mondays–Fridays 07:00–09:00Z
    for (const [i, p] of people.entries()) {
      await bookFor(t, p.id, space.deskIds[i % 2]!, `2027-09-0${6 + i}T07:00:00Z`, `2027-09-0${6 + i}T09:00:00Z`);
      await bookFor(t, p.id, space.deskIds[0]!, `2027-09-1${3 + i}T07:00:00Z`, `2027-09-1${3 + i}T09:00:00Z`);
    }
    const victim = people[0]!;
    const exported = (await t.http().get('/api/me/export').set(auth(victim.token)).expect(200)).body;
    expect(exported.profile.email).toBe(victim.email);
    expect(exported.bookings).toHaveLength(2);

    const before = await report(t, space.id, '2027-09');
    expect(before.uniqueUsers).toBe(4);
    await t.http().delete('/api/me').set(auth(victim.token)).expect(204);
    const after = await report(t, space.id, '2027-09');
    expect(after).toEqual(before);

    const [row] = await rows<Record<string, unknown>>(
      t.app.database.db,
      sql`select email, name, password_hash, erased_at from users where id = ${victim.id}`,
    );
    expect(row).toMatchObject({ email: null, name: null, password_hash: null });
    expect(row!.erased_at).not.toBeNull();
    // the admin's user search finds nothing of them any more
    const found = await t
      .http()
      .get(`/api/users?q=${encodeURIComponent(victim.email)}`)
      .set(auth(t.adminToken))
      .expect(200);
    expect(found.body).toEqual([]);
  });

  it('export lists favourite desks; erasure deletes them (the users row stays, so nothing cascades)', async () => {
    const space = await createSpace(t, { desks: 2, body: { name: 'Lieblingsort', town: 'Geisenheim' } });
    const [leaving, staying] = [await registerUser(t), await registerUser(t)];
    for (const p of [leaving, staying])
      await t.http().put(`/api/me/favourites/${space.deskIds[1]}`).set(auth(p.token)).expect(201);
    const exported = (await t.http().get('/api/me/export').set(auth(leaving.token)).expect(200)).body;
    expect(exported.favouriteDesks).toEqual([
      { desk: 'Desk 2', space: 'Lieblingsort', town: 'Geisenheim', createdAt: '2027-10-20T10:00:00.000Z' },
    ]);
    await t.http().delete('/api/me').set(auth(leaving.token)).expect(204);
    const left = async (userId: string) =>
      (await rows(t.app.db, sql`select 1 from favourite_desks where user_id = ${userId}`)).length;
    expect(await left(leaving.id)).toBe(0);
    expect(await left(staying.id)).toBe(1);
  });
});

describe('retention (RETENTION_MONTHS) by the scheduler', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2025-03-10T10:00:00Z', config: { retentionMonths: 24 } });
  });
  afterAll(() => t.close());

  it('anonymises the bookings of people inactive for the retention period; old and later reports stay identical', async () => {
    const space = await createSpace(t, { desks: 3 });
    const gone = await Promise.all([1, 2, 3].map(() => registerUser(t, { group: 'student' })));
    const active = await registerUser(t, { group: 'student' });
    // January and February 2025: three people who never come back, and one who does
    for (const [i, p] of [...gone, active].entries()) {
      await bookFor(t, p.id, space.deskIds[i % 3]!, `2025-01-1${3 + i}T08:00:00Z`, `2025-01-1${3 + i}T10:00:00Z`);
      await bookFor(t, p.id, space.deskIds[i % 3]!, `2025-02-1${0 + i}T08:00:00Z`, `2025-02-1${0 + i}T10:00:00Z`);
    }
    // the active person books again in January 2027
    t.setNow('2027-01-05T10:00:00Z');
    await bookFor(t, active.id, space.deskIds[0]!, '2027-01-11T08:00:00Z', '2027-01-11T10:00:00Z');

    const months = ['2025-01', '2025-02', '2027-01'];
    const before = await Promise.all(months.map((m) => report(t, space.id, m)));
    expect(before[0].uniqueUsers).toBe(4);
    expect(before[0].newUsers).toBe(4);

    // 2027-03-10: 24 months after February 2025 — the three inactive people are anonymised
    t.setNow('2027-03-10T10:00:00Z');
    const run = await t.app.jobs.runAll(t.now());
    expect(run.anonymised.people).toBe(3);
    expect(run.anonymised.bookings).toBe(6);
    const after = await Promise.all(months.map((m) => report(t, space.id, m)));
    expect(after).toEqual(before);

    // they no longer have those bookings; the active person keeps theirs
    for (const p of gone) {
      const exp = (await t.http().get('/api/me/export').set(auth(p.token)).expect(200)).body;
      expect(exp.bookings).toEqual([]);
    }
    const mine = (await t.http().get('/api/me/export').set(auth(active.token)).expect(200)).body;
    expect(mine.bookings).toHaveLength(3);

    // a second run changes nothing (idempotent)
    expect(await anonymiseExpiredBookings(t.app.db, t.now(), 24)).toEqual({ people: 0, bookings: 0 });
    expect(await Promise.all(months.map((m) => report(t, space.id, m)))).toEqual(before);
  });

  it('the scheduler runs retention at most once an hour (it reads every booking), and again after the hour', async () => {
    const space = await createSpace(t, { desks: 1 });
    t.setNow('2027-04-01T10:00:00Z');
    await t.app.jobs.runAll(t.now()); // retention ran now
    // someone whose last booking, in March 2025, falls out of the 24 months at the end of March 2027
    const person = await registerUser(t, { group: 'commuter' });
    t.setNow('2025-03-01T10:00:00Z');
    await bookFor(t, person.id, space.deskIds[0]!, '2025-03-03T08:00:00Z', '2025-03-03T10:00:00Z');
    const holds = async () =>
      (await t.http().get('/api/me/export').set(auth(person.token)).expect(200)).body.bookings.length;

    t.setNow('2027-04-01T10:59:00Z');
    expect((await t.app.jobs.runAll(t.now())).anonymised).toEqual({ people: 0, bookings: 0 });
    expect(await holds()).toBe(1);
    t.setNow('2027-04-01T11:00:00Z');
    expect((await t.app.jobs.runAll(t.now())).anonymised).toEqual({ people: 1, bookings: 1 });
    expect(await holds()).toBe(0);
  });
});

describe('retention over many people at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-03-10T10:00:00Z', config: { retentionMonths: 24 } });
  });
  afterAll(() => t.close());

  it('moves 450 people in batches: one ghost each across spaces, active spaces kept, waitlist and creator moved', async () => {
    const [a, b] = [await createSpace(t, { desks: 1 }), await createSpace(t, { desks: 1 })];
    const n = 450; // more than two of the job's transactions hold
    const people = await rows<{ id: string }>(
      t.app.db,
      sql`insert into users (email, name, user_group, calendar_token)
        select 'many-' || i || '@test.popdesk', 'P' || i, case when i % 2 = 0 then 'student' else 'commuter' end, 'many-token-' || i
        from generate_series(1, ${n}) i order by i returning id`,
    );
    const ids = people.map((p) => p.id);
    const [admin] = await rows<{ id: string }>(t.app.db, sql`select id from users where role = 'admin' limit 1`);
    const book = (userId: string, spaceId: string, deskId: string, i: number, year: number, byAdmin: boolean) =>
      sql`(${userId}::uuid, ${spaceId}::uuid, ${deskId}::uuid, ${`${year}-01-01T00:00:00Z`}::timestamptz + ${`${i} hours`}::interval,
        ${`${year}-01-01T00:30:00Z`}::timestamptz + ${`${i} hours`}::interval, ${byAdmin ? admin!.id : userId}::uuid)`;
    const values = [
      // everyone in space A in January 2025, the even ones booked by the admin
      ...ids.map((id, i) => book(id, a.id, a.deskIds[0]!, i, 2025, i % 2 === 0)),
      // the first person comes back to space B in 2027; the second was in B in 2025 too
      book(ids[0]!, b.id, b.deskIds[0]!, 0, 2027, false),
      book(ids[1]!, b.id, b.deskIds[0]!, n + 1, 2025, false),
    ];
    await t.app.db.execute(
      sql`insert into bookings (user_id, space_id, desk_id, start_at, end_at, created_by) values ${sql.join(values, sql`, `)}`,
    );
    await t.app.db.execute(
      sql`insert into waitlist_entries (space_id, user_id, date) values (${a.id}, ${ids[2]!}, '2025-01-05')`,
    );

    expect(await anonymiseExpiredBookings(t.app.db, t.now(), 24)).toEqual({ people: n, bookings: n + 1 });

    const holders = await rows<{
      userId: string;
      spaceId: string;
      createdBy: string | null;
      group: string;
      erased: boolean;
    }>(
      t.app.db,
      sql`select b.user_id as "userId", b.space_id as "spaceId", b.created_by as "createdBy", u.user_group as "group",
            u.erased_at is not null as erased
          from bookings b join users u on u.id = b.user_id where b.space_id in (${a.id}, ${b.id})`,
    );
    const inA = holders.filter((h) => h.spaceId === a.id);
    // every booking in A now belongs to a ghost of its own, in its person's group
    expect(new Set(inA.map((h) => h.userId)).size).toBe(n);
    expect(inA.every((h) => h.erased && !ids.includes(h.userId))).toBe(true);
    expect(inA.filter((h) => h.group === 'student')).toHaveLength(n / 2);
    // made by the person: made by their ghost; made by the admin: by no one any more
    expect(inA.filter((h) => h.createdBy === h.userId)).toHaveLength(n / 2);
    expect(inA.filter((h) => h.createdBy === null)).toHaveLength(n / 2);
    // the first person keeps space B, where they came back; the second's two spaces share one ghost
    const inB = holders.filter((h) => h.spaceId === b.id);
    expect(inB.find((h) => h.userId === ids[0])).toMatchObject({ erased: false });
    const second = inB.find((h) => h.userId !== ids[0])!;
    expect(second.erased).toBe(true);
    expect(inA.filter((h) => h.userId === second.userId)).toHaveLength(1);
    // the waitlist entry went with the bookings
    const [entry] = await rows<{ userId: string }>(
      t.app.db,
      sql`select user_id as "userId" from waitlist_entries where space_id = ${a.id}`,
    );
    expect(ids).not.toContain(entry!.userId);
    expect(inA.some((h) => h.userId === entry!.userId)).toBe(true);
    // no ghost without bookings, and a second run has nothing left to do
    const [orphans] = await rows<{ n: number }>(
      t.app.db,
      sql`select count(*)::int as n from users u where u.erased_at = ${t.now().toISOString()}::timestamptz
            and not exists (select 1 from bookings b where b.user_id = u.id)`,
    );
    expect(orphans!.n).toBe(0);
    expect(await anonymiseExpiredBookings(t.app.db, t.now(), 24)).toEqual({ people: 0, bookings: 0 });
  });
});

describe('audit log of staff and admin actions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  it('records who changed what, for admins only, with ids and roles but no names or e-mails', async () => {
    const space = await createSpace(t, { desks: 1 });
    const staff = await makeStaff(t, [space.id]);
    const coworker = await registerUser(t, { name: 'Max Privat' });
    await t
      .http()
      .put(`/api/spaces/${space.id}/opening-hours`)
      .set(auth(staff.token))
      .send([{ weekday: 4, opens: '08:00', closes: '18:00' }])
      .expect(200);
    await t
      .http()
      .post(`/api/spaces/${space.id}/closures`)
      .set(auth(staff.token))
      .send({ date: '2027-12-24', reason: 'Heiligabend' })
      .expect(201);
    const booking = await t
      .http()
      .post('/api/bookings')
      .set(auth(staff.token))
      .send({
        deskId: space.deskIds[0],
        start: '2027-10-21T08:00:00Z',
        end: '2027-10-21T09:00:00Z',
        userId: coworker.id,
      })
      .expect(201);
    await t.http().post(`/api/bookings/${booking.body.id}/cancel`).set(auth(staff.token)).expect(200);
    await t
      .http()
      .post('/api/bookings')
      .set(auth(staff.token))
      .send({
        deskId: space.deskIds[0],
        start: '2027-10-21T10:00:00Z',
        end: '2027-10-21T11:00:00Z',
        guestName: 'Walk-in Gast',
      })
      .expect(201);
    // a coworker's own booking is not a staff action
    await t
      .http()
      .post('/api/bookings')
      .set(auth(coworker.token))
      .send({ deskId: space.deskIds[0], start: '2027-10-21T12:00:00Z', end: '2027-10-21T13:00:00Z' })
      .expect(201);

    const res = await t.http().get(`/api/audit-log?spaceId=${space.id}&limit=100`).set(auth(t.adminToken)).expect(200);
    const byStaff = res.body.items.filter((e: { actorId: string }) => e.actorId === staff.id);
    expect(byStaff.map((e: { action: string }) => e.action).sort()).toEqual(
      ['booking.cancel', 'booking.create', 'booking.create', 'closure.create', 'opening_hours.replace'].sort(),
    );
    expect(
      byStaff.every((e: { actorRole: string; spaceId: string }) => e.actorRole === 'staff' && e.spaceId === space.id),
    ).toBe(true);
    const forCoworker = byStaff.find(
      (e: { action: string; details: { forUserId: string } }) =>
        e.action === 'booking.create' && e.details.forUserId === coworker.id,
    );
    expect(forCoworker.targetId).toBe(booking.body.id);
    expect(res.body.items.some((e: { actorId: string }) => e.actorId === coworker.id)).toBe(false);
    const text = JSON.stringify(res.body);
    for (const personal of [staff.email, coworker.email, 'Max Privat', 'Walk-in Gast', 'Test Person'])
      expect(text).not.toContain(personal);

    // role changes, filters and paging
    await t
      .http()
      .put(`/api/users/${coworker.id}/role`)
      .set(auth(t.adminToken))
      .send({ role: 'staff', spaceIds: [space.id] })
      .expect(200);
    const roles = await t
      .http()
      .get(`/api/audit-log?action=user.role_change&targetId=${coworker.id}`)
      .set(auth(t.adminToken))
      .expect(200);
    expect(roles.body.items).toHaveLength(1);
    expect(roles.body.items[0].details).toEqual({ role: 'staff', spaceIds: [space.id] });
    const page1 = await t.http().get(`/api/audit-log?spaceId=${space.id}&limit=2`).set(auth(t.adminToken)).expect(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.nextOffset).toBe(2);
    const page2 = await t
      .http()
      .get(`/api/audit-log?spaceId=${space.id}&limit=2&offset=2`)
      .set(auth(t.adminToken))
      .expect(200);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);

    await t.http().get('/api/audit-log').set(auth(staff.token)).expect(403);
  });
});

describe('privacy notice configuration', () => {
  it('serves the controller’s details and the retention periods from the configuration', async () => {
    const t = await startApp({
      config: {
        retentionMonths: 18,
        messageRetentionDays: 30,
        privacy: {
          controllerName: 'Stadt Mölln',
          controllerAddress: 'Markt 12, 23879 Mölln',
          controllerEmail: 'datenschutz@moelln.example',
          dpoEmail: null,
        },
      },
    });
    try {
      const res = await t.http().get('/api/privacy-info').expect(200);
      expect(res.body).toMatchObject({
        controller: { name: 'Stadt Mölln', address: 'Markt 12, 23879 Mölln', email: 'datenschutz@moelln.example' },
        dpoEmail: null,
        retentionMonths: 18,
        messageRetentionDays: 30,
      });
    } finally {
      await t.close();
    }
  });
});
