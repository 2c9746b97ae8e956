/**
 * Events through the API: who sees which, the opening-hours and closure rules (daylight saving time
 * included), places kept apart from desk bookings and other events, capacity changes, cancelling,
 * duplicating a series all or nothing, the .ics file and the audit trail.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrations } from '../../src/db/schema.js';
import {
  auth,
  book,
  createSpace,
  expectProblem,
  makeStaff,
  registerUser,
  startApp,
  type SpaceFixture,
  type TestApp,
  type TestUser,
} from '../harness.js';
import { parseCalendar } from '../integrations/ical.js';

const NOW = '2027-10-20T10:00:00Z'; // Wednesday
const PUBLIC_URL = 'https://popdesk.example';
// Thursday 21 October 2027 in Berlin (CEST, UTC+2): 10:00–12:00 local
const THU = { start: '2027-10-21T08:00:00Z', end: '2027-10-21T10:00:00Z' };
const EVERY_DAY_9_TO_17 = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' }));

describe('events', () => {
  let t: TestApp;
  let space: SpaceFixture;
  let other: SpaceFixture;
  let staff: TestUser;
  let otherStaff: TestUser;
  let coworker: TestUser;

  beforeAll(async () => {
    t = await startApp({ now: NOW, config: { publicUrl: PUBLIC_URL } });
    space = await createSpace(t, {
      desks: 3,
      hours: EVERY_DAY_9_TO_17,
      body: { address: 'Rheinallee 1, 65375 Oestrich-Winkel', town: 'Oestrich-Winkel' },
    });
    other = await createSpace(t, { desks: 1 });
    staff = await makeStaff(t, [space.id]);
    otherStaff = await makeStaff(t, [other.id]);
    coworker = await registerUser(t, { name: 'Ada Lovelace' });
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>, token = staff.token, spaceId = space.id) =>
    t
      .http()
      .post(`/api/spaces/${spaceId}/events`)
      .set(auth(token))
      .send({ title: 'Transferwerkstatt', kind: 'workshop', capacity: 8, ...THU, ...body });
  const created = async (body: Record<string, unknown> = {}) => {
    const res = await create(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string } & Record<string, unknown>;
  };
  const get = (path: string, token?: string) => {
    const req = t.http().get(path);
    return token ? req.set(auth(token)) : req;
  };
  const addRegistration = async (eventId: string, status: string, userId?: string, at = NOW) => {
    const [row] = await t.app.db
      .insert(registrations)
      .values({
        eventId,
        ...(userId ? { userId } : { guestName: 'Gast' }),
        status: status as 'registered',
        createdAt: new Date(at),
      })
      .returning();
    return row!.id;
  };

  it('shows public events to everyone and non-public ones to the space’s staff and admins only', async () => {
    const open = await created({ title: 'Offene Werkstatt', deskIds: [space.deskIds[0]] });
    const closed = await created({
      title: 'Team meeting',
      kind: 'meeting',
      public: false,
      start: '2027-10-22T08:00:00Z',
      end: '2027-10-22T09:00:00Z',
    });
    expect(open).toMatchObject({
      spaceId: space.id,
      title: 'Offene Werkstatt',
      kind: 'workshop',
      start: '2027-10-21T08:00:00.000Z',
      end: '2027-10-21T10:00:00.000Z',
      capacity: 8,
      registered: 0,
      waitlisted: 0,
      attended: 0,
      deskIds: [space.deskIds[0]],
      public: true,
      status: 'scheduled',
      town: 'Oestrich-Winkel',
      timezone: 'Europe/Berlin',
      copiedFrom: null,
      url: `${PUBLIC_URL}/events/${open.id}`,
    });

    // anonymous: the public one, without staff figures; the other does not exist for them
    const anon = await get(`/api/events/${open.id}`).expect(200);
    expect(anon.body).not.toHaveProperty('attended');
    expect(anon.body).not.toHaveProperty('myRegistration');
    expectProblem(await get(`/api/events/${closed.id}`), 404);
    expectProblem(await get(`/api/events/${closed.id}`, coworker.token), 404);
    expectProblem(await get(`/api/events/${closed.id}`, otherStaff.token), 404);
    expectProblem(await get(`/api/events/${closed.id}/event.ics`), 404);
    await get(`/api/events/${closed.id}`, staff.token).expect(200);
    await get(`/api/events/${closed.id}`, t.adminToken).expect(200);
    // a token, if sent, must be valid
    expectProblem(await get(`/api/events/${open.id}`, 'not-a-token'), 401);

    const ids = (res: { body: { id: string }[] }) => res.body.map((e) => e.id);
    const publicList = await get(`/api/spaces/${space.id}/events`).expect(200);
    expect(ids(publicList)).toContain(open.id);
    expect(ids(publicList)).not.toContain(closed.id);
    const staffList = await get(`/api/spaces/${space.id}/events`, staff.token).expect(200);
    expect(ids(staffList)).toEqual(expect.arrayContaining([open.id, closed.id]));
    expect(ids(await get(`/api/events?spaceId=${space.id}`, coworker.token).expect(200))).not.toContain(closed.id);
    expect(ids(await get(`/api/events?spaceId=${space.id}`, staff.token).expect(200))).toContain(closed.id);
    expect(ids(await get(`/api/events?kind=meeting`, otherStaff.token).expect(200))).not.toContain(closed.id);
    // the period: the Thursday event ends after Thursday's start, and lies before Friday (a local date)
    expect(ids(await get(`/api/events?from=2027-10-21&to=2027-10-21&spaceId=${space.id}`, t.adminToken))).toEqual([
      open.id,
    ]);
    expect(ids(await get(`/api/events?from=2027-10-21T10:00:00Z&spaceId=${space.id}`, t.adminToken))).toEqual([
      closed.id,
    ]);
    expectProblem(await get('/api/events?from=2027-10-21&to=2027-10-01'), 422);
    expectProblem(await get('/api/events?from=2027-01-01&to=2028-12-31'), 422);
    expectProblem(await get('/api/events?from=2027-02-30'), 400);
    expectProblem(await get(`/api/spaces/00000000-0000-4000-8000-000000000000/events`), 404);

    // only the space's staff and admins create; coworkers, analysts and other spaces' staff do not
    expectProblem(await create({}, coworker.token), 403);
    expectProblem(await create({}, otherStaff.token), 403);
    await create({ start: '2027-10-25T08:00:00Z', end: '2027-10-25T09:00:00Z' }, t.adminToken).expect(201);
    // a public event visible to them, but not theirs to change
    expectProblem(
      await t.http().patch(`/api/events/${open.id}`).set(auth(otherStaff.token)).send({ capacity: 9 }),
      403,
    );
    expectProblem(
      await t.http().patch(`/api/events/${closed.id}`).set(auth(coworker.token)).send({ capacity: 9 }),
      404,
    );
  });

  it('counts registrations, tells a signed-in person their own with its waitlist position', async () => {
    const event = await created({ capacity: 3, start: '2027-10-21T12:00:00Z', end: '2027-10-21T13:00:00Z' });
    const first = await registerUser(t);
    const second = await registerUser(t);
    await addRegistration(event.id, 'registered', undefined, '2027-10-20T09:00:00Z');
    await addRegistration(event.id, 'registered', undefined, '2027-10-20T09:01:00Z');
    await addRegistration(event.id, 'attended', undefined, '2027-10-20T09:02:00Z');
    await addRegistration(event.id, 'waitlisted', first.id, '2027-10-20T09:03:00Z');
    await addRegistration(event.id, 'waitlisted', second.id, '2027-10-20T09:04:00Z');
    await addRegistration(event.id, 'cancelled', coworker.id, '2027-10-20T09:05:00Z');

    const seen = await get(`/api/events/${event.id}`, second.token).expect(200);
    expect(seen.body).toMatchObject({
      registered: 3,
      waitlisted: 2,
      myRegistration: { status: 'waitlisted', position: 2 },
    });
    const mine = await get(`/api/events/${event.id}`, coworker.token).expect(200);
    expect(mine.body.myRegistration).toBeNull();
    expect((await get(`/api/events/${event.id}`, staff.token).expect(200)).body.attended).toBe(1);

    // fewer places than people holding one: refused; more lets the first waiting move up
    const low = expectProblem(
      await t.http().patch(`/api/events/${event.id}`).set(auth(staff.token)).send({ capacity: 2 }),
      422,
    );
    expect(low.type).toMatch(/capacity-below-registered$/);
    const raised = await t.http().patch(`/api/events/${event.id}`).set(auth(staff.token)).send({ capacity: 4 });
    expect(raised.status, JSON.stringify(raised.body)).toBe(200);
    expect(raised.body).toMatchObject({ capacity: 4, registered: 4, waitlisted: 1 });
    const after = await get(`/api/events/${event.id}`, first.token).expect(200);
    expect(after.body.myRegistration).toMatchObject({ status: 'registered', position: null });
  });

  it('lies inside one opening interval of one local day, not on a closure, on this space’s places in use', async () => {
    const slug = async (body: Record<string, unknown>, status = 422) => expectProblem(await create(body), status).type;
    // 08:30–10:00 local: before opening
    expect(await slug({ start: '2027-10-21T06:30:00Z', end: '2027-10-21T08:00:00Z' })).toMatch(
      /outside-opening-hours$/,
    );
    // 16:00–18:00 local: after closing
    expect(await slug({ start: '2027-10-21T14:00:00Z', end: '2027-10-21T16:00:00Z' })).toMatch(
      /outside-opening-hours$/,
    );
    expect(await slug({ start: THU.end, end: THU.start })).toMatch(/end-before-start$/);
    expect(await slug({ deskIds: [other.deskIds[0]] })).toMatch(/unknown-place$/);
    const retired = await t
      .http()
      .post(`/api/spaces/${space.id}/desks`)
      .set(auth(staff.token))
      .send({ name: 'Old table', activeUntil: '2027-10-01' })
      .expect(201);
    expect(await slug({ deskIds: [retired.body.id] })).toMatch(/unknown-place$/);

    // a whole-day closure, and a window: overlapping it is refused, beside it is fine
    await t
      .http()
      .post(`/api/spaces/${space.id}/closures`)
      .set(auth(staff.token))
      .send({ date: '2027-11-02' })
      .expect(201);
    expect(await slug({ start: '2027-11-02T09:00:00Z', end: '2027-11-02T10:00:00Z' })).toMatch(/closed$/);
    await t
      .http()
      .post(`/api/spaces/${space.id}/closures`)
      .set(auth(staff.token))
      .send({ date: '2027-11-03', starts: '12:00', ends: '14:00' })
      .expect(201);
    // CET (UTC+1): 11:00–13:00 local overlaps the window
    expect(await slug({ start: '2027-11-03T10:00:00Z', end: '2027-11-03T12:00:00Z' })).toMatch(/closed$/);
    await create({ start: '2027-11-03T08:00:00Z', end: '2027-11-03T11:00:00Z' }).expect(201);

    // Sunday 31 October 2027: the clocks go back at 03:00, 09:00–17:00 local is 08:00–16:00 UTC
    await create({ start: '2027-10-31T08:00:00Z', end: '2027-10-31T16:00:00Z' }).expect(201);
    // 07:30 UTC was 09:30 the day before; on this day it is 08:30, before opening
    expect(await slug({ start: '2027-10-31T07:30:00Z', end: '2027-10-31T09:00:00Z' })).toMatch(
      /outside-opening-hours$/,
    );

    // staff may record an event that took place
    await create({ start: '2027-10-18T08:00:00Z', end: '2027-10-18T09:00:00Z' }).expect(201);
  });

  it('keeps an event’s places and desk bookings apart, both ways, and frees them on cancel', async () => {
    const desk = space.deskIds[1]!;
    const event = await created({
      title: 'Schnupper-Co-Working',
      kind: 'trial_day',
      deskIds: [desk],
      start: '2027-10-26T07:00:00Z',
      end: '2027-10-26T15:00:00Z',
    });

    // a desk booking over the event: 409 desk-taken, counted as turned away
    const turnedAway = async () =>
      (await t.app.db.execute(sql`select count(*)::int as n from turned_away where desk_id = ${desk}`)).rows[0] as {
        n: number;
      };
    const before = (await turnedAway()).n;
    const taken = expectProblem(
      await book(t, coworker.token, { deskId: desk, start: '2027-10-26T09:00:00Z', end: '2027-10-26T10:00:00Z' }),
      409,
    );
    expect(taken.type).toMatch(/desk-taken$/);
    expect((await turnedAway()).n).toBe(before + 1);

    // an event over a booking: 409 listing the booking, with the holder's name for staff
    const booked = await book(t, coworker.token, {
      deskId: desk,
      start: '2027-10-27T09:00:00Z',
      end: '2027-10-27T11:00:00Z',
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const over = expectProblem<{ conflicts: Record<string, unknown>[] }>(
      await create({ deskIds: [desk, space.deskIds[2]], start: '2027-10-27T08:00:00Z', end: '2027-10-27T12:00:00Z' }),
      409,
    );
    expect(over.type).toMatch(/event-places-booked$/);
    expect(over.conflicts).toEqual([
      {
        bookingId: booked.body.id,
        deskId: desk,
        deskName: 'Desk 2',
        start: '2027-10-27T09:00:00.000Z',
        end: '2027-10-27T11:00:00.000Z',
        userName: 'Ada Lovelace',
      },
    ]);
    // moving the event onto the booking is refused the same way, and nothing changes
    const moved = expectProblem(
      await t
        .http()
        .patch(`/api/events/${event.id}`)
        .set(auth(staff.token))
        .send({ start: '2027-10-27T08:00:00Z', end: '2027-10-27T10:00:00Z' }),
      409,
    );
    expect(moved.type).toMatch(/event-places-booked$/);
    expect((await get(`/api/events/${event.id}`).expect(200)).body.start).toBe('2027-10-26T07:00:00.000Z');

    // another event on the same place at the same time names the first
    const twice = expectProblem(
      await create({ deskIds: [desk], start: '2027-10-26T12:00:00Z', end: '2027-10-26T13:00:00Z' }),
      409,
    );
    expect(twice.type).toMatch(/event-places-taken$/);
    expect(twice.detail).toContain('Schnupper-Co-Working');

    // cancelled: the place is free again, and cancelling twice changes nothing
    const cancelled = await t
      .http()
      .post(`/api/events/${event.id}/cancel`)
      .set(auth(staff.token))
      .send({ message: 'Leider krank.' })
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', deskIds: [desk] });
    await t.http().post(`/api/events/${event.id}/cancel`).set(auth(staff.token)).expect(200);
    const now = await book(t, coworker.token, {
      deskId: desk,
      start: '2027-10-26T09:00:00Z',
      end: '2027-10-26T10:00:00Z',
    });
    expect(now.status, JSON.stringify(now.body)).toBe(201);

    // a cancelled event is listed for staff only, and cannot be changed
    expect((await get(`/api/spaces/${space.id}/events?from=2027-10-26&to=2027-10-26`).expect(200)).body).toEqual([]);
    const forStaff = await get(`/api/spaces/${space.id}/events?from=2027-10-26&to=2027-10-26`, staff.token).expect(200);
    expect(forStaff.body.map((e: { id: string }) => e.id)).toEqual([event.id]);
    const edit = expectProblem(
      await t.http().patch(`/api/events/${event.id}`).set(auth(staff.token)).send({ title: 'Neu' }),
      422,
    );
    expect(edit.type).toMatch(/event-cancelled$/);
  });

  it('does not move an event that has ended, but lets staff correct its other details', async () => {
    const past = await created({ start: '2027-10-19T08:00:00Z', end: '2027-10-19T09:00:00Z' });
    const moved = expectProblem(
      await t
        .http()
        .patch(`/api/events/${past.id}`)
        .set(auth(staff.token))
        .send({ start: '2027-10-19T09:00:00Z', end: '2027-10-19T10:00:00Z' }),
      422,
    );
    expect(moved.type).toMatch(/event-ended$/);
    const renamed = await t
      .http()
      .patch(`/api/events/${past.id}`)
      .set(auth(staff.token))
      .send({ title: 'Auftakt der Themenwoche', description: null })
      .expect(200);
    expect(renamed.body).toMatchObject({ title: 'Auftakt der Themenwoche', description: null });
  });

  it('duplicates at the same local time across a change of daylight saving time, all or nothing', async () => {
    const table = await t
      .http()
      .post(`/api/spaces/${space.id}/desks`)
      .set(auth(staff.token))
      .send({ name: 'Konferenztisch' })
      .expect(201);
    // Friday 29 October, 10:00–12:00 CEST
    const source = await created({
      title: 'Themenwoche',
      deskIds: [table.body.id],
      capacity: 12,
      public: false,
      start: '2027-10-29T08:00:00Z',
      end: '2027-10-29T10:00:00Z',
    });
    const duplicate = (dates: string[]) =>
      t.http().post(`/api/events/${source.id}/duplicate`).set(auth(staff.token)).send({ dates });
    const count = async () =>
      (
        (await get(`/api/spaces/${space.id}/events?from=2027-10-01&to=2027-12-31`, staff.token).expect(200)).body as {
          copiedFrom: string | null;
        }[]
      ).filter((e) => e.copiedFrom === source.id).length;

    // one date closed (2 November, above): 422 naming it, nothing created
    const closed = expectProblem<{ date: string }>(await duplicate(['2027-11-01', '2027-11-02']), 422);
    expect(closed).toMatchObject({ date: '2027-11-02' });
    expect(closed.detail).toContain('2027-11-02');
    // one date's table booked: 409 naming it, nothing created
    const booked = await book(t, staff.token, {
      deskId: table.body.id,
      start: '2027-11-05T10:00:00Z',
      end: '2027-11-05T10:30:00Z',
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const taken = expectProblem<{ date: string; conflicts: unknown[] }>(
      await duplicate(['2027-11-04', '2027-11-05']),
      409,
    );
    expect(taken).toMatchObject({
      date: '2027-11-05',
      conflicts: [expect.objectContaining({ bookingId: booked.body.id })],
    });
    expect(await count()).toBe(0);

    // 10:00–12:00 CET is 09:00–11:00 UTC
    const copies = await duplicate(['2027-11-04', '2027-11-01']).expect(201);
    expect(copies.body).toMatchObject([
      {
        start: '2027-11-01T09:00:00.000Z',
        end: '2027-11-01T11:00:00.000Z',
        copiedFrom: source.id,
        capacity: 12,
        public: false,
        deskIds: [table.body.id],
        title: 'Themenwoche',
      },
      { start: '2027-11-04T09:00:00.000Z', end: '2027-11-04T11:00:00.000Z', copiedFrom: source.id },
    ]);
    expect(await count()).toBe(2);
    expectProblem(
      await t
        .http()
        .post(`/api/events/${source.id}/duplicate`)
        .set(auth(coworker.token))
        .send({ dates: ['2027-11-08'] }),
      404,
    );
    expectProblem(await duplicate(['2027-11-31']), 400);
  });

  it('answers an .ics file of the event, cancelled ones as STATUS:CANCELLED', async () => {
    const event = await created({
      title: 'Zukunft der Arbeit',
      description: 'Vortrag und Gespräch',
      start: '2027-10-28T12:00:00Z',
      end: '2027-10-28T14:00:00Z',
    });
    const res = await get(`/api/events/${event.id}/event.ics`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="popdesk-event-/);
    expect(res.text).toContain('DTSTART:20271028T120000Z');
    expect(res.text.replace(/\r\n /g, '')).toContain(`URL;VALUE=URI:${PUBLIC_URL}/events/${event.id}`);
    const [entry] = parseCalendar(res.text).events;
    expect(entry).toMatchObject({
      uid: `event-${event.id}@popdesk`,
      tzid: null,
      summary: 'Zukunft der Arbeit',
      description: 'Vortrag und Gespräch',
      location: expect.stringMatching(/^Space .*, Rheinallee 1, 65375 Oestrich-Winkel$/),
      status: 'CONFIRMED',
    });
    expect(entry!.start.toISOString()).toBe('2027-10-28T12:00:00.000Z');
    expect(entry!.end.toISOString()).toBe('2027-10-28T14:00:00.000Z');

    t.setNow('2027-10-20T11:00:00Z');
    await t.http().post(`/api/events/${event.id}/cancel`).set(auth(staff.token)).expect(200);
    t.setNow(NOW);
    const [again] = parseCalendar((await get(`/api/events/${event.id}/event.ics`).expect(200)).text).events;
    expect(again).toMatchObject({ uid: entry!.uid, status: 'CANCELLED' });
    expect(again!.sequence).toBeGreaterThan(entry!.sequence);
  });

  it('records staff actions in the audit log with their space and without names or messages', async () => {
    const event = await created({ start: '2027-10-28T07:00:00Z', end: '2027-10-28T08:00:00Z' });
    await t
      .http()
      .post(`/api/events/${event.id}/cancel`)
      .set(auth(staff.token))
      .send({ message: 'Frau Müller ist krank.' })
      .expect(200);
    const log = await get(`/api/audit-log?spaceId=${space.id}&limit=50`, t.adminToken).expect(200);
    const mine = (log.body.items as { action: string; targetId: string; spaceId: string; details: unknown }[]).filter(
      (e) => e.targetId === event.id,
    );
    expect(mine.map((e) => e.action).sort()).toEqual(['event.cancel', 'event.create']);
    expect(mine.every((e) => e.spaceId === space.id)).toBe(true);
    expect(JSON.stringify(mine)).not.toMatch(/Müller|Transferwerkstatt/);
  });
});
