/**
 * The database keeps an event's places and desk bookings apart (migration 0009): whichever is
 * written second fails with an exclusion violation, whatever the application code does, and on
 * PostgreSQL also when both race.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { createSpace, isPostgres, startApp, type TestApp } from '../harness.js';
import { pgError } from '../../src/lib/pg-errors.js';

describe('event places and bookings in the database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const newEvent = async (spaceId: string) => {
    const id = randomUUID();
    await t.app.db.execute(sql`insert into events (id, space_id, title, kind, start_at, end_at, capacity)
      values (${id}, ${spaceId}, 'Workshop', 'workshop', '2027-10-21T08:00:00Z', '2027-10-21T10:00:00Z', 8)`);
    return id;
  };
  const place = (eventId: string, deskId: string, spaceId: string, start: string, end: string) =>
    t.app.db.execute(sql`insert into event_places (event_id, desk_id, space_id, start_at, end_at)
      values (${eventId}, ${deskId}, ${spaceId}, ${start}, ${end})`);
  const booking = (deskId: string, spaceId: string, start: string, end: string, status = 'confirmed') =>
    t.app.db.execute(sql`insert into bookings (desk_id, space_id, guest_name, start_at, end_at, status)
      values (${deskId}, ${spaceId}, 'Gast', ${start}, ${end}, ${status})`);
  const failure = async (p: Promise<unknown>) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    return pgError(err);
  };

  it('a desk booking over an active event place fails; beside it and after cancelling it works', async () => {
    const space = await createSpace(t, { desks: 2 });
    const [a, b] = space.deskIds as [string, string];
    const event = await newEvent(space.id);
    await place(event, a, space.id, '2027-10-21T08:00:00Z', '2027-10-21T10:00:00Z');

    const over = await failure(booking(a, space.id, '2027-10-21T09:00:00Z', '2027-10-21T11:00:00Z'));
    expect(over).toMatchObject({ code: '23P01', constraint: 'bookings_event_place' });
    // back to back, another desk, a cancelled booking: all fine
    await booking(a, space.id, '2027-10-21T10:00:00Z', '2027-10-21T11:00:00Z');
    await booking(b, space.id, '2027-10-21T08:00:00Z', '2027-10-21T10:00:00Z');
    await booking(a, space.id, '2027-10-21T08:30:00Z', '2027-10-21T09:00:00Z', 'cancelled');

    await t.app.db.execute(sql`update event_places set active = false where event_id = ${event}`);
    await booking(a, space.id, '2027-10-21T08:30:00Z', '2027-10-21T09:00:00Z');
  });

  it('an event place over a counting booking fails, and two events never share a desk at once', async () => {
    const space = await createSpace(t, { desks: 2 });
    const [a, b] = space.deskIds as [string, string];
    await booking(a, space.id, '2027-10-21T09:30:00Z', '2027-10-21T12:00:00Z');
    const event = await newEvent(space.id);

    const over = await failure(place(event, a, space.id, '2027-10-21T08:00:00Z', '2027-10-21T10:00:00Z'));
    expect(over).toMatchObject({ code: '23P01', constraint: 'event_places_booking_overlap' });

    await place(event, b, space.id, '2027-10-21T08:00:00Z', '2027-10-21T10:00:00Z');
    const other = await newEvent(space.id);
    const twice = await failure(place(other, b, space.id, '2027-10-21T09:00:00Z', '2027-10-21T11:00:00Z'));
    expect(twice).toMatchObject({ code: '23P01', constraint: 'event_places_no_overlap' });
  });

  it.runIf(isPostgres)('racing: an event place and 20 bookings of the same desk, never both', async () => {
    const space = await createSpace(t, { desks: 1 });
    const desk = space.deskIds[0]!;
    const event = await newEvent(space.id);
    const attempts = [
      place(event, desk, space.id, '2027-10-21T08:00:00Z', '2027-10-21T10:00:00Z'),
      ...Array.from({ length: 20 }, (_, i) =>
        // (bookings of one desk take the desk's advisory lock before inserting, as the app does: two
        // inserts that collide on an exclusion constraint would otherwise wait for each other)
        t.app.db.execute(sql`with l as materialized (select pg_advisory_xact_lock(71001, 1))
          insert into bookings (desk_id, space_id, guest_name, start_at, end_at)
          select ${desk}::uuid, ${space.id}::uuid, 'Gast', ${`2027-10-21T0${8 + (i % 2)}:00:00Z`}::timestamptz,
            '2027-10-21T09:30:00Z'::timestamptz from l`),
      ),
    ];
    const settled = await Promise.allSettled(attempts);
    // every refusal is the exclusion violation of one side or the other, never a deadlock or another error
    for (const s of settled) {
      if (s.status === 'rejected') expect(pgError(s.reason)?.code).toBe('23P01');
    }
    const [row] = (
      await t.app.db.execute(sql`select
        (select count(*)::int from event_places where desk_id = ${desk} and active) as places,
        (select count(*)::int from bookings where desk_id = ${desk} and status in ('confirmed','checked_in')) as bookings`)
    ).rows as { places: number; bookings: number }[];
    expect(row!.places + Math.min(row!.bookings, 1)).toBe(1);
    expect(row!.bookings).toBeLessThanOrEqual(1);
  });
});
