/**
 * What the e-mails say and how they travel: the reminder says "heute"/"morgen" by the space's
 * local date (across midnight in Berlin and in Pago Pago, where the UTC date differs), the
 * confirmation, reminder and waitlist mails link into the web app under PUBLIC_URL, Message-IDs
 * carry a fully qualified domain, and .eml files have CRLF line ends.
 * (Clocks in December 2028, apart from the other test files' clocks on a shared PostgreSQL.)
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '@popdesk/shared';
import { auth, createSpace, registerUser, startApp, type TestApp } from '../harness.js';
import { booked } from '../bookings/fixtures.js';
import { relativeDay } from '../../src/features/mail/templates.js';
import { createMailTransport, messageIdDomain } from '../../src/features/mail/transport.js';

const PUBLIC_URL = 'https://buchen.musterstadt.de';
const NOW = new Date('2028-12-01T10:00:00Z');
const ALWAYS_OPEN = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

describe('relativeDay: today and tomorrow by the space’s local date', () => {
  it('Europe/Berlin: 23:59 is the day before, 00:00 the same day (the UTC date is the 2nd in both)', () => {
    const nine = new Date('2028-12-03T08:00:00Z'); // 09:00 on 3 December in Berlin
    expect(relativeDay(nine, 'Europe/Berlin', new Date('2028-12-02T22:59:00Z'), 'de')).toBe('morgen');
    expect(relativeDay(nine, 'Europe/Berlin', new Date('2028-12-02T23:00:00Z'), 'de')).toBe('heute');
    expect(relativeDay(nine, 'Europe/Berlin', new Date('2028-12-03T06:56:00Z'), 'de')).toBe('heute');
    expect(relativeDay(nine, 'Europe/Berlin', new Date('2028-12-01T22:59:00Z'), 'de')).toBe(
      'am Sonntag, 3. Dezember 2028',
    );
    expect(relativeDay(nine, 'Europe/Berlin', new Date('2028-12-02T23:00:00Z'), 'en')).toBe('today');
  });

  it('Pacific/Pago_Pago (UTC−11): 23:59 local is the day before though the UTC date is the same', () => {
    const nine = new Date('2028-12-03T20:00:00Z'); // 09:00 on 3 December in Pago Pago
    expect(relativeDay(nine, 'Pacific/Pago_Pago', new Date('2028-12-03T10:59:00Z'), 'en')).toBe('tomorrow');
    expect(relativeDay(nine, 'Pacific/Pago_Pago', new Date('2028-12-03T11:00:00Z'), 'en')).toBe('today');
    expect(relativeDay(nine, 'Pacific/Pago_Pago', new Date('2028-12-02T10:59:00Z'), 'en')).toBe(
      'on Sunday, 3 December 2028',
    );
    expect(relativeDay(nine, 'Pacific/Pago_Pago', new Date('2028-12-03T10:59:00Z'), 'de')).toBe('morgen');
  });
});

describe('e-mail texts, links and headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({
      now: NOW.toISOString(),
      config: {
        publicUrl: PUBLIC_URL,
        mail: { smtpUrl: null, from: 'PopDesk <no-reply@stadt.example>', maxAttempts: 3 },
      },
    });
  });
  afterAll(() => t.close());

  const outboxFor = async (email: string): Promise<OutboxMessage[]> =>
    (
      (await t.http().get('/api/admin/outbox?limit=500').set(auth(t.adminToken)).expect(200)).body as OutboxMessage[]
    ).filter((m) => m.to === email);
  const remindersFor = async (email: string) => (await outboxFor(email)).filter((m) => m.kind === 'booking_reminder');

  it('the reminder sent at 07:56 says "heute" for 09:00 that day and "morgen" for 07:00 the next (Berlin)', async () => {
    const space = await createSpace(t, { hours: ALWAYS_OPEN, body: { timezone: 'Europe/Berlin' } });
    const today = await registerUser(t);
    const tomorrow = await registerUser(t);
    const a = await booked(t, today.token, {
      deskId: space.deskIds[0],
      start: '2028-12-03T08:00:00Z',
      end: '2028-12-03T12:00:00Z',
    });
    await booked(t, tomorrow.token, {
      deskId: space.deskIds[1],
      start: '2028-12-04T06:00:00Z',
      end: '2028-12-04T10:00:00Z',
    });
    await t.app.jobs.runAll(new Date('2028-12-03T06:56:00Z')); // 07:56 in Berlin
    const [forToday] = await remindersFor(today.email);
    expect(forToday!.subject).toBe(`Erinnerung: heute, 09:00 Uhr, in ${await spaceName(space.id)}`);
    expect(forToday!.body).toContain('zur Erinnerung an Ihre Buchung heute:');
    expect(forToday!.body).not.toContain('morgen');
    const [forTomorrow] = await remindersFor(tomorrow.email);
    expect(forTomorrow!.subject).toMatch(/^Erinnerung: morgen, 07:00 Uhr, in /);
    expect(forTomorrow!.body).toContain('zur Erinnerung an Ihre Buchung morgen:');
    // the links: the booking's day in the planner and my bookings
    expect(forToday!.body).toContain(`${PUBLIC_URL}/spaces/${space.id}?date=2028-12-03`);
    expect(forToday!.body).toContain(`${PUBLIC_URL}/bookings`);
    expect(forToday!.bookingId).toBe(a.id);
  });

  it('the reminder at 23:30 in Pago Pago says "tomorrow", though the UTC date is the booking’s', async () => {
    const space = await createSpace(t, { hours: ALWAYS_OPEN, body: { timezone: 'Pacific/Pago_Pago' } });
    const user = await registerUser(t);
    await t.http().patch('/api/me').set(auth(user.token)).send({ locale: 'en' }).expect(200);
    await booked(t, user.token, {
      deskId: space.deskIds[0],
      start: '2028-12-03T20:00:00Z',
      end: '2028-12-03T23:00:00Z',
    });
    await t.app.jobs.runAll(new Date('2028-12-03T10:30:00Z')); // 23:30 on 2 December in Pago Pago
    const [reminder] = await remindersFor(user.email);
    expect(reminder!.subject).toMatch(/^Reminder: tomorrow, 09:00, at /);
    expect(reminder!.body).toContain('a reminder of your booking tomorrow:');
    expect(reminder!.body).toContain(`Your booking in the day plan: ${PUBLIC_URL}/spaces/${space.id}?date=2028-12-03`);
  });

  it('the confirmation links the booking’s day and my bookings; the waitlist mail links the free day', async () => {
    const space = await createSpace(t, { desks: 1, hours: ALWAYS_OPEN, body: { timezone: 'Europe/Berlin' } });
    const holder = await registerUser(t);
    const waiting = await registerUser(t);
    const b = await booked(t, holder.token, {
      deskId: space.deskIds[0],
      start: '2028-12-05T08:00:00Z',
      end: '2028-12-05T11:00:00Z',
    });
    const [confirmation] = await outboxFor(holder.email);
    expect(confirmation!.kind).toBe('booking_confirmation');
    expect(confirmation!.body).toContain(`Ihre Buchung im Tagesplan: ${PUBLIC_URL}/spaces/${space.id}?date=2028-12-05`);
    expect(confirmation!.body).toContain(`Meine Buchungen (einchecken, absagen): ${PUBLIC_URL}/bookings\n`);

    await t
      .http()
      .post(`/api/spaces/${space.id}/waitlist`)
      .set(auth(waiting.token))
      .send({ date: '2028-12-05' })
      .expect(201);
    await t.http().post(`/api/bookings/${b.id}/cancel`).set(auth(holder.token)).expect(200);
    const [free] = await outboxFor(waiting.email);
    expect(free!.kind).toBe('waitlist_desk_free');
    expect(free!.body).toContain(
      `Jetzt in PopDesk buchen, solange er frei ist:\n${PUBLIC_URL}/spaces/${space.id}?date=2028-12-05`,
    );
  });

  it('writes the .eml with CRLF line ends and a Message-ID on PUBLIC_URL’s host', async () => {
    const space = await createSpace(t, { hours: ALWAYS_OPEN });
    const user = await registerUser(t);
    await booked(t, user.token, {
      deskId: space.deskIds[0],
      start: '2028-12-06T08:00:00Z',
      end: '2028-12-06T10:00:00Z',
    });
    const [queued] = await outboxFor(user.email);
    const dir = await mkdtemp(join(tmpdir(), 'popdesk-eml-'));
    try {
      const files = createMailTransport({ mail: t.app.config.mail, dataDir: dir, publicUrl: PUBLIC_URL });
      await files.send({
        id: queued!.id,
        from: t.app.config.mail.from,
        to: queued!.to,
        subject: queued!.subject,
        text: queued!.body,
        attachments: [
          {
            filename: 'a.ics',
            contentType: 'text/calendar; charset=utf-8',
            content: 'BEGIN:VCALENDAR\nEND:VCALENDAR\n',
          },
        ],
      });
      const [name] = await readdir(join(dir, 'outbox'));
      const eml = await readFile(join(dir, 'outbox', name!), 'latin1');
      const lines = eml.split('\n').slice(0, -1);
      expect(lines.length).toBeGreaterThan(10);
      expect(lines.filter((l) => !l.endsWith('\r'))).toEqual([]);
      expect(eml).toMatch(new RegExp(`^Message-ID: <${queued!.id}@buchen\\.musterstadt\\.de>\\r$`, 'm'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('takes the Message-ID domain from PUBLIC_URL’s host, else from MAIL_FROM', () => {
    const mail = { ...t.app.config.mail, from: 'PopDesk <no-reply@stadt.example>' };
    expect(messageIdDomain({ mail, publicUrl: 'https://buchen.musterstadt.de:8443/popdesk' })).toBe(
      'buchen.musterstadt.de',
    );
    expect(messageIdDomain({ mail, publicUrl: 'http://localhost:8080' })).toBe('stadt.example');
    expect(messageIdDomain({ mail, publicUrl: 'http://10.0.0.5:3000' })).toBe('stadt.example');
    expect(messageIdDomain({ mail, publicUrl: null })).toBe('stadt.example');
    expect(messageIdDomain({ mail: { ...mail, from: 'no-reply@rathaus.example' }, publicUrl: null })).toBe(
      'rathaus.example',
    );
  });

  async function spaceName(id: string): Promise<string> {
    return ((await t.http().get(`/api/spaces/${id}`).expect(200)).body as { name: string }).name;
  }
});
