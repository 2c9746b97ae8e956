/**
 * The calendar files in the booking e-mails, read back with ical.js: iTIP (RFC 5546) METHOD:REQUEST
 * for a confirmation and METHOD:CANCEL with the same UID and a higher SEQUENCE for a cancellation,
 * the sender as ORGANIZER and the person as ATTENDEE, stamps in UTC, one file per booking, and the
 * method in the attachment's MIME type (also in the .eml written to DATA_DIR/outbox).
 * (Clock in May 2029, apart from the other files' clocks, which share the queue on PostgreSQL.)
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, registerUser, startApp, type TestApp } from '../harness.js';
import { booked } from '../bookings/fixtures.js';
import { createMailTransport, type MailTransport, type OutgoingMail } from '../../src/features/mail/transport.js';
import { parseCalendar, type ParsedEvent } from './ical.js';

const NOW = new Date('2029-05-07T10:00:00Z'); // Monday
const SLOT = { start: '2029-05-09T07:00:00Z', end: '2029-05-09T10:00:00Z' }; // Wednesday 09:00–12:00 CEST
const FROM = { name: 'Stadt Wittenberge – PopDesk', email: 'popdesk@wittenberge.example' };

/** Every UTC stamp of an event, as ical.js read it. */
const expectUtcStamps = (ev: ParsedEvent) => {
  for (const s of Object.values(ev.stamps)) expect(s).toMatchObject({ utc: true });
};

describe('calendar files in booking e-mails', () => {
  let t: TestApp;
  let sent: OutgoingMail[] = [];
  const capture: MailTransport = { name: 'test', send: async (m) => void sent.push(m) };
  beforeAll(async () => {
    t = await startApp({
      now: NOW.toISOString(),
      config: { mail: { smtpUrl: null, from: `"${FROM.name}" <${FROM.email}>`, maxAttempts: 3 } },
    });
    t.app.mailer.transport = capture;
  });
  afterEach(() => {
    t.setNow(NOW);
    sent = [];
  });
  afterAll(() => t.close());

  const setLocale = (token: string, locale: 'de' | 'en') =>
    t.http().patch('/api/me').set(auth(token)).send({ locale }).expect(200);
  /** Sends what is due and returns what this person got. */
  const mailsTo = async (email: string) => {
    await t.app.jobs.runAll(t.now());
    return sent.filter((m) => m.to === email);
  };

  it('confirmation: METHOD:REQUEST from the sender to the person, UTC stamps, German text', async () => {
    const space = await createSpace(t, { body: { name: 'Coworking am Markt', address: 'Markt 1, 19322 Wittenberge' } });
    const user = await registerUser(t, { name: 'Bert Beispiel' });
    const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });

    const [mail] = await mailsTo(user.email);
    expect(mail!.attachments).toHaveLength(1);
    const [file] = mail!.attachments;
    expect(file!.filename).toBe('popdesk-booking.ics');
    expect(file!.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    const cal = parseCalendar(file!.content);
    expect(cal.method).toBe('REQUEST');
    expect(cal.events).toHaveLength(1);
    const [ev] = cal.events;
    expect(ev).toMatchObject({
      uid: `${b.id}@popdesk`,
      sequence: 0,
      status: 'CONFIRMED',
      tzid: 'Europe/Berlin',
      localStart: '2029-05-09T09:00:00',
      summary: 'Desk 1 · Coworking am Markt',
      organizer: { uri: `mailto:${FROM.email}`, cn: FROM.name },
      attendees: [{ uri: `mailto:${user.email}`, cn: 'Bert Beispiel', partstat: 'ACCEPTED', rsvp: 'FALSE' }],
    });
    expect(ev!.description).toBe(`Buchung ${b.id}\nStatus: Bestätigt`);
    expectUtcStamps(ev!);
    expect(ev!.stamps.dtstamp!.at).toBe(NOW.toISOString());
    expect(ev!.stamps.created!.at).toBe(NOW.toISOString());
    expect(file!.content).toMatch(/\r\nDTSTAMP:20290507T100000Z\r\n/);
    // the calendar has no zone of its own: each event names its zone (TZID)
    expect(cal.properties).not.toContain('x-wr-timezone');
    expect(file!.content).not.toMatch(/TIMEZONE-ID/);
  });

  it('a name with quotes still gives a calendar file every parser reads', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t, { name: 'Berta "Bee" Beispiel' });
    await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });

    const [mail] = await mailsTo(user.email);
    const content = String(mail!.attachments[0]!.content);
    expect(content).not.toContain('\\"');
    const [event] = parseCalendar(content).events;
    expect(event!.attendees).toEqual([expect.objectContaining({ cn: "Berta 'Bee' Beispiel" })]);
  });

  it('cancellation: METHOD:CANCEL, the same UID with a higher SEQUENCE, English text', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t, { name: 'Ada Lovelace' });
    await setLocale(user.token, 'en');
    const b = await booked(t, user.token, { deskId: space.deskIds[1], ...SLOT });
    const [confirmation] = await mailsTo(user.email);
    const request = parseCalendar(confirmation!.attachments[0]!.content).events[0]!;
    expect(request.description).toBe(`Booking ${b.id}\nStatus: Confirmed`);
    sent = [];

    t.setNow(new Date(NOW.getTime() + 3_600_000));
    await t.http().post(`/api/bookings/${b.id}/cancel`).set(auth(user.token)).expect(200);
    const [mail] = await mailsTo(user.email);
    expect(mail!.attachments.map((a) => a.contentType)).toEqual(['text/calendar; charset=utf-8; method=CANCEL']);
    const cal = parseCalendar(mail!.attachments[0]!.content);
    expect(cal.method).toBe('CANCEL');
    const [ev] = cal.events;
    expect(ev).toMatchObject({
      uid: request.uid,
      status: 'CANCELLED',
      summary: `Desk 2 · ${request.summary.split(' · ')[1]}`,
      organizer: { uri: `mailto:${FROM.email}`, cn: FROM.name },
      attendees: [{ uri: `mailto:${user.email}`, cn: 'Ada Lovelace' }],
    });
    expect(ev!.sequence).toBeGreaterThan(request.sequence);
    expect(ev!.description).toBe(`Booking ${b.id}\nStatus: Cancelled`);
    expectUtcStamps(ev!);
    expect(ev!.stamps.dtstamp!.at).toBe(t.now().toISOString());
    expect(ev!.stamps.lastModified!.at).toBe(t.now().toISOString());
  });

  it('a series: one REQUEST per date, each about one booking; cancelling it, one CANCEL per date', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const res = await t
      .http()
      .post('/api/bookings/series')
      .set(auth(user.token))
      .send({
        deskId: space.deskIds[0],
        firstDate: '2029-05-09',
        startTime: '09:00',
        endTime: '12:00',
        weeks: 3,
        mode: 'atomic',
      })
      .expect(201);
    const ids = (res.body.booked as { id: string }[]).map((b) => `${b.id}@popdesk`);
    const [mail] = await mailsTo(user.email);
    expect(mail!.attachments.map((a) => a.filename)).toEqual([
      'popdesk-booking-2029-05-09.ics',
      'popdesk-booking-2029-05-16.ics',
      'popdesk-booking-2029-05-23.ics',
    ]);
    expect(mail!.text).toContain('Die Kalenderdateien sind angehängt (eine je Tag).');
    const requests = mail!.attachments.map((a) => parseCalendar(a.content));
    for (const cal of requests) {
      expect(cal.method).toBe('REQUEST');
      expect(cal.events).toHaveLength(1);
      expect(cal.events[0]!.organizer?.uri).toBe(`mailto:${FROM.email}`);
    }
    expect(requests.map((c) => c.events[0]!.uid)).toEqual(ids);
    sent = [];

    const seriesId = (res.body.booked as { seriesId: string }[])[0]!.seriesId;
    await t.http().post(`/api/bookings/series/${seriesId}/cancel`).set(auth(user.token)).send({}).expect(200);
    const cancels = (await mailsTo(user.email)).flatMap((m) => m.attachments.map((a) => parseCalendar(a.content)));
    expect(cancels.map((c) => c.method)).toEqual(['CANCEL', 'CANCEL', 'CANCEL']);
    expect(cancels.map((c) => c.events[0]!.uid).sort()).toEqual([...ids].sort());
    expect(cancels.every((c) => c.events[0]!.sequence === 1 && c.events[0]!.status === 'CANCELLED')).toBe(true);
  });

  it('the .eml in DATA_DIR/outbox carries the method in the attachment’s Content-Type', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    const [mail] = await mailsTo(user.email);
    const dir = await mkdtemp(join(tmpdir(), 'popdesk-eml-'));
    try {
      await createMailTransport({ mail: t.app.config.mail, dataDir: dir }).send(mail!);
      const [name] = await readdir(join(dir, 'outbox'));
      const eml = await readFile(join(dir, 'outbox', name!), 'utf8');
      expect(eml).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
      expect(eml).toMatch(/filename=popdesk-booking\.ics/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
