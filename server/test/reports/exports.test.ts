/** The files for people: xlsx workbooks and the wide CSV, in German and English. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpace, startApp, registerUser, type SpaceFixture, type TestApp } from '../harness.js';
import { BOM, getBytes, parseCsv, readBook, XLSX, zipEntry } from './export-helpers.js';
import { record } from './helpers.js';

describe('reports: xlsx and the wide CSV', () => {
  let t: TestApp;
  let space: SpaceFixture;

  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
    // Mon–Fri 09:00–17:00, 2 desks: November 2027 has 22 weekdays → 352 desk-hours
    space = await createSpace(t, { body: { name: 'Coworking in der Mühle', town: 'Müncheberg' } });
    const user = await registerUser(t, { group: 'student' });
    // 2 h 15 min + 30 min = 2.75 h booked → utilisation 0.78125 %
    await record(t, {
      deskId: space.deskIds[0]!,
      start: '2027-11-08T08:00:00Z',
      end: '2027-11-08T10:15:00Z',
      userId: user.id,
    });
    await record(t, {
      deskId: space.deskIds[1]!,
      start: '2027-11-09T08:00:00Z',
      end: '2027-11-09T08:30:00Z',
      guestName: 'G',
    });
  });
  afterAll(() => t.close());

  const monthly = (query: string) => getBytes(t, `/api/spaces/${space.id}/reports/monthly?month=2027-11${query}`);

  it('gives the monthly report as a German workbook', async () => {
    const res = await monthly('&format=xlsx').expect(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="popdesk-muencheberg-2027-11.xlsx"; filename*=UTF-8''popdesk-m%C3%BCncheberg-2027-11.xlsx`,
    );
    const book = await readBook(res.body as Buffer);
    expect(book.map((s) => s.sheet)).toEqual([
      'Monate',
      'Nach Wochentag',
      'Nach Uhrzeit',
      'Nach Gruppe',
      'Veranstaltungen',
      'Veranstaltungen nach Gruppe',
      'Räume',
      'Definitionen',
    ]);
    const [head, row] = book[0]!.data;
    expect(head!.slice(0, 9)).toEqual([
      'Space',
      'Ort',
      'Monat',
      'Öffnungstage',
      'Verfügbare Tischstunden',
      'Gebuchte Tischstunden',
      'Genutzte Tischstunden',
      'Auslastung',
      'Belegung (eingecheckt)',
    ]);
    expect(row!.slice(0, 8)).toEqual(['Coworking in der Mühle', 'Müncheberg', '2027-11', 22, 352, 2.75, 0, 2.75 / 352]);
    expect(book[0]!.data).toHaveLength(2);
    // percentages are numbers shown as percent, hours numbers shown with one decimal
    const styles = zipEntry(res.body as Buffer, 'xl/styles.xml');
    expect(styles).toMatch(/formatCode="0\.0%"/);
    expect(styles).toMatch(/formatCode="0\.0"/);
    const sheet = zipEntry(res.body as Buffer, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<c r="H2"[^>]*><v>0\.0078125<\/v><\/c>/);
    const weekday = book[1]!.data;
    expect(weekday[0]).toEqual(['Wochentag', 'Verfügbar (Std.)', 'Gebucht (Std.)', 'Genutzt (Std.)', 'Auslastung']);
    // five Mondays in November 2027: 5 × 8 h × 2 desks
    expect(weekday[1]).toEqual(['Montag', 80, 2.25, 0, 2.25 / 80]);
    expect(book[2]!.data[10]![0]).toBe('09:00–10:00');
    expect(book[3]!.data).toEqual([
      ['Gruppe', 'Personen', 'Buchungen'],
      ['Sonstiges / keine Angabe', 1, 1],
    ]);
    expect(book[7]!.data[0]).toEqual(['Kennzahl', 'Bedeutung']);
    expect(book[7]!.data.map((r) => r[0])).toContain('Auslastung');
  });

  it('speaks English with locale=en, and answers the xlsx Accept header', async () => {
    const res = await monthly('&locale=en').set('Accept', XLSX).expect(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const book = await readBook(res.body as Buffer);
    expect(book.map((s) => s.sheet)).toEqual([
      'Months',
      'By weekday',
      'By hour',
      'By group',
      'Events',
      'Events by group',
      'Rooms',
      'Definitions',
    ]);
    expect(book[0]!.data[0]!.slice(0, 9)).toEqual([
      'Space',
      'Town',
      'Month',
      'Open days',
      'Available desk-hours',
      'Booked desk-hours',
      'Used desk-hours',
      'Utilisation',
      'Occupancy (checked in)',
    ]);
    expect(book[1]!.data[1]![0]).toBe('Monday');
    // JSON stays the answer to a browser's Accept
    const json = await monthly('').set('Accept', 'application/json').expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
  });

  it('gives a wide German CSV: titled columns, decimal comma, 0,8 %', async () => {
    const res = await monthly('&format=csv&layout=wide').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="popdesk-muencheberg-2027-11.csv"; filename*=UTF-8''popdesk-m%C3%BCncheberg-2027-11.csv`,
    );
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Space;Ort;Monat;Öffnungstage;Verfügbare Tischstunden;Gebuchte Tischstunden;Genutzte Tischstunden;Auslastung;Belegung (eingecheckt);Buchungen;Stornierungen;Nicht erschienen;Personen;Neue Personen;Buchungen von Gästen;Höchstbelegung (Tische);Abgewiesen;Abgewiesene Buchungsversuche;Wartelisteneinträge;Veranstaltungen;Veranstaltungsplätze;Veranstaltungen: angemeldet;Veranstaltungen: teilgenommen;Veranstaltungen: Warteliste;Tischstunden durch Veranstaltungen;Veranstaltungen: nicht erschienen',
    );
    expect(lines[1]).toBe(
      'Coworking in der Mühle;Müncheberg;2027-11;22;352,0;2,8;0,0;0,8 %;0,0 %;2;0;0;1;1;1;1;0;0;0;0;0;0;0;0;0,0;0',
    );
    expect(lines).toHaveLength(3);
  });

  it('gives a wide English CSV with locale=en', async () => {
    const res = await monthly('&format=csv&layout=wide&locale=en').expect(200);
    const rows = parseCsv((res.body as Buffer).toString('utf8'), ',');
    expect(rows[0]!.slice(0, 4)).toEqual(['Space', 'Town', 'Month', 'Open days']);
    expect(rows[1]!.slice(0, 9)).toEqual([
      'Coworking in der Mühle',
      'Müncheberg',
      '2027-11',
      '22',
      '352.0',
      '2.8',
      '0.0',
      '0.8%',
      '0.0%',
    ]);
  });

  it('names the town and the months for the usage series and the season', async () => {
    const usage = await getBytes(
      t,
      `/api/reports/usage?from=2027-10&to=2027-11&spaceId=${space.id}&format=xlsx`,
    ).expect(200);
    expect(usage.headers['content-disposition']).toMatch(/filename="popdesk-muencheberg-2027-10_2027-11\.xlsx"/);
    const book = await readBook(usage.body as Buffer);
    expect(book.map((s) => s.sheet)).toEqual(['Monate', 'Definitionen']);
    expect(book[0]!.data.map((r) => r[2])).toEqual(['Monat', '2027-10', '2027-11']);

    const all = await getBytes(t, '/api/reports/usage?from=2027-10&to=2027-11&format=csv&layout=wide&locale=en').expect(
      200,
    );
    expect(all.headers['content-disposition']).toMatch(/filename="popdesk-all-spaces-2027-10_2027-11\.csv"/);
    const allDe = await getBytes(t, '/api/reports/usage?from=2027-11&to=2027-11&format=xlsx').expect(200);
    expect(allDe.headers['content-disposition']).toMatch(/filename="popdesk-alle-spaces-2027-11\.xlsx"/);

    const season = await getBytes(
      t,
      `/api/reports/season?from=2027-10&to=2027-11&spaceId=${space.id}&format=xlsx`,
    ).expect(200);
    expect(season.headers['content-disposition']).toMatch(/filename="popdesk-muencheberg-2027-10_2027-11\.xlsx"/);
    const seasonBook = await readBook(season.body as Buffer);
    expect(seasonBook.map((s) => s.sheet)).toEqual(['Monate', 'Saison', 'Definitionen']);
    const months = seasonBook[1]!.data;
    // now is 20 October 2027: October is still running, November to come
    expect(months.map((r) => r[0])).toEqual([
      'Monat',
      '2027-10 (unvollständig)',
      '2027-11 (unvollständig)',
      'Gesamt 2027-10–2027-11',
    ]);
    expect(months[3]!.slice(1, 3)).toEqual([22 + 21, 352 + 336]);

    const wide = await getBytes(
      t,
      `/api/reports/season?from=2027-10&to=2027-11&spaceId=${space.id}&format=csv&layout=wide`,
    ).expect(200);
    const rows = parseCsv((wide.body as Buffer).toString('utf8'), ';');
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['Space', 'Ort', 'Monat', 'Öffnungstage'],
      ['Coworking in der Mühle', 'Müncheberg', '2027-10', '21'],
      ['Coworking in der Mühle', 'Müncheberg', '2027-11', '22'],
      ['Gesamt', '', '2027-10–2027-11', '43'],
    ]);
  });
});
