/** The monthly report and the usage series as CSV: RFC 4180 by default, German Excel with locale=de. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auth,
  createSpace,
  expectProblem,
  registerUser,
  startApp,
  type SpaceFixture,
  type TestApp,
} from '../harness.js';
import { record } from './helpers.js';

const BOM = '\uFEFF';

describe('reports: CSV', () => {
  let t: TestApp;
  let space: SpaceFixture;

  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
    // Mon–Fri 09:00–17:00, 3 desks; November 2027 has 22 weekdays → 528 desk-hours
    space = await createSpace(t, {
      desks: 3,
      body: { name: 'Gemeinschaftsbüro "Mühle"', town: 'Müncheberg', timezone: 'Europe/Berlin' },
    });
    const user = await registerUser(t, { group: 'student' });
    // 1 h 10 min = 1.1666… h, and 20 min = 0.333… h: the JSON keeps them exact, the CSV rounds
    await record(t, {
      deskId: space.deskIds[0]!,
      start: '2027-11-08T08:00:00Z',
      end: '2027-11-08T09:10:00Z',
      userId: user.id,
    });
    await record(t, {
      deskId: space.deskIds[1]!,
      start: '2027-11-09T08:00:00Z',
      end: '2027-11-09T08:20:00Z',
      guestName: 'G',
    });
  });
  afterAll(() => t.close());

  const get = (path: string) =>
    t
      .http()
      .get(path)
      .set(auth(t.adminToken))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      });

  it('keeps full precision in JSON', async () => {
    const res = await t
      .http()
      .get(`/api/spaces/${space.id}/reports/monthly?month=2027-11`)
      .set(auth(t.adminToken))
      .expect(200);
    expect(res.body.bookedDeskHours).toBeCloseTo(1.5, 12);
    expect(res.body.byWeekday[0].bookedDeskHours).toBeCloseTo(7 / 6, 12);
    expect(res.body.utilisation).toBeCloseTo(1.5 / 528, 15);
    expect(res.headers['vary']).toMatch(/Accept/);
  });

  it('answers RFC 4180 CSV to Accept: text/csv', async () => {
    const res = await get(`/api/spaces/${space.id}/reports/monthly?month=2027-11`)
      .set('Accept', 'text/csv')
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="popdesk-2027-11-[0-9a-f]{8}\.csv"$/);
    const text = res.body as string;
    expect(text.startsWith(BOM)).toBe(false);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('figure,dimension,key,value');
    expect(lines).toContain(`spaceName,,,"Gemeinschaftsbüro ""Mühle"""`);
    expect(lines).toContain('town,,,Müncheberg');
    expect(lines).toContain('availableDeskHours,,,528.00');
    expect(lines).toContain('bookedDeskHours,,,1.50');
    expect(lines).toContain('utilisation,,,0.00');
    expect(lines).toContain('bookings,,,2');
    expect(lines).toContain('bookedDeskHours,weekday,1,1.17');
    expect(lines).toContain('bookedDeskHours,weekday,2,0.33');
    expect(lines).toContain('availableDeskHours,hour,9,66.00');
    expect(lines).toContain('users,group,other,1');
    expect(lines.at(-1)).toBe(''); // every record ends with CRLF
    // one row a figure: 21 whole-month figures, 7 × 3 weekday, 24 × 3 hour, 2 per group, 7 event figures
    expect(lines.length - 2).toBe(21 + 21 + 72 + 2 + 7);
  });

  it('answers German Excel CSV with locale=de', async () => {
    const res = await get(`/api/spaces/${space.id}/reports/monthly?month=2027-11&format=csv&locale=de`).expect(200);
    const text = res.body as string;
    expect(text.startsWith(BOM)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('figure;dimension;key;value');
    expect(lines).toContain('availableDeskHours;;;528,00');
    expect(lines).toContain('bookedDeskHours;weekday;1;1,17');
    expect(lines).toContain('spaceName;;;"Gemeinschaftsbüro ""Mühle"""');
  });

  it('lets each CSV choice be made on its own', async () => {
    const comma = await get(`/api/spaces/${space.id}/reports/monthly?month=2027-11&format=csv&decimal=comma`).expect(
      200,
    );
    expect((comma.body as string).split('\r\n')).toContain('bookedDeskHours,weekday,1,"1,17"');
    const semi = await get(
      `/api/spaces/${space.id}/reports/monthly?month=2027-11&format=csv&delimiter=;&bom=true`,
    ).expect(200);
    expect((semi.body as string).startsWith(`${BOM}figure;dimension;key;value\r\n`)).toBe(true);
    const json = await t
      .http()
      .get(`/api/spaces/${space.id}/reports/monthly?month=2027-11&format=json`)
      .set(auth(t.adminToken))
      .set('Accept', 'text/csv')
      .expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    const preferJson = await t
      .http()
      .get(`/api/spaces/${space.id}/reports/monthly?month=2027-11`)
      .set(auth(t.adminToken))
      .set('Accept', 'application/json, text/csv;q=0.5')
      .expect(200);
    expect(preferJson.headers['content-type']).toMatch(/^application\/json/);
    expectProblem(
      await t.http().get(`/api/spaces/${space.id}/reports/monthly?month=2027-11&format=xml`).set(auth(t.adminToken)),
      400,
    );
  });

  it('documents JSON, CSV and xlsx answers and every problem status in OpenAPI', async () => {
    const doc = (await t.http().get('/docs/json').expect(200)).body;
    const monthly = doc.paths['/api/spaces/{spaceId}/reports/monthly'].get;
    expect(Object.keys(monthly.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
    const files = ['application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'];
    expect(Object.keys(monthly.responses['200'].content).sort()).toEqual(files);
    expect(Object.keys(doc.paths['/api/reports/usage'].get.responses['200'].content).sort()).toEqual(files);
    expect(Object.keys(doc.paths['/api/reports/season'].get.responses['200'].content).sort()).toEqual(files);
    expect(Object.keys(doc.paths['/api/reports/season'].get.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '422',
    ]);
    expect(Object.keys(doc.paths['/api/reports/months'].get.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
    ]);
    expect(Object.keys(doc.paths['/api/reports/usage'].get.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '422',
    ]);
    for (const path of [
      '/api/spaces/{spaceId}/waitlist',
      '/api/me/waitlist',
      '/api/waitlist/{entryId}',
      '/api/me/notifications',
      '/api/me/notifications/{notificationId}/read',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });

  it('gives the usage series as one row per space and month', async () => {
    const res = await get(`/api/reports/usage?from=2027-10&to=2027-11&spaceId=${space.id}&format=csv&locale=de`).expect(
      200,
    );
    const lines = (res.body as string).slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'spaceId;spaceName;town;month;timezone;openDays;availableDeskHours;bookedDeskHours;occupiedDeskHours;utilisation;occupancy;bookings;cancellations;noShows;uniqueUsers;newUsers;guestBookings;peakConcurrentDesks;turnedAway;turnedAwayAttempts;waitlistEntries;events.held;events.capacity;events.registered;events.attended;events.waitlisted;events.deskHours;events.noShows',
    );
    expect(lines[2]).toBe(
      `${space.id};"Gemeinschaftsbüro ""Mühle""";Müncheberg;2027-11;Europe/Berlin;22;528,00;1,50;0,00;0,00;0,00;2;0;0;1;1;1;1;0;0;0;0;0;0;0;0;0,00;0`,
    );
    expect(lines).toHaveLength(4);
  });
});
