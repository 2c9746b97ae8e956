/**
 * Erasure (DELETE /api/me) has the side effects of any cancellation for the future bookings it
 * gives up — a `booking.cancelled` webhook each, the next person waiting told — but sends the
 * erased person nothing and keeps none of their e-mails (outbox rows, and the .eml copies of the
 * file transport). The export (GET /api/me/export) lists the e-mails addressed to the caller.
 * (Times in July 2025: on PostgreSQL the test files share the queues, so before the other files'
 * clocks, and after the retention test's cut-off, whose anonymisation counts every old booking.)
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxMessage, WebhookDelivery } from '@popdesk/shared';
import { rows } from '../../src/db/db.js';
import { sendDueMail } from '../../src/features/mail/worker.js';
import { createMailTransport, type MailTransport, type OutgoingMail } from '../../src/features/mail/transport.js';
import { auth, createSpace, registerUser, startApp, type TestApp } from '../harness.js';
import { booked } from '../bookings/fixtures.js';

const NOW = new Date('2025-07-07T10:00:00Z'); // Monday
const LATER = new Date('2025-07-07T12:00:00Z');
const WED = { start: '2025-07-09T08:00:00Z', end: '2025-07-09T11:00:00Z' };
const THU = { start: '2025-07-10T08:00:00Z', end: '2025-07-10T11:00:00Z' };

describe('erasure gives up future bookings like a cancellation, without e-mail', () => {
  let t: TestApp;
  const sent: OutgoingMail[] = [];
  const forgotten: string[] = [];
  const capture: MailTransport = {
    name: 'test',
    send: async (m) => void sent.push(m),
    forget: async (ids) => void forgotten.push(...ids),
  };
  beforeAll(async () => {
    t = await startApp({ now: NOW.toISOString() });
    t.app.mailer.transport = capture;
  });
  afterEach(() => {
    t.setNow(NOW);
    sent.length = 0;
    forgotten.length = 0;
  });
  afterAll(() => t.close());

  const outbox = async (): Promise<OutboxMessage[]> =>
    (await t.http().get('/api/admin/outbox?limit=500').set(auth(t.adminToken)).expect(200)).body;
  const count = async (query: SQL) => {
    const [row] = await rows<{ n: number }>(t.app.db, query);
    return Number(row!.n);
  };

  it('queues booking.cancelled per booking and tells the waitlist; nothing is mailed to or kept of the erased person', async () => {
    // .invalid: whichever worker claims these deliveries fails them at once, without a network
    const hook = (
      await t
        .http()
        .post('/api/admin/webhooks')
        .set(auth(t.adminToken))
        .send({ url: 'https://hooks.example.invalid/erasure', events: ['booking.cancelled'] })
        .expect(201)
    ).body as { id: string };
    try {
      const space = await createSpace(t, { desks: 1 });
      const leaving = await registerUser(t, { name: 'Leaving Person' });
      const waiting = await registerUser(t);
      const past = await t
        .http()
        .post('/api/bookings')
        .set(auth(t.adminToken))
        .send({
          deskId: space.deskIds[0],
          start: '2025-06-18T08:00:00Z',
          end: '2025-06-18T10:00:00Z',
          userId: leaving.id,
        })
        .expect(201);
      const wed = await booked(t, leaving.token, { deskId: space.deskIds[0], ...WED });
      const thu = await booked(t, leaving.token, { deskId: space.deskIds[0], ...THU });
      await t
        .http()
        .post(`/api/spaces/${space.id}/waitlist`)
        .set(auth(waiting.token))
        .send({ date: '2025-07-09' })
        .expect(201);
      const mailsOfLeaving = (await outbox()).filter((m) => m.to === leaving.email);
      // (none for the past one: it had ended when it was recorded, so it gets no confirmation)
      expect(mailsOfLeaving.map((m) => m.kind)).toEqual(['booking_confirmation', 'booking_confirmation']);
      const report = async () =>
        (
          await t
            .http()
            .get(`/api/spaces/${space.id}/reports/monthly?month=2025-06`)
            .set(auth(t.adminToken))
            .expect(200)
        ).body;
      const juneBefore = await report();

      await t.http().delete('/api/me').set(auth(leaving.token)).expect(204);

      // a webhook per given-up booking, as if cancelled one by one; the past booking stays
      const deliveries = (
        await t.http().get(`/api/admin/webhooks/${hook.id}/deliveries`).set(auth(t.adminToken)).expect(200)
      ).body as WebhookDelivery[];
      const cancelled = deliveries.map((d) => JSON.parse(d.body)).filter((p) => p.data.space.id === space.id);
      expect(cancelled.map((p) => p.type)).toEqual(['booking.cancelled', 'booking.cancelled']);
      expect(cancelled.map((p) => p.data.booking.id).sort()).toEqual([wed.id, thu.id].sort());
      expect(
        cancelled.every((p) => p.data.booking.status === 'cancelled' && p.data.booking.userId === leaving.id),
      ).toBe(true);
      expect(JSON.stringify(cancelled)).not.toContain(leaving.email);
      expect(
        (await t.http().get(`/api/bookings/${past.body.id}`).set(auth(t.adminToken)).expect(200)).body.status,
      ).toBe('confirmed');

      // the earliest person waiting for Wednesday is told, in the app and by e-mail
      const notes = (await t.http().get('/api/me/notifications').set(auth(waiting.token)).expect(200)).body;
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({
        kind: 'waitlist_desk_free',
        data: {
          spaceId: space.id,
          date: '2025-07-09',
          start: WED.start.replace('Z', '.000Z'),
          end: WED.end.replace('Z', '.000Z'),
        },
      });
      expect((await outbox()).filter((m) => m.to === waiting.email).map((m) => m.kind)).toEqual(['waitlist_desk_free']);

      // no cancellation e-mail, and the confirmations already queued are gone, with their files
      expect((await outbox()).filter((m) => m.to === leaving.email)).toEqual([]);
      expect(
        await count(
          sql`select count(*)::int as n from outbox where user_id = ${leaving.id} or to_address = ${leaving.email}`,
        ),
      ).toBe(0);
      expect([...forgotten].sort()).toEqual(mailsOfLeaving.map((m) => m.id).sort());
      // deleting the e-mails changes no figure of the month before
      expect(await report()).toEqual(juneBefore);
    } finally {
      await t.http().delete(`/api/admin/webhooks/${hook.id}`).set(auth(t.adminToken)).expect(204);
    }
  });

  it('the export lists the e-mails addressed to the caller: kind, subject, text, status and times', async () => {
    const space = await createSpace(t, { desks: 2 });
    const me = await registerUser(t, { name: 'Export Person' });
    const other = await registerUser(t);
    const b = await booked(t, me.token, { deskId: space.deskIds[0], ...WED });
    await booked(t, other.token, { deskId: space.deskIds[1], ...WED });
    // the confirmation is sent; the cancellation is still queued
    await sendDueMail(t.app.db, t.app.mailer.transport, t.app.config, NOW);
    t.setNow(LATER);
    await t.http().post(`/api/bookings/${b.id}/cancel`).set(auth(me.token)).expect(200);

    const exported = (await t.http().get('/api/me/export').set(auth(me.token)).expect(200)).body;
    const queued = (await outbox()).filter((m) => m.to === me.email);
    expect(exported.emails).toHaveLength(2);
    const [confirmation, cancellation] = exported.emails;
    expect(confirmation).toMatchObject({
      kind: 'booking_confirmation',
      to: me.email,
      bookingId: b.id,
      status: 'sent',
      createdAt: NOW.toISOString(),
      attachments: ['popdesk-booking.ics'],
    });
    expect(confirmation.sentAt).toEqual(expect.any(String));
    expect(cancellation).toMatchObject({
      kind: 'booking_cancellation',
      to: me.email,
      bookingId: b.id,
      status: 'pending',
      createdAt: LATER.toISOString(),
      sentAt: null,
    });
    for (const m of exported.emails) {
      const stored = queued.find((q) => q.id === m.id)!;
      expect(m).toMatchObject({ subject: stored.subject, body: stored.body });
      expect(m.body).toContain('Export Person');
    }
    expect(JSON.stringify(exported)).not.toContain(other.email);
  });
});

describe('the file transport forgets erased messages', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'popdesk-mail-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('deletes exactly the .eml files of the given messages', async () => {
    const files = createMailTransport({
      mail: { smtpUrl: null, from: 'PopDesk <test@popdesk.invalid>', maxAttempts: 1 },
      dataDir: dir,
    });
    const [gone, kept] = [randomUUID(), randomUUID()];
    for (const id of [gone, kept])
      await files.send({
        id,
        from: 'PopDesk <test@popdesk.invalid>',
        to: `${id}@example.org`,
        subject: 'Hallo',
        text: 'Text',
        attachments: [],
      });
    expect(await readdir(join(dir, 'outbox'))).toHaveLength(2);
    await files.forget!([gone, randomUUID()]);
    const left = await readdir(join(dir, 'outbox'));
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`-${kept}\\.eml$`));
  });
});
