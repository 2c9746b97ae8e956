/**
 * Desks, rooms and events in the reports. A Europe/Berlin space open Mon–Fri 09:00–17:00 with two
 * desks and one room (conference table, 10 seats), in June 2027 (22 open days: Tue 1 – Wed 30),
 * and a 24-hour space across the DST change of October 2027. Every figure is worked out by hand in
 * the comments. Rooms and events are written straight into the tables, as the demo seed does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonthFigures, MonthlyReport, SeasonReport } from '@popdesk/shared';
import { desks, eventPlaces, events, registrations, turnedAway } from '../../src/db/schema.js';
import { auth, createSpace, registerUser, startApp, type TestApp, type TestUser } from '../harness.js';
import { ALL_DAY, insertHistory, monthly } from './helpers.js';
import { getBytes, parseCsv, readBook, XLSX } from './export-helpers.js';

type EventKind = 'workshop' | 'trial_day' | 'meeting' | 'other';
type Who = { user: TestUser } | { guestName: string };

async function addRoom(t: TestApp, spaceId: string, name: string, seats: number): Promise<string> {
  const [room] = await t.app.db.insert(desks).values({ spaceId, name, kind: 'room', seats }).returning();
  return room!.id;
}

/** An event with its places and registrations, inserted directly. */
async function addEvent(
  t: TestApp,
  e: {
    spaceId: string;
    kind: EventKind;
    start: string;
    end: string;
    capacity: number;
    deskIds?: string[];
    cancelled?: boolean;
    registrations?: [Who, 'registered' | 'attended' | 'waitlisted' | 'cancelled'][];
  },
): Promise<string> {
  const startAt = new Date(e.start);
  const endAt = new Date(e.end);
  const [row] = await t.app.db
    .insert(events)
    .values({
      spaceId: e.spaceId,
      title: `A ${e.kind}`,
      kind: e.kind,
      startAt,
      endAt,
      capacity: e.capacity,
      status: e.cancelled ? 'cancelled' : 'scheduled',
    })
    .returning();
  const eventId = row!.id;
  if (e.deskIds?.length) {
    await t.app.db
      .insert(eventPlaces)
      .values(
        e.deskIds.map((deskId) => ({ eventId, deskId, spaceId: e.spaceId, startAt, endAt, active: !e.cancelled })),
      );
  }
  for (const [who, status] of e.registrations ?? []) {
    await t.app.db.insert(registrations).values({
      eventId,
      status,
      ...('user' in who ? { userId: who.user.id } : { guestName: who.guestName }),
    });
  }
  return eventId;
}

describe('reports: desks only, rooms and events', () => {
  let t: TestApp;
  let spaceId: string;
  let d1: string;
  let d2: string;
  let room: string;
  let june: MonthlyReport;

  beforeAll(async () => {
    t = await startApp({ now: '2027-05-01T08:00:00Z' });
    const space = await createSpace(t, { desks: 2, body: { timezone: 'Europe/Berlin' } });
    spaceId = space.id;
    [d1, d2] = space.deskIds as [string, string];
    room = await addRoom(t, spaceId, 'Konferenztisch', 10);
    const [a, b, c] = [
      await registerUser(t, { group: 'freelancer' }),
      await registerUser(t, { group: 'freelancer' }),
      await registerUser(t, { group: 'freelancer' }),
    ];
    const waiting = await registerUser(t, { group: 'student' });
    const f = await registerUser(t, { group: 'student' });
    const roomBooker = await registerUser(t, { group: 'commuter' });

    // desk bookings: Tue 1 June 09–12 (3 h) and Wed 2 June 10–18 (7 h inside the hours) → 10 h
    await insertHistory(t, { spaceId, deskId: d1, userId: a.id, start: '2027-06-01T09:00:00+02:00', end: '2027-06-01T12:00:00+02:00' }); // prettier-ignore
    await insertHistory(t, { spaceId, deskId: d2, userId: b.id, start: '2027-06-02T10:00:00+02:00', end: '2027-06-02T18:00:00+02:00' }); // prettier-ignore
    // room bookings: Tue 1 June 10–12 (2 h, overlapping a's desk: not a second desk in use),
    // Wed 2 June 16–19 (1 h inside the hours), and a cancelled one → 3 h, not in the desk figures
    await insertHistory(t, { spaceId, deskId: room, userId: roomBooker.id, start: '2027-06-01T10:00:00+02:00', end: '2027-06-01T12:00:00+02:00' }); // prettier-ignore
    await insertHistory(t, { spaceId, deskId: room, userId: roomBooker.id, start: '2027-06-02T16:00:00+02:00', end: '2027-06-02T19:00:00+02:00' }); // prettier-ignore
    await insertHistory(t, { spaceId, deskId: room, userId: roomBooker.id, start: '2027-06-04T10:00:00+02:00', end: '2027-06-04T12:00:00+02:00', status: 'cancelled' }); // prettier-ignore
    // turned away: one attempt for a desk (counts), one for the room (not desk demand)
    for (const deskId of [d1, room]) {
      await t.app.db.insert(turnedAway).values({
        spaceId,
        deskId,
        requestedStart: new Date('2027-06-08T15:00:00+02:00'),
        requestedEnd: new Date('2027-06-08T16:00:00+02:00'),
      });
    }

    // E1 workshop, Tue 8 June 15–17, both desks (4 desk-hours), capacity 3: a attended, b and c
    // registered (no-shows: it ended before now), one waiting, one cancelled
    await addEvent(t, {
      spaceId,
      kind: 'workshop',
      start: '2027-06-08T15:00:00+02:00',
      end: '2027-06-08T17:00:00+02:00',
      capacity: 3,
      deskIds: [d1, d2],
      registrations: [
        [{ user: a }, 'attended'],
        [{ user: b }, 'registered'],
        [{ user: c }, 'registered'],
        [{ user: waiting }, 'waitlisted'],
        [{ user: f }, 'cancelled'],
      ],
    });
    // E4 trial day, Fri 11 June, no places, capacity 2: a walk-in and c, both attended
    await addEvent(t, {
      spaceId,
      kind: 'trial_day',
      start: '2027-06-11T09:00:00+02:00',
      end: '2027-06-11T17:00:00+02:00',
      capacity: 2,
      registrations: [
        [{ guestName: 'Walk-in' }, 'attended'],
        [{ user: c }, 'attended'],
      ],
    });
    // E3 cancelled, Mon 14 June 10–12 in the room: counts nowhere
    await addEvent(t, {
      spaceId,
      kind: 'workshop',
      start: '2027-06-14T10:00:00+02:00',
      end: '2027-06-14T12:00:00+02:00',
      capacity: 5,
      deskIds: [room],
      cancelled: true,
      registrations: [
        [{ user: a }, 'registered'],
        [{ user: b }, 'registered'],
      ],
    });
    // E2 meeting, Thu 24 June 10–12 in the room (2 room event hours, 0 desk-hours), capacity 10:
    // a and f registered; it has not ended at `now` (20 June), so no no-shows yet
    await addEvent(t, {
      spaceId,
      kind: 'meeting',
      start: '2027-06-24T10:00:00+02:00',
      end: '2027-06-24T12:00:00+02:00',
      capacity: 10,
      deskIds: [room],
      registrations: [
        [{ user: a }, 'registered'],
        [{ user: f }, 'registered'],
        [{ user: b }, 'cancelled'],
      ],
    });

    t.setNow('2027-06-20T12:00:00Z');
    june = await monthly(t, spaceId, '2027-06');
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('counts desks only in the desk figures', () => {
    // 22 open days × 8 h × 2 desks (the room is not a desk)
    expect(june.openDays).toBe(22);
    expect(june.availableDeskHours).toBeCloseTo(352, 9);
    expect(june.byWeekday.reduce((s, w) => s + w.availableDeskHours, 0)).toBeCloseTo(352, 9);
    // 3 + 7: neither the room bookings nor the events' desk time
    expect(june.bookedDeskHours).toBeCloseTo(10, 9);
    expect(june.byHour.reduce((s, h) => s + h.bookedDeskHours, 0)).toBeCloseTo(10, 9);
    expect(june.utilisation).toBeCloseTo(10 / 352, 12);
    expect(june).toMatchObject({
      bookings: 2,
      cancellations: 0,
      uniqueUsers: 2,
      newUsers: 2,
      guestBookings: 0,
      peakConcurrentDesks: 1,
      turnedAwayAttempts: 1,
      turnedAway: 1,
    });
    expect(june.byGroup).toEqual([{ group: 'other', users: 2, bookings: 2 }]);
  });

  it('counts the events of the month, not the cancelled one', () => {
    expect(june.events).toEqual({
      held: 3, // E1, E4, E2
      capacity: 15, // 3 + 2 + 10
      registered: 7, // E1: a, b, c; E4: walk-in, c; E2: a, f
      attended: 3, // E1: a; E4: walk-in, c
      waitlisted: 1,
      deskHours: 4, // E1: 2 desks × 2 h
      noShows: 2, // E1: b, c (E2 has not ended)
    });
    expect(june.eventsByKind).toEqual([
      { kind: 'workshop', held: 1, capacity: 3, registered: 3, attended: 1, waitlisted: 1, deskHours: 4, noShows: 2 },
      { kind: 'trial_day', held: 1, capacity: 2, registered: 2, attended: 2, waitlisted: 0, deskHours: 0, noShows: 0 },
      { kind: 'meeting', held: 1, capacity: 10, registered: 2, attended: 0, waitlisted: 0, deskHours: 0, noShows: 0 },
    ]);
  });

  it('folds event groups under 3 people into other; walk-ins have no group', () => {
    // freelancer: a (E1, E2), b (E1), c (E1, E4) = 3 people, 5 places, 2 attended; student f alone → other
    expect(june.eventsByGroup).toEqual([
      { group: 'freelancer', people: 3, registrations: 5, attended: 2 },
      { group: 'other', people: 1, registrations: 1, attended: 0 },
    ]);
  });

  it('reports the room on its own', () => {
    expect(june.rooms).toEqual([
      // 22 × 8 h; bookings 2 + 1 (cancelled: 0); E2 2 h (E3 cancelled)
      { deskId: room, name: 'Konferenztisch', seats: 10, availableHours: 176, bookedHours: 3, eventHours: 2 },
    ]);
  });

  it('makes registered people no-shows once the event has ended', async () => {
    t.setNow('2027-06-24T10:30:00Z'); // E2 ended at 10:00Z
    const later = await monthly(t, spaceId, '2027-06');
    expect(later.events.noShows).toBe(4);
    t.setNow('2027-06-20T12:00:00Z');
  });

  it('gives the usage series and the season the event figures', async () => {
    const usage = await t
      .http()
      .get(`/api/reports/usage?from=2027-05&to=2027-06&spaceId=${spaceId}`)
      .set(auth(t.adminToken));
    expect(usage.status).toBe(200);
    const [may, jun] = usage.body as MonthFigures[];
    expect(may!.events).toEqual({
      held: 0,
      capacity: 0,
      registered: 0,
      attended: 0,
      waitlisted: 0,
      deskHours: 0,
      noShows: 0,
    });
    expect(jun!.events).toEqual(june.events);
    expect(jun!.availableDeskHours).toBeCloseTo(352, 9);

    const season = await t
      .http()
      .get(`/api/reports/season?from=2027-05&to=2027-06&spaceId=${spaceId}`)
      .set(auth(t.adminToken));
    expect(season.status).toBe(200);
    const body = season.body as SeasonReport;
    expect(body.totals.events).toEqual(june.events);
    expect(body.totals.uniqueUsers).toBe(2); // the room booker is not a desk user
    expect(body.months[0]!.events.held).toBe(0);
  });

  it('writes the event and room rows into the CSV and the xlsx', async () => {
    const csv = await t.http().get(`/api/spaces/${spaceId}/reports/monthly?month=2027-06&format=csv`).set(auth(t.adminToken)); // prettier-ignore
    expect(csv.status).toBe(200);
    const rows = parseCsv(csv.text, ',');
    const at = (figure: string, dimension = '', key = '') =>
      rows.find((r) => r[0] === figure && r[1] === dimension && r[2] === key)?.[3];
    // the desk figures keep their place at the top
    expect(rows[1]![0]).toBe('spaceId');
    expect(at('availableDeskHours')).toBe('352.00');
    expect(at('events.held')).toBe('3');
    expect(at('events.deskHours')).toBe('4.00');
    expect(at('events.noShows')).toBe('2');
    expect(at('events.registered', 'kind', 'meeting')).toBe('2');
    expect(at('events.people', 'group', 'freelancer')).toBe('3');
    expect(at('rooms.name', 'room', room)).toBe('Konferenztisch');
    expect(at('rooms.bookedHours', 'room', room)).toBe('3.00');
    expect(at('rooms.eventHours', 'room', room)).toBe('2.00');
    expect(rows.findIndex((r) => r[0] === 'events.held')).toBeGreaterThan(rows.findIndex((r) => r[1] === 'group'));

    const usage = await t.http().get(`/api/reports/usage?from=2027-06&to=2027-06&spaceId=${spaceId}&format=csv`).set(auth(t.adminToken)); // prettier-ignore
    const [head, line] = parseCsv(usage.text, ',');
    expect(head!.slice(-7)).toEqual([
      'events.held',
      'events.capacity',
      'events.registered',
      'events.attended',
      'events.waitlisted',
      'events.deskHours',
      'events.noShows',
    ]);
    expect(line!.slice(-7)).toEqual(['3', '15', '7', '3', '1', '4.00', '2']);

    const wide = await t.http().get(`/api/spaces/${spaceId}/reports/monthly?month=2027-06&format=csv&layout=wide&locale=en`).set(auth(t.adminToken)); // prettier-ignore
    const [wideHead, wideRow] = parseCsv(wide.text, ',');
    expect(wideRow![wideHead!.indexOf('Desk-hours taken by events')]).toBe('4.0');
    expect(wideRow![wideHead!.indexOf('Events')]).toBe('3');

    const xlsx = await getBytes(t, `/api/spaces/${spaceId}/reports/monthly?month=2027-06&format=xlsx&locale=de`);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    const book = await readBook(xlsx.body as Buffer);
    const sheet = (name: string) => book.find((s) => s.sheet === name)!.data;
    const months = sheet('Monate');
    expect(months[1]![months[0]!.indexOf('Veranstaltungen')]).toBe(3);
    expect(months[1]![months[0]!.indexOf('Tischstunden durch Veranstaltungen')]).toBe(4);
    expect(sheet('Veranstaltungen')).toEqual([
      expect.arrayContaining(['Art', 'Veranstaltungen', 'Teilnahmequote']),
      ['Workshop', 1, 3, 3, 1, 1, 4, 2, 1 / 3],
      ['Schnuppertag', 1, 2, 2, 2, 0, 0, 0, 1],
      ['Treffen', 1, 10, 2, 0, 0, 0, 0, 0],
      ['Gesamt', 3, 15, 7, 3, 1, 4, 2, 3 / 7],
    ]);
    expect(sheet('Veranstaltungen nach Gruppe').slice(1)).toEqual([
      ['Selbstständig / freiberuflich', 3, 5, 2],
      ['Sonstiges / keine Angabe', 1, 1, 0],
    ]);
    expect(sheet('Räume').slice(1)).toEqual([['Konferenztisch', 10, 176, 3, 2, 5 / 176]]);
  });
});

describe('reports: event desk-hours across the DST change (Europe/Berlin, October 2027)', () => {
  let t: TestApp;
  let oct: MonthlyReport;
  let room: string;

  beforeAll(async () => {
    t = await startApp({ now: '2027-09-01T08:00:00Z' });
    const space = await createSpace(t, { desks: 1, hours: ALL_DAY, body: { timezone: 'Europe/Berlin' } });
    room = await addRoom(t, space.id, 'Table', 6);
    // 31 Oct 00:00 CEST → 06:00 CET: 7 real hours, on the desk and in the room
    await addEvent(t, {
      spaceId: space.id,
      kind: 'other',
      start: '2027-10-31T00:00:00+02:00',
      end: '2027-10-31T06:00:00+01:00',
      capacity: 4,
      deskIds: [space.deskIds[0]!, room],
      registrations: [],
    });
    // 31 Oct 23:00 CET → 1 Nov 01:00 CET (imported): 1 h of it in October
    await addEvent(t, {
      spaceId: space.id,
      kind: 'other',
      start: '2027-10-31T23:00:00+01:00',
      end: '2027-11-01T01:00:00+01:00',
      capacity: 4,
      deskIds: [space.deskIds[0]!],
    });
    t.setNow('2027-12-01T08:00:00Z');
    oct = await monthly(t, space.id, '2027-10');
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('takes real elapsed hours, cut to the month', () => {
    // October 2027 has 31 × 24 + 1 = 745 hours; one desk
    expect(oct.availableDeskHours).toBeCloseTo(745, 9);
    expect(oct.events).toMatchObject({ held: 2, capacity: 8, registered: 0, deskHours: 8 }); // 7 + 1
    expect(oct.bookedDeskHours).toBe(0);
    expect(oct.rooms).toEqual([
      { deskId: room, name: 'Table', seats: 6, availableHours: 745, bookedHours: 0, eventHours: 7 },
    ]);
  });
});
