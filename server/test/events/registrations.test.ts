/**
 * Registrations for events: places and the waitlist, withdrawing and moving up, the staff's list
 * and check-in, walk-ins, what erasure and the export do, the calendar feed, and capacity under
 * concurrency. Events are written straight into the database (their own routes are tested in
 * events.test.ts), so these tests depend only on the registration routes. Space: Europe/Berlin;
 * the clock stands at Wed 20 Oct 2027 10:00 Z (12:00 local, CEST).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import type { Registration } from '@popdesk/shared';
import { events, registrations } from '../../src/db/schema.js';
import { eventChanges, type EventChange } from '../../src/features/events/event-changes.js';
import {
  auth,
  createSpace,
  expectProblem,
  isPostgres,
  makeStaff,
  registerUser,
  startApp,
  type SpaceFixture,
  type TestApp,
  type TestUser,
} from '../harness.js';

const NOW = '2027-10-20T10:00:00Z';

describe('event registrations', () => {
  let t: TestApp;
  let space: SpaceFixture;
  let otherSpace: SpaceFixture;
  let staff: TestUser;
  let otherStaff: TestUser;
  const changes: EventChange[] = [];

  beforeAll(async () => {
    t = await startApp({ now: NOW });
    space = await createSpace(t, { desks: 1, body: { timezone: 'Europe/Berlin', name: 'Pop-up am Markt' } });
    otherSpace = await createSpace(t, { desks: 1 });
    staff = await makeStaff(t, [space.id]);
    otherStaff = await makeStaff(t, [otherSpace.id]);
    // every change the registration routes announce, as the subscribers hear of it
    eventChanges.subscribe({
      onChange: async (_db, change) => {
        changes.push(change);
      },
    });
  }, 60_000);
  afterAll(() => t.close());

  async function makeEvent(
    fields: Partial<typeof events.$inferInsert> & { start?: string; end?: string } = {},
  ): Promise<string> {
    const { start, end, ...rest } = fields;
    const [row] = await t.app.db
      .insert(events)
      .values({
        spaceId: space.id,
        title: 'Schnupper-Co-Working',
        kind: 'trial_day',
        startAt: new Date(start ?? '2027-10-27T08:00:00Z'),
        endAt: new Date(end ?? '2027-10-27T14:00:00Z'),
        capacity: 2,
        ...rest,
      })
      .returning();
    return row!.id;
  }

  const registerAs = (token: string, eventId: string, body: object = {}) =>
    t.http().post(`/api/events/${eventId}/registrations`).set(auth(token)).send(body);
  async function registered(user: TestUser, eventId: string): Promise<Registration> {
    const res = await registerAs(user.token, eventId);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Registration;
  }
  const withdraw = (token: string, id: string) => t.http().delete(`/api/registrations/${id}`).set(auth(token));
  const checkIn = (token: string, id: string) =>
    t.http().post(`/api/registrations/${id}/check-in`).set(auth(token)).send();
  const staffList = async (eventId: string, token = staff.token) =>
    (await t.http().get(`/api/events/${eventId}/registrations`).set(auth(token)).expect(200)).body as Registration[];
  const mine = async (user: TestUser, query = '') =>
    (await t.http().get(`/api/me/registrations${query}`).set(auth(user.token)).expect(200)).body as Registration[];
  const statusOf = async (id: string) => (await mine0(id)).status;
  const mine0 = async (id: string) => (await t.app.db.select().from(registrations).where(eq(registrations.id, id)))[0]!;

  it('gives places while there are any, then the waitlist in turn; withdrawing moves the first up', async () => {
    t.setNow(NOW);
    const eventId = await makeEvent();
    const [a, b, c, d] = [await registerUser(t), await registerUser(t), await registerUser(t), await registerUser(t)];
    const ra = await registered(a, eventId);
    expect(ra).toMatchObject({ eventId, userId: a.id, status: 'registered', position: null });
    expect(ra).not.toHaveProperty('userName');
    await registered(b, eventId);
    const rc = await registered(c, eventId);
    const rd = await registered(d, eventId);
    expect([rc.status, rc.position, rd.status, rd.position]).toEqual(['waitlisted', 1, 'waitlisted', 2]);
    expect(changes.filter((ch) => ch.eventId === eventId).map((ch) => ch.type)).toEqual(
      Array(4).fill('registration.created'),
    );

    // twice: 409, whether holding a place or waiting
    expect(expectProblem(await registerAs(a.token, eventId), 409).type).toMatch(/already-registered$/);
    expectProblem(await registerAs(d.token, eventId), 409);

    // my registrations carry the event, and where I stand
    const [own] = await mine(d);
    expect(own).toMatchObject({ id: rd.id, status: 'waitlisted', position: 2 });
    expect(own!.event).toMatchObject({ id: eventId, capacity: 2, registered: 2, waitlisted: 2, status: 'scheduled' });

    // a place comes free: the first waiting moves up, the next one's position shifts
    await withdraw(a.token, ra.id).expect(204);
    expect(await statusOf(rc.id)).toBe('registered');
    expect((await mine0(rc.id)).promotedAt?.toISOString()).toBe(NOW.replace('Z', '.000Z'));
    expect((await mine(d))[0]).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(changes.filter((ch) => ch.eventId === eventId).slice(-2)).toMatchObject([
      { type: 'registration.cancelled', registrationIds: [ra.id] },
      { type: 'registration.promoted', registrationIds: [rc.id] },
    ]);
    // gone is gone; the list hides it unless asked
    expectProblem(await withdraw(a.token, ra.id), 404);
    expect(await mine(a)).toEqual([]);
    expect((await mine(a, '?all=true')).map((r) => r.status)).toEqual(['cancelled']);
    // a cancelled registration does not keep one from registering again: at the end of the line
    expect(await registered(a, eventId)).toMatchObject({ status: 'waitlisted', position: 2 });
    // withdrawing from the waitlist promotes nobody and closes the gap
    await withdraw(d.token, rd.id).expect(204);
    expect((await mine(a))[0]).toMatchObject({ status: 'waitlisted', position: 1 });
    // someone else's registration is not there for them
    expectProblem(await withdraw(b.token, rc.id), 404);
  });

  it('closes at the start, for cancelled events, and hides events that are not public', async () => {
    t.setNow(NOW);
    const user = await registerUser(t);
    const started = await makeEvent({ start: '2027-10-20T09:00:00Z', end: '2027-10-20T12:00:00Z' });
    expect(expectProblem(await registerAs(user.token, started), 422).type).toMatch(/registration-closed$/);
    const cancelled = await makeEvent({ status: 'cancelled' });
    expectProblem(await registerAs(user.token, cancelled), 422);
    const hidden = await makeEvent({ public: false });
    expectProblem(await registerAs(user.token, hidden), 404);
    expectProblem(await registerAs(otherStaff.token, hidden), 404);
    expectProblem(await registerAs(user.token, '00000000-0000-4000-8000-000000000000'), 404);
    expect((await registerAs(staff.token, hidden)).status).toBe(201);

    // the owner withdraws until the start, staff at any time
    const soon = await makeEvent({ start: '2027-10-20T11:00:00Z', end: '2027-10-20T12:00:00Z', capacity: 1 });
    const mineSoon = await registered(user, soon);
    const waiting = await registered(await registerUser(t), soon);
    t.setNow('2027-10-20T11:00:00Z');
    expectProblem(await withdraw(user.token, mineSoon.id), 422);
    expectProblem(await registerAs((await registerUser(t)).token, soon), 422);
    await withdraw(staff.token, mineSoon.id).expect(204);
    // under way, nobody is moved up (those waiting may come as walk-ins)
    expect(await statusOf(waiting.id)).toBe('waitlisted');
  });

  it('shows staff who comes, by name and in order; nobody else', async () => {
    t.setNow(NOW);
    const eventId = await makeEvent({ capacity: 1 });
    const anna = await registerUser(t, { name: 'Anna Aktiv' });
    const ben = await registerUser(t, { name: 'Ben Bereit' });
    const cora = await registerUser(t, { name: 'Cora Christ' });
    const ra = await registered(anna, eventId);
    await registered(ben, eventId);
    const rc = await registered(cora, eventId);
    await withdraw(cora.token, rc.id).expect(204);

    const list = await staffList(eventId);
    expect(list.map((r) => [r.userName, r.status, r.position])).toEqual([
      ['Anna Aktiv', 'registered', null],
      ['Ben Bereit', 'waitlisted', 1],
      ['Cora Christ', 'cancelled', null],
    ]);
    expect(list[0]).toMatchObject({ id: ra.id, guestName: null, checkedInAt: null, noShow: false });
    expect(await staffList(eventId, t.adminToken)).toHaveLength(3);
    expectProblem(await t.http().get(`/api/events/${eventId}/registrations`).set(auth(anna.token)), 403);
    expectProblem(await t.http().get(`/api/events/${eventId}/registrations`).set(auth(otherStaff.token)), 403);
    // a coworker's own views never name anyone
    expect(JSON.stringify(await mine(ben))).not.toMatch(/Anna|Ben|Cora/);
  });

  it('checks participants in from 60 minutes before the start to 24 hours after the end', async () => {
    const eventId = await makeEvent({ start: '2027-10-22T08:00:00Z', end: '2027-10-22T10:00:00Z', capacity: 1 });
    t.setNow(NOW);
    const [held, waiting] = [await registerUser(t), await registerUser(t)];
    const r = await registered(held, eventId);
    const w = await registered(waiting, eventId);

    t.setNow('2027-10-22T06:59:00Z');
    expect(expectProblem(await checkIn(staff.token, r.id), 422).type).toMatch(/check-in-window$/);
    t.setNow('2027-10-22T07:00:00Z');
    expectProblem(await checkIn(held.token, r.id), 403);
    expectProblem(await checkIn(otherStaff.token, r.id), 404);
    const done = await checkIn(staff.token, r.id).expect(200);
    expect(done.body).toMatchObject({ id: r.id, status: 'attended', checkedInAt: '2027-10-22T07:00:00.000Z' });
    // again: the same answer
    t.setNow('2027-10-22T07:05:00Z');
    expect((await checkIn(staff.token, r.id).expect(200)).body.checkedInAt).toBe('2027-10-22T07:00:00.000Z');
    expect(changes.filter((ch) => ch.eventId === eventId && ch.type === 'registration.checked_in')).toHaveLength(1);
    expect(expectProblem(await checkIn(staff.token, w.id), 422).type).toMatch(/registration-waitlisted$/);

    t.setNow('2027-10-23T10:00:01Z');
    const late = await makeEvent({ start: '2027-10-22T08:00:00Z', end: '2027-10-22T10:00:00Z' });
    const [row] = await t.app.db
      .insert(registrations)
      .values({ eventId: late, userId: held.id, status: 'registered', createdAt: new Date(NOW) })
      .returning();
    expectProblem(await checkIn(staff.token, row!.id), 422);
    // after the end, those registered who never came are no-shows
    expect((await staffList(late)).map((x) => x.noShow)).toEqual([true]);
    expect((await staffList(eventId)).map((x) => [x.status, x.noShow])).toEqual([
      ['attended', false],
      ['waitlisted', false],
    ]);
  });

  it('lets staff add walk-in guests and register people, up to the capacity', async () => {
    t.setNow(NOW);
    const eventId = await makeEvent({ start: '2027-10-20T09:00:00Z', end: '2027-10-20T12:00:00Z', capacity: 2 });
    const coworker = await registerUser(t);
    expectProblem(await registerAs(coworker.token, eventId, { guestName: 'Gast' }), 403);
    expectProblem(await registerAs(staff.token, eventId, { guestName: 'Gast', userId: coworker.id }), 400);

    const guest = await registerAs(staff.token, eventId, { guestName: 'Greta Gast' });
    expect(guest.status, JSON.stringify(guest.body)).toBe(201);
    expect(guest.body).toMatchObject({
      userId: null,
      guestName: 'Greta Gast',
      status: 'attended',
      checkedInAt: NOW.replace('Z', '.000Z'),
    });
    // a person with an account, once the event runs: a walk-in too
    const walkIn = await registerAs(staff.token, eventId, { userId: coworker.id });
    expect(walkIn.body).toMatchObject({ userId: coworker.id, status: 'attended' });
    expect(expectProblem(await registerAs(staff.token, eventId, { guestName: 'Noch Jemand' }), 422).type).toMatch(
      /event-full$/,
    );
    expect(await mine(coworker)).toMatchObject([{ status: 'attended' }]);

    // before the start, staff register a person like they would register themselves
    const later = await makeEvent({ capacity: 1 });
    expectProblem(await registerAs(staff.token, later, { userId: '00000000-0000-4000-8000-000000000000' }), 404);
    expect((await registerAs(staff.token, later, { userId: coworker.id })).body).toMatchObject({
      status: 'registered',
    });
    expect((await registerAs(t.adminToken, later, { userId: (await registerUser(t)).id })).body).toMatchObject({
      status: 'waitlisted',
      position: 1,
    });
    expectProblem(await registerAs(staff.token, later, { userId: coworker.id }), 409);
    // after the end nobody is added
    t.setNow('2027-10-20T12:00:00Z');
    expectProblem(await registerAs(staff.token, eventId, { guestName: 'Zu Spät' }), 422);
  });

  it('erasure frees the person’s places ahead and keeps past ones; the export lists them', async () => {
    t.setNow(NOW);
    const leaving = await registerUser(t);
    const waiting = await registerUser(t);
    const ahead = await makeEvent({ capacity: 1 });
    const past = await makeEvent({ start: '2027-10-18T08:00:00Z', end: '2027-10-18T10:00:00Z', title: 'Auftakt' });
    await t.app.db.insert(registrations).values({
      eventId: past,
      userId: leaving.id,
      status: 'attended',
      createdAt: new Date('2027-10-10T08:00:00Z'),
      checkedInAt: new Date('2027-10-18T07:55:00Z'),
    });
    const place = await registered(leaving, ahead);
    const queued = await registered(waiting, ahead);
    expect(queued.status).toBe('waitlisted');

    // events ahead first, then past ones
    expect((await mine(leaving)).map((r) => r.eventId)).toEqual([ahead, past]);
    const exported = (await t.http().get('/api/me/export').set(auth(leaving.token)).expect(200)).body;
    expect(exported.eventRegistrations).toMatchObject([
      {
        eventId: past,
        event: 'Auftakt',
        space: 'Pop-up am Markt',
        status: 'attended',
        start: '2027-10-18T08:00:00.000Z',
      },
      { id: place.id, event: 'Schnupper-Co-Working', status: 'registered', end: '2027-10-27T14:00:00.000Z' },
    ]);

    await t.http().delete('/api/me').set(auth(leaving.token)).expect(204);
    expect(await statusOf(place.id)).toBe('cancelled');
    expect(await statusOf(queued.id)).toBe('registered');
    const kept = await t.app.db
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, past), eq(registrations.userId, leaving.id)));
    expect(kept.map((r) => r.status)).toEqual(['attended']);
    // the staff's list of the past event keeps the participant, without a name
    expect((await staffList(past)).map((r) => [r.status, r.userName])).toEqual([['attended', null]]);
  });

  it('puts the registrations holding a place into the person’s calendar feed', async () => {
    t.setNow(NOW);
    const user = await registerUser(t);
    // 31 Oct 2027: summer time ends in Berlin at 01:00 Z; 10:00 local is 09:00 Z (CET)
    const held = await makeEvent({
      title: 'Zukunft der Arbeit',
      start: '2027-10-31T09:00:00Z',
      end: '2027-10-31T11:00:00Z',
    });
    const full = await makeEvent({ title: 'Ausgebucht', capacity: 1 });
    const called = await makeEvent({ title: 'Abgesagt' });
    const r = await registered(user, held);
    await registered(await registerUser(t), full);
    await registered(user, full);
    const rc = await registered(user, called);
    await t.app.db
      .update(events)
      .set({ status: 'cancelled', cancelledAt: new Date(NOW) })
      .where(eq(events.id, called));

    const ics = (await t.http().get('/api/me/calendar.ics').set(auth(user.token)).expect(200)).text;
    const vevents = ics.split('BEGIN:VEVENT').slice(1);
    expect(vevents).toHaveLength(2);
    const heldEvent = vevents.find((v) => v.includes(`UID:${r.id}@popdesk`))!;
    expect(heldEvent).toContain('SUMMARY:Zukunft der Arbeit');
    expect(heldEvent).toContain('DTSTART;TZID=Europe/Berlin:20271031T100000');
    expect(heldEvent).toContain('DTEND;TZID=Europe/Berlin:20271031T120000');
    expect(heldEvent).toMatch(/LOCATION:Pop-up am Markt/);
    expect(heldEvent).toContain('STATUS:CONFIRMED');
    const cancelledEvent = vevents.find((v) => v.includes(`UID:${rc.id}@popdesk`))!;
    expect(cancelledEvent).toContain('STATUS:CANCELLED');
    expect(ics).not.toContain('Ausgebucht');

    // the secret feed URL holds the same
    const me = await t.http().get('/api/me').set(auth(user.token)).expect(200);
    const secret = await t
      .http()
      .get(new URL(me.body.calendarUrl as string).pathname)
      .expect(200);
    expect(secret.text).toContain(`UID:${r.id}@popdesk`);
  });

  describe('capacity under concurrency', () => {
    async function people(n: number): Promise<TestUser[]> {
      const out: TestUser[] = [];
      for (let i = 0; i < n; i++) out.push(await registerUser(t));
      return out;
    }
    const rowsOf = (eventId: string) =>
      t.app.db
        .select()
        .from(registrations)
        .where(eq(registrations.eventId, eventId))
        .orderBy(asc(registrations.createdAt), asc(registrations.id));

    async function expectInvariants(eventId: string, capacity: number) {
      const list = await staffList(eventId, t.adminToken);
      const holding = list.filter((r) => r.status === 'registered' || r.status === 'attended');
      const waiting = list.filter((r) => r.status === 'waitlisted');
      expect(holding.length).toBeLessThanOrEqual(capacity);
      // nobody waits while a place is free, and the positions are 1..n without gaps
      if (waiting.length > 0) expect(holding).toHaveLength(capacity);
      expect(waiting.map((r) => r.position)).toEqual(waiting.map((_, i) => i + 1));
      // first come, first served: those holding a place came before everyone still waiting
      const live = (await rowsOf(eventId)).filter((r) => r.status !== 'cancelled');
      expect(live.slice(0, holding.length).map((r) => r.status)).toEqual(holding.map(() => 'registered'));
      return { holding: holding.length, waiting: waiting.length };
    }

    it.runIf(isPostgres)('50 people registering at once for 10 places: 10 registered, 40 waiting', async () => {
      t.setNow(NOW);
      const eventId = await makeEvent({ capacity: 10 });
      const crowd = await people(50);
      const answers = await Promise.all(crowd.map((u) => registerAs(u.token, eventId)));
      expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
      const bodies = answers.map((a) => a.body as Registration);
      expect(bodies.filter((b) => b.status === 'registered')).toHaveLength(10);
      const positions = bodies.filter((b) => b.status === 'waitlisted').map((b) => b.position);
      expect([...positions].sort((x, y) => x! - y!)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(await expectInvariants(eventId, 10)).toEqual({ holding: 10, waiting: 40 });
    });

    it.runIf(!isPostgres)('registering one after another: 3 places, then the waitlist 1..5', async () => {
      t.setNow(NOW);
      const eventId = await makeEvent({ capacity: 3 });
      const answers = [];
      for (const u of await people(8)) answers.push((await registerAs(u.token, eventId)).body as Registration);
      expect(answers.map((b) => b.position)).toEqual([null, null, null, 1, 2, 3, 4, 5]);
      expect(await expectInvariants(eventId, 3)).toEqual({ holding: 3, waiting: 5 });
    });

    it('withdrawals and registrations at once keep the places within the capacity and the waitlist in turn', async () => {
      t.setNow(NOW);
      const capacity = 10;
      const n = isPostgres ? 25 : 6;
      const eventId = await makeEvent({ capacity });
      const first = await people(capacity + n);
      const held: Registration[] = [];
      for (const u of first) held.push(await registered(u, eventId));
      const newcomers = await people(n);
      // withdraw every other early registration while newcomers register
      const leaving = held.filter((_, i) => i % 2 === 0).slice(0, n);
      const results = await Promise.all([
        ...leaving.map((r) => withdraw(first[held.indexOf(r)]!.token, r.id).then((res) => res.status)),
        ...newcomers.map((u) => registerAs(u.token, eventId).then((res) => res.status)),
      ]);
      expect(results).toEqual([...leaving.map(() => 204), ...newcomers.map(() => 201)]);
      const { holding, waiting } = await expectInvariants(eventId, capacity);
      expect(holding + waiting).toBe(capacity + n - leaving.length + n);
      expect(holding).toBe(capacity);
    });
  });
});
