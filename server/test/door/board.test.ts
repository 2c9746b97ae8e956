/**
 * The space's board (`GET /api/spaces/:spaceId/board`): free, taken and closed now, until when and
 * from when, around bookings, closures and events, on a day clocks go back — and never a person.
 * Europe/Berlin: Thursday 2027-10-21 is CEST (UTC+2); Sunday 2027-10-31 changes to CET (UTC+1).
 */
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Board } from '@popdesk/shared';
import { desks } from '../../src/db/schema.js';
import { auth, book, createSpace, expectProblem, registerUser, startApp, type TestApp } from '../harness.js';

const SETUP_NOW = '2027-10-20T10:00:00Z'; // Wednesday, before every booking below
const PUBLIC_URL = 'https://popdesk.example';
const EVERY_DAY_9_TO_17 = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' }));

describe('GET /api/spaces/:spaceId/board', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: SETUP_NOW, config: { publicUrl: PUBLIC_URL } });
  });
  afterEach(() => t.setNow(SETUP_NOW));
  afterAll(() => t.close());

  const boardAt = async (spaceId: string, now: string): Promise<Board> => {
    t.setNow(now);
    const res = await t.http().get(`/api/spaces/${spaceId}/board`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as Board;
  };
  const desk = (board: Board, deskId: string) => {
    const found = board.desks.find((d) => d.deskId === deskId);
    if (!found) throw new Error(`desk ${deskId} not on the board`);
    return found;
  };
  const booked = async (token: string, deskId: string, start: string, end: string) => {
    const res = await book(t, token, { deskId, start, end });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string };
  };

  it('says which desk is free until when and which is taken until when, and names nobody', async () => {
    const space = await createSpace(t, { desks: 3, hours: EVERY_DAY_9_TO_17 });
    const [d1, d2, d3] = space.deskIds as [string, string, string];
    const holder = await registerUser(t, { name: 'Zacharias Geheimname' });
    // desk 1: booked 11:00–12:00 local; desk 2: booked 09:30–11:00 local (running at 10:00)
    const later = await booked(holder.token, d1, '2027-10-21T09:00:00Z', '2027-10-21T10:00:00Z');
    const running = await booked(holder.token, d2, '2027-10-21T07:30:00Z', '2027-10-21T09:00:00Z');

    t.setNow('2027-10-21T08:00:00Z'); // 10:00 local
    const res = await t.http().get(`/api/spaces/${space.id}/board`).expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=15');
    const board = res.body as Board;
    expect(board).toMatchObject({
      date: '2027-10-21',
      spaceId: space.id,
      timezone: 'Europe/Berlin',
      now: '2027-10-21T08:00:00.000Z',
      bookUrl: `${PUBLIC_URL}/spaces/${space.id}`,
      events: [],
    });
    expect(board.desks).toEqual([
      {
        deskId: d1,
        name: 'Desk 1',
        state: 'free',
        freeUntil: '2027-10-21T09:00:00.000Z',
        nextFreeAt: null,
        kind: 'desk',
        features: [],
      },
      {
        deskId: d2,
        name: 'Desk 2',
        state: 'taken',
        freeUntil: null,
        nextFreeAt: '2027-10-21T09:00:00.000Z',
        kind: 'desk',
        features: [],
      },
      {
        deskId: d3,
        name: 'Desk 3',
        state: 'free',
        freeUntil: '2027-10-21T15:00:00.000Z',
        nextFreeAt: null,
        kind: 'desk',
        features: [],
      },
    ]);
    // nothing of the holder or the bookings: not the name, the e-mail, the user id or a booking id
    const text = res.text;
    for (const secret of ['Zacharias', 'Geheimname', holder.email, holder.id, later.id, running.id]) {
      expect(text).not.toContain(secret);
    }

    // the same with a token sent along (the holder's own): still nobody, and not kept in shared caches
    const withToken = await t.http().get(`/api/spaces/${space.id}/board`).set(auth(holder.token)).expect(200);
    expect(withToken.body).toEqual(board);
    expect(withToken.headers['cache-control']).toBe('no-store');
  });

  it('is closed before opening (free from opening), after closing (not again today) and on a day off', async () => {
    const space = await createSpace(t, { desks: 2 }); // Monday to Friday
    const [d1, d2] = space.deskIds as [string, string];
    const holder = await registerUser(t);
    await booked(holder.token, d2, '2027-10-21T07:00:00Z', '2027-10-21T08:00:00Z'); // 09:00–10:00 local

    const early = await boardAt(space.id, '2027-10-21T06:00:00Z'); // 08:00 local
    expect(desk(early, d1)).toMatchObject({ state: 'closed', freeUntil: null, nextFreeAt: '2027-10-21T07:00:00.000Z' });
    expect(desk(early, d2)).toMatchObject({ state: 'closed', freeUntil: null, nextFreeAt: '2027-10-21T08:00:00.000Z' });

    const late = await boardAt(space.id, '2027-10-21T15:30:00Z'); // 17:30 local
    for (const d of late.desks) expect(d).toMatchObject({ state: 'closed', freeUntil: null, nextFreeAt: null });

    const saturday = await boardAt(space.id, '2027-10-23T10:00:00Z');
    expect(saturday.date).toBe('2027-10-23');
    for (const d of saturday.desks) expect(d).toMatchObject({ state: 'closed', nextFreeAt: null });
  });

  it('is closed during a closure window and free until it begins', async () => {
    const space = await createSpace(t, { desks: 1, hours: EVERY_DAY_9_TO_17 });
    const [d1] = space.deskIds as [string];
    const res = await t
      .http()
      .post(`/api/spaces/${space.id}/closures`)
      .set(auth(t.adminToken))
      .send({ date: '2027-10-21', starts: '12:00', ends: '14:00', reason: 'Betriebsversammlung' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);

    const before = await boardAt(space.id, '2027-10-21T09:00:00Z'); // 11:00 local
    expect(desk(before, d1)).toMatchObject({ state: 'free', freeUntil: '2027-10-21T10:00:00.000Z' });
    const during = await boardAt(space.id, '2027-10-21T10:30:00Z'); // 12:30 local
    expect(desk(during, d1)).toMatchObject({
      state: 'closed',
      freeUntil: null,
      nextFreeAt: '2027-10-21T12:00:00.000Z',
    });
  });

  it('lists today’s public events and each place’s features; a room an event takes is taken until it ends', async () => {
    const space = await createSpace(t, { desks: 1, hours: EVERY_DAY_9_TO_17 });
    const room = await t
      .http()
      .post(`/api/spaces/${space.id}/desks`)
      .set(auth(t.adminToken))
      .send({ name: 'Werkstatt', kind: 'room', seats: 8 })
      .expect(201);
    // a desk's features, set in the table itself: what the board reads, whichever route wrote it
    await t.app.db
      .update(desks)
      .set({ features: ['monitor', 'accessible'] })
      .where(eq(desks.id, space.deskIds[0]!));
    const event = (body: Record<string, unknown>) =>
      t
        .http()
        .post(`/api/spaces/${space.id}/events`)
        .set(auth(t.adminToken))
        .send({ kind: 'workshop', capacity: 8, ...body });
    // 13:00–15:00 local in the room, public; 10:00–11:00 local, not public; tomorrow's: not today's
    const open = await event({
      title: 'Offene Werkstatt',
      deskIds: [room.body.id],
      start: '2027-10-21T11:00:00Z',
      end: '2027-10-21T13:00:00Z',
    }).expect(201);
    await event({
      title: 'Geheime Runde',
      public: false,
      start: '2027-10-21T08:00:00Z',
      end: '2027-10-21T09:00:00Z',
    }).expect(201);
    await event({ title: 'Morgen', start: '2027-10-22T08:00:00Z', end: '2027-10-22T09:00:00Z' }).expect(201);

    const noon = await boardAt(space.id, '2027-10-21T10:00:00Z'); // 12:00 local
    expect(noon.events).toEqual([
      {
        id: open.body.id,
        title: 'Offene Werkstatt',
        start: '2027-10-21T11:00:00.000Z',
        end: '2027-10-21T13:00:00.000Z',
      },
    ]);
    expect(JSON.stringify(noon)).not.toContain('Geheime Runde');
    expect(desk(noon, room.body.id)).toMatchObject({
      kind: 'room',
      state: 'free',
      freeUntil: '2027-10-21T11:00:00.000Z',
      features: [],
    });
    expect(desk(noon, space.deskIds[0]!)).toMatchObject({ kind: 'desk', features: ['monitor', 'accessible'] });

    const during = await boardAt(space.id, '2027-10-21T12:00:00Z'); // 14:00 local
    expect(desk(during, room.body.id)).toMatchObject({ state: 'taken', nextFreeAt: '2027-10-21T13:00:00.000Z' });
  });

  it('reads the date and the hours in the space’s zone on the day clocks go back', async () => {
    const space = await createSpace(t, { desks: 1, hours: EVERY_DAY_9_TO_17 });
    const [d1] = space.deskIds as [string];
    // 00:30 CEST on Sunday 31 October: already Sunday there, and closed until 09:00 CET (08:00Z)
    const midnight = await boardAt(space.id, '2027-10-30T22:30:00Z');
    expect(midnight.date).toBe('2027-10-31');
    expect(desk(midnight, d1)).toMatchObject({ state: 'closed', nextFreeAt: '2027-10-31T08:00:00.000Z' });
    // 09:30 CET: free until 17:00 CET = 16:00Z (on Saturday, CEST, 17:00 was 15:00Z)
    const sunday = await boardAt(space.id, '2027-10-31T08:30:00Z');
    expect(desk(sunday, d1)).toMatchObject({ state: 'free', freeUntil: '2027-10-31T16:00:00.000Z' });
    const saturday = await boardAt(space.id, '2027-10-30T08:30:00Z');
    expect(desk(saturday, d1)).toMatchObject({ state: 'free', freeUntil: '2027-10-30T15:00:00.000Z' });
  });

  it('answers 404 for a space that does not exist and 400 for a malformed id', async () => {
    expectProblem(await t.http().get('/api/spaces/00000000-0000-4000-8000-000000000000/board'), 404);
    expectProblem(await t.http().get('/api/spaces/not-an-id/board'), 400);
  });
});
