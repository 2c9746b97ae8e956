/**
 * Rooms and tables: places of kind `room` with seats, which the space's desk count leaves out and
 * only the team books unless the space lets coworkers; and the places events take, as availability
 * shows them (not free, titled for whom may see it) and as bookings over them are refused (409,
 * counted as turned away). Events are written straight into the tables here: the events API is
 * another part's, and these rules must hold whoever writes them.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db/db.js';
import { auth, book, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' }));
/** Open around the clock: on 2027-10-31 (Europe/Berlin leaves summer time) the day has 25 hours. */
const ROUND_THE_CLOCK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

/** Polls until `check` passes (change notifications from PostgreSQL arrive asynchronously). */
async function eventually(check: () => Promise<void>, timeoutMs = 3_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

describe('rooms and tables', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  const addPlace = (token: string, spaceId: string, body: Record<string, unknown>) =>
    t.http().post(`/api/spaces/${spaceId}/desks`).set(auth(token)).send(body);
  const patchPlace = (token: string, deskId: string, body: Record<string, unknown>) =>
    t.http().patch(`/api/desks/${deskId}`).set(auth(token)).send(body);
  const availability = (spaceId: string, date: string, token?: string) => {
    const req = t.http().get(`/api/spaces/${spaceId}/availability`).query({ date });
    return (token ? req.set(auth(token)) : req).expect(200);
  };
  const turnedAway = async (spaceId: string) =>
    (
      await rows<{ n: number }>(t.app.db, sql`select count(*)::int as n from turned_away where space_id = ${spaceId}`)
    )[0]!.n;

  /** An event taking `deskId` from `start` to `end`, as the events feature would write it. */
  async function insertEvent(
    spaceId: string,
    deskId: string,
    fields: { title: string; start: string; end: string; public?: boolean; active?: boolean },
  ): Promise<string> {
    const id = randomUUID();
    const active = fields.active ?? true;
    await t.app.db
      .execute(sql`insert into events (id, space_id, title, kind, start_at, end_at, capacity, public, status)
      values (${id}, ${spaceId}, ${fields.title}, 'workshop', ${fields.start}, ${fields.end}, 8, ${fields.public ?? true},
        ${active ? 'scheduled' : 'cancelled'})`);
    await t.app.db.execute(sql`insert into event_places (event_id, desk_id, space_id, start_at, end_at, active)
      values (${id}, ${deskId}, ${spaceId}, ${fields.start}, ${fields.end}, ${active})`);
    return id;
  }

  describe('places of kind room', () => {
    it('adds a room with seats, and a room whose seats are not known yet', async () => {
      const space = await createSpace(t, { desks: 1 });
      const table = await addPlace(t.adminToken, space.id, { name: 'Conference table', kind: 'room', seats: 12 });
      expect(table.status, JSON.stringify(table.body)).toBe(201);
      expect(table.body).toMatchObject({ name: 'Conference table', kind: 'room', seats: 12 });
      const room = await addPlace(t.adminToken, space.id, { name: 'Back room', kind: 'room' }).expect(201);
      expect(room.body).toMatchObject({ kind: 'room', seats: null });
      const desk = await addPlace(t.adminToken, space.id, { name: 'Desk 2' }).expect(201);
      expect(desk.body).toMatchObject({ kind: 'desk', seats: null });

      const detail = await t.http().get(`/api/spaces/${space.id}`).expect(200);
      expect(detail.body.deskCount).toBe(2); // the two desks, not the rooms
      expect(detail.body.desks.map((d: { name: string; kind: string }) => `${d.name}:${d.kind}`).sort()).toEqual([
        'Back room:room',
        'Conference table:room',
        'Desk 1:desk',
        'Desk 2:desk',
      ]);
      const list = await t.http().get('/api/spaces').expect(200);
      expect(list.body.find((s: { id: string }) => s.id === space.id)).toMatchObject({ deskCount: 2 });
    });

    it('refuses seats for a desk (422) and seats out of range (400)', async () => {
      const space = await createSpace(t, { desks: 1 });
      const problem = expectProblem(await addPlace(t.adminToken, space.id, { name: 'Desk 9', seats: 2 }), 422);
      expect(problem.type).toMatch(/seats-for-rooms-only$/);
      expectProblem(await addPlace(t.adminToken, space.id, { name: 'Desk 9', kind: 'desk', seats: 2 }), 422);
      for (const seats of [0, 1001, 2.5]) {
        const bad = expectProblem(await addPlace(t.adminToken, space.id, { name: 'Room', kind: 'room', seats }), 400);
        expect(bad.errors?.map((e) => e.path)).toContain('body.seats');
      }
      expectProblem(await addPlace(t.adminToken, space.id, { name: 'Hall', kind: 'hall' }), 400);
      expectProblem(await patchPlace(t.adminToken, space.deskIds[0]!, { seats: 4 }), 422);
      const detail = await t.http().get(`/api/spaces/${space.id}`).expect(200);
      expect(detail.body.desks).toHaveLength(1);
    });

    it('turns a desk into a room and back (its seats go), and the desk count follows', async () => {
      const space = await createSpace(t, { desks: 2 });
      const staff = await makeStaff(t, [space.id]);
      const id = space.deskIds[0]!;
      const room = await patchPlace(staff.token, id, { kind: 'room', seats: 8 });
      expect(room.status, JSON.stringify(room.body)).toBe(200);
      expect(room.body).toMatchObject({ id, name: 'Desk 1', kind: 'room', seats: 8 });
      expect((await t.http().get(`/api/spaces/${space.id}`).expect(200)).body.deskCount).toBe(1);
      expect((await patchPlace(staff.token, id, { seats: 10 }).expect(200)).body.seats).toBe(10);
      const desk = await patchPlace(staff.token, id, { kind: 'desk' }).expect(200);
      expect(desk.body).toMatchObject({ kind: 'desk', seats: null });
      expect((await t.http().get(`/api/spaces/${space.id}`).expect(200)).body.deskCount).toBe(2);
      // only the space's team changes its places
      const other = await makeStaff(t, []);
      expectProblem(await patchPlace(other.token, id, { kind: 'room' }), 403);
    });

    it('sets whether coworkers book rooms on create and change, shown in the list and the detail', async () => {
      const created = await t
        .http()
        .post('/api/spaces')
        .set(auth(t.adminToken))
        .send({ name: `Rooms ${randomUUID().slice(0, 8)}`, town: 'Mölln', coworkersMayBookRooms: true })
        .expect(201);
      expect(created.body.coworkersMayBookRooms).toBe(true);
      const space = await createSpace(t, { desks: 1 });
      const staff = await makeStaff(t, [space.id]);
      expect((await t.http().get(`/api/spaces/${space.id}`).expect(200)).body.coworkersMayBookRooms).toBe(false);
      const patched = await t
        .http()
        .patch(`/api/spaces/${space.id}`)
        .set(auth(staff.token))
        .send({ coworkersMayBookRooms: true })
        .expect(200);
      expect(patched.body.coworkersMayBookRooms).toBe(true);
      const list = await t.http().get('/api/spaces').expect(200);
      const byId = (id: string) => list.body.find((s: { id: string }) => s.id === id);
      expect(byId(space.id).coworkersMayBookRooms).toBe(true);
      expect(byId(created.body.id).coworkersMayBookRooms).toBe(true);
      expectProblem(
        await t.http().patch(`/api/spaces/${space.id}`).set(auth(t.adminToken)).send({ coworkersMayBookRooms: 'yes' }),
        400,
      );
    });

    it('keeps a place an event took: deleting it is a 409, not a 500', async () => {
      const space = await createSpace(t, { desks: 1 });
      const room = await addPlace(t.adminToken, space.id, { name: 'Table', kind: 'room', seats: 6 }).expect(201);
      await insertEvent(space.id, room.body.id, {
        title: 'Kick-off',
        start: '2027-10-21T08:00:00Z',
        end: '2027-10-21T10:00:00Z',
      });
      const problem = expectProblem(await t.http().delete(`/api/desks/${room.body.id}`).set(auth(t.adminToken)), 409);
      expect(problem.type).toMatch(/desk-has-bookings$/);
    });
  });

  describe('booking a room', () => {
    const meeting = (deskId: string, start = '2027-10-21T08:00:00Z', end = '2027-10-21T09:00:00Z') => ({
      deskId,
      start,
      end,
    });

    it('is for the space’s team unless the space lets coworkers book rooms', async () => {
      const space = await createSpace(t, { desks: 1, hours: ALL_WEEK });
      const room = await addPlace(t.adminToken, space.id, { name: 'Meeting room', kind: 'room', seats: 6 }).expect(201);
      const coworker = await registerUser(t);
      const staff = await makeStaff(t, [space.id]);

      const refused = expectProblem(await book(t, coworker.token, meeting(room.body.id)), 403);
      expect(refused.type).toMatch(/room-staff-only$/);
      expect(refused.title).toBe('Rooms are booked by the space’s team');
      // a series is refused as a whole, before any date is looked at
      const series = await t.http().post('/api/bookings/series').set(auth(coworker.token)).send({
        deskId: room.body.id,
        firstDate: '2027-10-21',
        weeks: 2,
        startTime: '10:00',
        endTime: '11:00',
        mode: 'atomic',
      });
      expect(expectProblem(series, 403).type).toMatch(/room-staff-only$/);
      // a desk is bookable as ever
      await book(t, coworker.token, meeting(space.deskIds[0]!)).expect(201);

      // staff and admins always may, also for the coworker
      await book(t, staff.token, meeting(room.body.id, '2027-10-21T09:00:00Z', '2027-10-21T10:00:00Z')).expect(201);
      const forCoworker = await book(t, staff.token, {
        ...meeting(room.body.id, '2027-10-21T10:00:00Z', '2027-10-21T11:00:00Z'),
        userId: coworker.id,
      }).expect(201);
      expect(forCoworker.body.userId).toBe(coworker.id);
      await book(t, t.adminToken, meeting(room.body.id, '2027-10-22T08:00:00Z', '2027-10-22T09:00:00Z')).expect(201);

      await t
        .http()
        .patch(`/api/spaces/${space.id}`)
        .set(auth(staff.token))
        .send({ coworkersMayBookRooms: true })
        .expect(200);
      const own = await book(t, coworker.token, meeting(room.body.id, '2027-10-22T12:00:00Z', '2027-10-22T13:00:00Z'));
      expect(own.status, JSON.stringify(own.body)).toBe(201);
      // fair use applies to rooms as to desks
      await t
        .http()
        .patch(`/api/spaces/${space.id}`)
        .set(auth(staff.token))
        .send({ minBookingMinutes: 60 })
        .expect(200);
      expectProblem(
        await book(t, coworker.token, meeting(room.body.id, '2027-10-25T08:00:00Z', '2027-10-25T08:30:00Z')),
        422,
      );
    });
  });

  describe('places taken by events', () => {
    it('shows events on their places and leaves their time out of free time, on a 25-hour day', async () => {
      const space = await createSpace(t, { desks: 2, hours: ROUND_THE_CLOCK });
      const staff = await makeStaff(t, [space.id]);
      const otherStaff = await makeStaff(t, []);
      const coworker = await registerUser(t);
      const room = await addPlace(t.adminToken, space.id, { name: 'Table', kind: 'room', seats: 10 }).expect(201);
      const [desk1, desk2] = space.deskIds as [string, string];
      // 02:30 summer time to 03:00 winter time: an hour and a half, across the repeated hour
      const workshop = await insertEvent(space.id, desk1, {
        title: 'Transfer workshop',
        start: '2027-10-31T00:30:00Z',
        end: '2027-10-31T02:00:00Z',
      });
      const teamMeeting = await insertEvent(space.id, room.body.id, {
        title: 'Team meeting',
        start: '2027-10-31T09:00:00Z',
        end: '2027-10-31T11:00:00Z',
        public: false,
      });
      await insertEvent(space.id, desk2, {
        title: 'Called off',
        start: '2027-10-31T09:00:00Z',
        end: '2027-10-31T11:00:00Z',
        active: false,
      });

      const day = { start: '2027-10-30T22:00:00.000Z', end: '2027-10-31T23:00:00.000Z' }; // 25 hours
      const anonymous = (await availability(space.id, '2027-10-31')).body;
      expect(anonymous.open).toEqual([day]);
      const place = (body: typeof anonymous, id: string) => body.desks.find((d: { deskId: string }) => d.deskId === id);
      expect(place(anonymous, desk1)).toEqual({
        deskId: desk1,
        name: 'Desk 1',
        kind: 'desk',
        seats: null,
        features: [],
        free: [
          { start: day.start, end: '2027-10-31T00:30:00.000Z' },
          { start: '2027-10-31T02:00:00.000Z', end: day.end },
        ],
        events: [
          {
            eventId: workshop,
            title: 'Transfer workshop',
            start: '2027-10-31T00:30:00.000Z',
            end: '2027-10-31T02:00:00.000Z',
          },
        ],
      });
      // a cancelled event takes nothing
      expect(place(anonymous, desk2)).toMatchObject({ free: [day], events: [] });
      const meetingFree = [
        { start: day.start, end: '2027-10-31T09:00:00.000Z' },
        { start: '2027-10-31T11:00:00.000Z', end: day.end },
      ];
      const meetingAt = { eventId: teamMeeting, start: '2027-10-31T09:00:00.000Z', end: '2027-10-31T11:00:00.000Z' };
      expect(place(anonymous, room.body.id)).toEqual({
        deskId: room.body.id,
        name: 'Table',
        kind: 'room',
        seats: 10,
        features: [],
        free: meetingFree,
        events: [{ ...meetingAt, title: null }], // not public: untitled for the public
      });

      // the space's team and admins see the title; others (or a bad token) do not
      for (const [token, title] of [
        [staff.token, 'Team meeting'],
        [t.adminToken, 'Team meeting'],
        [otherStaff.token, null],
        [coworker.token, null],
        ['not-a-token', null],
      ] as const) {
        const body = (await availability(space.id, '2027-10-31', token)).body;
        expect(place(body, room.body.id).events, String(title)).toEqual([{ ...meetingAt, title }]);
        expect(place(body, room.body.id).free).toEqual(meetingFree);
      }
      // the day before, nothing
      expect(place((await availability(space.id, '2027-10-30')).body, desk1).events).toEqual([]);
    });

    it('refuses a booking over an event’s place with 409, counted as turned away, also in a series and for a walk-in', async () => {
      const space = await createSpace(t, { desks: 1, hours: ROUND_THE_CLOCK });
      const staff = await makeStaff(t, [space.id]);
      const coworker = await registerUser(t);
      const room = await addPlace(t.adminToken, space.id, { name: 'Table', kind: 'room', seats: 10 }).expect(201);
      const desk = space.deskIds[0]!;
      await insertEvent(space.id, desk, {
        title: 'Transfer workshop',
        start: '2027-10-31T00:30:00Z',
        end: '2027-10-31T02:00:00Z',
      });
      await insertEvent(space.id, room.body.id, {
        title: 'Team meeting',
        start: '2027-10-31T09:00:00Z',
        end: '2027-10-31T11:00:00Z',
        public: false,
      });
      expect(await turnedAway(space.id)).toBe(0);

      const over = expectProblem(
        await book(t, coworker.token, { deskId: desk, start: '2027-10-31T01:30:00Z', end: '2027-10-31T03:00:00Z' }),
        409,
      );
      expect(over.type).toMatch(/desk-taken$/);
      // 02:30 summer time to 03:00 winter time, in the space's zone
      expect(over.detail).toBe('This place is taken by the event “Transfer workshop” from 02:30 to 03:00.');
      expect(await turnedAway(space.id)).toBe(1);

      // a non-public event is not named
      const room409 = expectProblem(
        await book(t, staff.token, {
          deskId: room.body.id,
          start: '2027-10-31T10:00:00Z',
          end: '2027-10-31T12:00:00Z',
        }),
        409,
      );
      expect(room409.detail).toBe('This place is taken by an event from 10:00 to 12:00.');
      expect(room409.detail).not.toContain('Team meeting');
      expect(await turnedAway(space.id)).toBe(2);

      // a series: the Sunday of the event fails, the one before is booked
      const series = await t.http().post('/api/bookings/series').set(auth(staff.token)).send({
        deskId: room.body.id,
        firstDate: '2027-10-24',
        weeks: 2,
        startTime: '10:30',
        endTime: '11:30',
        mode: 'partial',
      });
      expect(series.status, JSON.stringify(series.body)).toBe(201);
      expect(series.body.booked).toHaveLength(1);
      expect(series.body.failed).toEqual([
        expect.objectContaining({ date: '2027-10-31', status: 409, reason: 'desk-taken' }),
      ]);
      expect(series.body.failed[0].detail).toMatch(/taken by an event/);
      expect(await turnedAway(space.id)).toBe(3);

      // a walk-in while the meeting runs
      t.setNow('2027-10-31T09:30:00Z');
      try {
        const walkIn = expectProblem(
          await book(t, staff.token, {
            deskId: room.body.id,
            start: '2027-10-31T09:30:00Z',
            end: '2027-10-31T10:30:00Z',
            guestName: 'Walk-in guest',
            checkIn: true,
          }),
          409,
        );
        expect(walkIn.type).toMatch(/desk-taken$/);
        expect(await turnedAway(space.id)).toBe(4);
      } finally {
        t.setNow('2027-10-20T10:00:00Z');
      }
      // right after the event the place is bookable
      await book(t, coworker.token, {
        deskId: desk,
        start: '2027-10-31T02:00:00Z',
        end: '2027-10-31T03:00:00Z',
      }).expect(201);
    });

    it('drops the cached space-day when an event’s places change, on every instance', async () => {
      const space = await createSpace(t, { desks: 1, hours: ALL_WEEK });
      const desk = space.deskIds[0]!;
      const eventId = await insertEvent(space.id, desk, {
        title: 'Theme week kick-off',
        start: '2027-10-22T08:00:00Z',
        end: '2027-10-22T10:00:00Z',
      });
      const freeOf = async () =>
        (await availability(space.id, '2027-10-22')).body.desks.find((d: { deskId: string }) => d.deskId === desk);
      // served from memory once read (on PostgreSQL the event's own insert is announced
      // asynchronously: a notification arriving after the first read drops it once more)
      await eventually(async () => {
        expect((await freeOf()).events).toHaveLength(1);
        const hits = t.app.caches.availability.hits;
        expect((await freeOf()).events).toHaveLength(1);
        expect(t.app.caches.availability.hits).toBe(hits + 1);
      });

      // cancelled behind the API's back: the writes themselves announce it (migration 0010)
      await t.app.db.transaction(async (tx) => {
        await tx.execute(sql`update event_places set active = false where event_id = ${eventId}`);
        await tx.execute(sql`update events set status = 'cancelled' where id = ${eventId}`);
      });
      await eventually(async () => {
        const after = await freeOf();
        expect(after.events).toEqual([]);
        expect(after.free).toEqual([{ start: '2027-10-22T07:00:00.000Z', end: '2027-10-22T15:00:00.000Z' }]);
      });
    });
  });
});
