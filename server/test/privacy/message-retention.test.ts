/**
 * Storage limitation for messages (MESSAGE_RETENTION_DAYS): sent and failed e-mails — address and
 * text — and their .eml copies, and delivered or failed webhook deliveries, are deleted by the
 * hourly retention run once they are older than the period; younger ones, and ones still being
 * tried however old, stay.
 * (Times in early 2026, like the other queue tests: on PostgreSQL the queues are shared, so this
 * test looks only at its own rows.)
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, webhookDeliveries } from '../../src/db/schema.js';
import { createMailTransport } from '../../src/features/mail/transport.js';
import { auth, createSpace, registerUser, startApp, type TestApp } from '../harness.js';
import { booked } from '../bookings/fixtures.js';

const DAY = 86_400_000;
const DAY_0 = new Date('2026-01-12T10:00:00Z'); // Monday
const day = (n: number) => new Date(DAY_0.getTime() + n * DAY);

describe('messages are kept MESSAGE_RETENTION_DAYS, then deleted', () => {
  let t: TestApp;
  let dir: string;
  let receiver: Server;
  let hookUrl: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'popdesk-retention-'));
    t = await startApp({
      now: DAY_0.toISOString(),
      config: { messageRetentionDays: 90, webhooks: { maxAttempts: 3, timeoutMs: 5000, allowPrivate: true } },
    });
    // the demo's transport: an .eml file per message in DATA_DIR/outbox
    t.app.mailer.transport = createMailTransport({ mail: t.app.config.mail, dataDir: dir });
    receiver = createServer((req, res) => req.resume().on('end', () => res.writeHead(204).end()));
    await new Promise<void>((ok) => receiver.listen(0, '127.0.0.1', ok));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await t.close();
    await new Promise((ok) => receiver.close(ok));
    await rm(dir, { recursive: true, force: true });
  });

  const mailOf = (userIds: string[]) => t.app.db.select().from(outbox).where(inArray(outbox.userId, userIds));
  const deliveriesOf = (webhookId: string) =>
    t.app.db
      .select()
      .from(webhookDeliveries)
      .where(inArray(webhookDeliveries.webhookId, [webhookId]));
  const emlFiles = async () => readdir(join(dir, 'outbox')).catch(() => [] as string[]);
  const emlOf = (files: string[], id: string) => files.filter((f) => f.endsWith(`-${id}.eml`));

  it('deletes finished messages older than the period with their .eml copies, and keeps younger and unfinished ones', async () => {
    const hook = (
      await t
        .http()
        .post('/api/admin/webhooks')
        .set(auth(t.adminToken))
        .send({ url: hookUrl, events: ['booking.created'] })
        .expect(201)
    ).body as { id: string };
    const space = await createSpace(t, { desks: 2 });
    const early = await registerUser(t);
    const late = await registerUser(t);

    // day 0: a booking; its confirmation is sent (an .eml file) and its webhook delivered
    await booked(t, early.token, {
      deskId: space.deskIds[0],
      start: '2026-01-14T08:00:00Z',
      end: '2026-01-14T10:00:00Z',
    });
    await t.app.jobs.runAll(day(0));
    const [oldMail] = await mailOf([early.id]);
    expect(oldMail).toMatchObject({ status: 'sent', transport: 'file' });
    const [oldDelivery] = await deliveriesOf(hook.id);
    expect(oldDelivery).toMatchObject({ status: 'delivered' });
    expect(emlOf(await emlFiles(), oldMail!.id)).toHaveLength(1);

    // also from day 0, still being tried: an e-mail and a delivery whose next attempt is after day 91
    const retryLater = day(92);
    const [stuckMail] = await t.app.db
      .insert(outbox)
      .values({
        kind: 'booking_reminder',
        userId: early.id,
        toAddress: early.email,
        locale: 'de',
        subject: 'Erinnerung',
        body: 'Text',
        status: 'pending',
        attempts: 2,
        nextAttemptAt: retryLater,
        createdAt: day(0),
      })
      .returning();
    const [stuckDelivery] = await t.app.db
      .insert(webhookDeliveries)
      .values({
        webhookId: hook.id,
        event: 'booking.created',
        body: '{}',
        status: 'pending',
        attempts: 2,
        nextAttemptAt: retryLater,
        createdAt: day(0),
      })
      .returning();

    // day 60: another booking, sent and delivered
    t.setNow(day(60));
    await booked(t, late.token, {
      deskId: space.deskIds[1],
      start: '2026-03-16T08:00:00Z',
      end: '2026-03-16T10:00:00Z',
    });
    await t.app.jobs.runAll(day(60));
    const [youngMail] = await mailOf([late.id]);
    expect(youngMail).toMatchObject({ status: 'sent' });
    // (nothing of this test's is 90 days old yet)
    expect((await mailOf([early.id])).map((m) => m.id).sort()).toEqual([oldMail!.id, stuckMail!.id].sort());
    expect((await deliveriesOf(hook.id)).map((d) => d.id)).toContain(oldDelivery!.id);

    // day 91: the day-0 ones that are finished are gone, files too; the rest stays
    t.setNow(day(91));
    const run = await t.app.jobs.runAll(day(91));
    expect(run.purged.mail).toBeGreaterThanOrEqual(1);
    expect(run.purged.webhookDeliveries).toBeGreaterThanOrEqual(1);
    const leftMail = await mailOf([early.id, late.id]);
    expect(leftMail.map((m) => m.id).sort()).toEqual([stuckMail!.id, youngMail!.id].sort());
    expect(leftMail.find((m) => m.id === stuckMail!.id)).toMatchObject({ status: 'pending', attempts: 2 });
    const leftDeliveries = (await deliveriesOf(hook.id)).map((d) => d.id);
    expect(leftDeliveries).not.toContain(oldDelivery!.id);
    expect(leftDeliveries).toContain(stuckDelivery!.id);
    expect(leftDeliveries).toHaveLength(2); // and the day-60 one
    const files = await emlFiles();
    expect(emlOf(files, oldMail!.id)).toEqual([]);
    expect(emlOf(files, youngMail!.id)).toHaveLength(1);
  });
});
