/**
 * E-mail through the outbox: a booking queues a confirmation (with its .ics) in the holder's
 * language, the worker sends it, a failing transport is retried with backoff until the message
 * is visibly `failed`, and none of it touches the booking. The day-before reminder is queued once.
 * (Times in early 2026, before the other test files' clocks, which share the queue on PostgreSQL.)
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '@popdesk/shared';
import { auth, createSpace, expectProblem, registerUser, startApp, type TestApp } from '../harness.js';
import { booked, getBooking } from '../bookings/fixtures.js';
import type { MailTransport, OutgoingMail } from '../../src/features/mail/transport.js';
import { parseCalendar } from './ical.js';
import { eq } from 'drizzle-orm';
import { outbox } from '../../src/db/schema.js';

const NOW = new Date('2026-03-02T10:00:00Z'); // Monday
const SLOT = { start: '2026-03-04T08:00:00Z', end: '2026-03-04T11:00:00Z' }; // Wednesday 09:00–12:00 CET
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe('e-mail outbox', () => {
  let t: TestApp;
  let sent: OutgoingMail[] = [];
  const capture: MailTransport = { name: 'test', send: async (m) => void sent.push(m) };
  beforeAll(async () => {
    t = await startApp({
      now: NOW.toISOString(),
      config: { mail: { smtpUrl: null, from: 'PopDesk <test@popdesk.invalid>', maxAttempts: 3 }, retryBaseMs: 60_000 },
    });
    t.app.mailer.transport = capture;
  });
  afterEach(() => {
    t.setNow(NOW);
    t.app.mailer.transport = capture;
    sent = [];
  });
  afterAll(() => t.close());

  const outboxFor = async (email: string): Promise<OutboxMessage[]> =>
    (
      (await t.http().get('/api/admin/outbox?limit=500').set(auth(t.adminToken)).expect(200)).body as OutboxMessage[]
    ).filter((m) => m.to === email);
  const setLocale = (token: string, locale: 'de' | 'en') =>
    t.http().patch('/api/me').set(auth(token)).send({ locale }).expect(200);

  it('queues a confirmation with the .ics in the holder’s language; the worker sends it', async () => {
    const space = await createSpace(t, { body: { address: 'Markt 1, 19322 Wittenberge' } });
    const en = await registerUser(t, { name: 'Ada' });
    await setLocale(en.token, 'en');
    const de = await registerUser(t, { name: 'Bert' });
    const b = await booked(t, en.token, { deskId: space.deskIds[0], ...SLOT });
    await booked(t, de.token, { deskId: space.deskIds[1], ...SLOT });

    const [queued] = await outboxFor(en.email);
    expect(queued).toMatchObject({
      kind: 'booking_confirmation',
      bookingId: b.id,
      locale: 'en',
      status: 'pending',
      attempts: 0,
    });
    expect(queued!.subject).toMatch(/^Booking confirmed/);
    expect(queued!.body).toContain('09:00–12:00');
    expect(queued!.attachments).toEqual([
      { filename: 'popdesk-booking.ics', contentType: expect.stringMatching(/^text\/calendar/) },
    ]);
    const [german] = await outboxFor(de.email);
    expect(german).toMatchObject({ kind: 'booking_confirmation', locale: 'de' });
    expect(german!.subject).toMatch(/^Buchung bestätigt/);

    await t.app.jobs.runAll(NOW);
    const mail = sent.find((m) => m.to === en.email)!;
    expect(mail.subject).toBe(queued!.subject);
    const ics = parseCalendar(mail.attachments[0]!.content);
    expect(ics.events).toMatchObject([
      { uid: `${b.id}@popdesk`, tzid: 'Europe/Berlin', localStart: '2026-03-04T09:00:00', status: 'CONFIRMED' },
    ]);
    expect(ics.events[0]!.location).toContain('Markt 1, 19322 Wittenberge');
    expect((await outboxFor(en.email))[0]).toMatchObject({
      status: 'sent',
      attempts: 1,
      transport: 'test',
      sentAt: NOW.toISOString(),
    });
    // sent once: another run sends nothing more to this person
    await t.app.jobs.runAll(at(60_000));
    expect(sent.filter((m) => m.to === en.email)).toHaveLength(1);
  });

  it('stores a new booking’s confirmation unrendered; sending renders it as read before and keeps it', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t, { name: 'Cleo' });
    const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    const raw = async () => (await t.app.db.select().from(outbox).where(eq(outbox.bookingId, b.id)))[0]!;
    // the booking's statement wrote no text: rendering waits for the worker (or a reader)
    const queued = await raw();
    expect(queued.subject).toBe('');
    expect(Array.isArray(queued.attachments)).toBe(false);
    const [listed] = await outboxFor(user.email);
    expect(listed!.subject).toMatch(/^Buchung bestätigt/);

    await t.app.jobs.runAll(NOW);
    const mail = sent.find((m) => m.to === user.email)!;
    expect({ subject: mail.subject, body: mail.text }).toEqual({ subject: listed!.subject, body: listed!.body });
    // the row keeps the message as sent: the text and the .ics, as a message rendered when queued
    const kept = await raw();
    expect(kept).toMatchObject({ status: 'sent', subject: listed!.subject, body: listed!.body });
    const [ics] = kept.attachments as { filename: string; content: string }[];
    expect(ics!.filename).toBe('popdesk-booking.ics');
    expect(parseCalendar(ics!.content).events).toMatchObject([{ uid: `${b.id}@popdesk` }]);
    expect((await outboxFor(user.email))[0]).toMatchObject({ subject: listed!.subject, body: listed!.body });
  });

  it('retries a failing transport with backoff, then shows the message as failed; the booking is unaffected', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    t.app.mailer.transport = {
      name: 'test',
      send: async (m) => {
        if (m.to === user.email) throw new Error('connection refused by mail server');
        sent.push(m);
      },
    };
    const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    expect(b.status).toBe('confirmed');

    await t.app.jobs.runAll(NOW);
    let [msg] = await outboxFor(user.email);
    expect(msg).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'connection refused by mail server',
      nextAttemptAt: at(60_000).toISOString(),
    });
    await t.app.jobs.runAll(at(30_000)); // not due yet
    expect((await outboxFor(user.email))[0]!.attempts).toBe(1);
    await t.app.jobs.runAll(at(60_000));
    [msg] = await outboxFor(user.email);
    expect(msg).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: at(60_000 + 120_000).toISOString() });
    await t.app.jobs.runAll(at(180_000));
    [msg] = await outboxFor(user.email);
    expect(msg).toMatchObject({ status: 'failed', attempts: 3, lastError: 'connection refused by mail server' });
    await t.app.jobs.runAll(at(3_600_000));
    expect((await outboxFor(user.email))[0]!.attempts).toBe(3);
    expect((await outboxFor(user.email)).filter((m) => m.kind === 'booking_confirmation')).toHaveLength(1);
    expect(
      (await t.http().get('/api/admin/outbox?status=failed&limit=500').set(auth(t.adminToken)).expect(200)).body.map(
        (m: OutboxMessage) => m.id,
      ),
    ).toContain(msg!.id);
    expect((await getBooking(t, user.token, b.id)).status).toBe('confirmed');
  });

  it('queues the day-before reminder once, however often the scheduler runs', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const b = await booked(t, user.token, {
      deskId: space.deskIds[0],
      start: '2026-03-05T08:00:00Z',
      end: '2026-03-05T10:00:00Z',
    });
    const reminders = async () => (await outboxFor(user.email)).filter((m) => m.kind === 'booking_reminder');
    await t.app.jobs.runAll(new Date('2026-03-04T06:00:00Z')); // 26 hours ahead: too early
    expect(await reminders()).toHaveLength(0);
    await t.app.jobs.runAll(new Date('2026-03-04T09:00:00Z'));
    await t.app.jobs.runAll(new Date('2026-03-04T09:01:00Z'));
    await t.app.jobs.runAll(new Date('2026-03-04T20:00:00Z'));
    const queued = await reminders();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ bookingId: b.id, locale: 'de', status: 'sent' });
    expect(queued[0]!.subject).toMatch(/^Erinnerung/);
  });

  it('queues a cancellation, and tells the next person waiting by e-mail too', async () => {
    const space = await createSpace(t, { desks: 1 });
    const holder = await registerUser(t);
    const waiting = await registerUser(t);
    await setLocale(waiting.token, 'en');
    const b = await booked(t, holder.token, { deskId: space.deskIds[0], ...SLOT });
    await t
      .http()
      .post(`/api/spaces/${space.id}/waitlist`)
      .set(auth(waiting.token))
      .send({ date: '2026-03-04' })
      .expect(201);
    await t.http().post(`/api/bookings/${b.id}/cancel`).set(auth(holder.token)).expect(200);
    expect((await outboxFor(holder.email)).map((m) => m.kind).sort()).toEqual([
      'booking_cancellation',
      'booking_confirmation',
    ]);
    const [free] = await outboxFor(waiting.email);
    expect(free).toMatchObject({ kind: 'waitlist_desk_free', locale: 'en' });
    expect(free!.body).toContain('09:00 to 12:00');
  });

  it('is for admins only', async () => {
    const user = await registerUser(t);
    expectProblem(await t.http().get('/api/admin/outbox').set(auth(user.token)), 403);
    expectProblem(await t.http().get('/api/admin/outbox'), 401);
  });
});
