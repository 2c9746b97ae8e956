/**
 * Webhooks: a receiver on 127.0.0.1 gets booking.created, signed `t=<unix>,v1=<hex>` with
 * HMAC-SHA256 over `${t}.${body}` (verified here independently); a receiver answering 500 is
 * retried with backoff until the delivery fails, and every attempt is in the delivery log.
 * (Times in early 2026, before the other test files' clocks, which share the queue on PostgreSQL.)
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookDelivery } from '@popdesk/shared';
import { auth, createSpace, expectProblem, registerUser, startApp, type TestApp } from '../harness.js';
import { booked } from '../bookings/fixtures.js';

const NOW = new Date('2026-03-02T10:00:00Z');
const SLOT = { start: '2026-03-04T08:00:00Z', end: '2026-03-04T11:00:00Z' };
const at = (ms: number) => new Date(NOW.getTime() + ms);

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('webhooks', () => {
  let t: TestApp;
  let server: Server;
  let base: string;
  const received: Received[] = [];
  const created: string[] = [];
  beforeAll(async () => {
    t = await startApp({
      now: NOW.toISOString(),
      config: { webhooks: { maxAttempts: 3, timeoutMs: 5000, allowPrivate: true }, retryBaseMs: 60_000 },
    });
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ path: req.url!, headers: req.headers, body });
        if (req.url === '/redirect') res.setHeader('Location', `${base}/ok`);
        res.statusCode = req.url === '/fail' ? 500 : req.url === '/redirect' ? 307 : 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    for (const id of created.splice(0)) await t.http().delete(`/api/admin/webhooks/${id}`).set(auth(t.adminToken));
    received.length = 0;
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const register = async (path: string, events: string[]) => {
    const res = await t
      .http()
      .post('/api/admin/webhooks')
      .set(auth(t.adminToken))
      .send({ url: `${base}${path}`, events, description: 'Rathaus' })
      .expect(201);
    created.push(res.body.id);
    return res.body as { id: string; secret: string; url: string; events: string[] };
  };
  const deliveries = async (id: string) =>
    (await t.http().get(`/api/admin/webhooks/${id}/deliveries`).set(auth(t.adminToken)).expect(200))
      .body as WebhookDelivery[];
  const forBooking = (list: WebhookDelivery[], bookingId: string) =>
    list.filter((d) => JSON.parse(d.body).data.booking.id === bookingId);

  it('delivers booking.created, signed with HMAC-SHA256 of `${t}.${body}`', async () => {
    const hook = await register('/ok', ['booking.created', 'booking.cancelled']);
    expect(hook.secret).toMatch(/^whsec_/);
    const listed = (await t.http().get('/api/admin/webhooks').set(auth(t.adminToken)).expect(200)).body;
    expect(listed.find((w: { id: string }) => w.id === hook.id)).toMatchObject({
      url: `${base}/ok`,
      events: ['booking.created', 'booking.cancelled'],
      active: true,
    });
    expect(listed.find((w: { id: string }) => w.id === hook.id)).not.toHaveProperty('secret');

    const space = await createSpace(t);
    const user = await registerUser(t);
    const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    await t.http().post(`/api/bookings/${b.id}/check-in`).set(auth(t.adminToken)).expect(200); // not subscribed
    await t.app.jobs.runAll(NOW);

    const mine = received.filter((r) => r.path === '/ok' && JSON.parse(r.body).data.booking.id === b.id);
    expect(mine).toHaveLength(1);
    const [req] = mine;
    const payload = JSON.parse(req!.body);
    expect(payload).toMatchObject({
      type: 'booking.created',
      data: { booking: { id: b.id, status: 'confirmed', spaceId: space.id }, space: { id: space.id } },
    });
    expect(req!.headers['content-type']).toBe('application/json');
    const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(req!.headers['popdesk-signature']));
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBe(Math.floor(NOW.getTime() / 1000));
    expect(m![2]).toBe(createHmac('sha256', hook.secret).update(`${m![1]}.${req!.body}`).digest('hex'));

    const [d] = forBooking(await deliveries(hook.id), b.id);
    expect(d).toMatchObject({
      event: 'booking.created',
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 204,
      deliveredAt: NOW.toISOString(),
    });
    expect(d!.log).toHaveLength(1);
  });

  it('retries a receiver answering 500 with backoff and logs each attempt until it fails', async () => {
    const hook = await register('/fail', ['booking.created']);
    const space = await createSpace(t);
    const user = await registerUser(t);
    const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    const mine = async () => forBooking(await deliveries(hook.id), b.id)[0]!;

    await t.app.jobs.runAll(NOW);
    expect(await mine()).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
      nextAttemptAt: at(60_000).toISOString(),
    });
    await t.app.jobs.runAll(at(59_000));
    expect((await mine()).attempts).toBe(1);
    await t.app.jobs.runAll(at(60_000));
    expect(await mine()).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: at(180_000).toISOString() });
    await t.app.jobs.runAll(at(180_000));
    const last = await mine();
    expect(last).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: 500 });
    expect(last.log.map((l) => [l.at, l.statusCode])).toEqual([
      [NOW.toISOString(), 500],
      [at(60_000).toISOString(), 500],
      [at(180_000).toISOString(), 500],
    ]);
    await t.app.jobs.runAll(at(86_400_000));
    expect((await mine()).attempts).toBe(3);
    expect(received.filter((r) => r.path === '/fail' && JSON.parse(r.body).data.booking.id === b.id)).toHaveLength(3);
  });

  it('does not follow redirects: a 3xx is logged and retried like any other failure', async () => {
    const hook = await register('/redirect', ['booking.created']);
    const space = await createSpace(t);
    const user = await registerUser(t);
    const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    await t.app.jobs.runAll(NOW);
    const [d] = forBooking(await deliveries(hook.id), b.id);
    expect(d).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatusCode: 307,
      lastError: 'HTTP 307 (redirects are not followed)',
    });
    const mine = received.filter((r) => JSON.parse(r.body).data.booking.id === b.id).map((r) => r.path);
    expect(mine).toEqual(['/redirect']);
  });

  it('is for admins only; deleting a webhook removes it and its log', async () => {
    const user = await registerUser(t);
    expectProblem(
      await t
        .http()
        .post('/api/admin/webhooks')
        .set(auth(user.token))
        .send({ url: `${base}/ok`, events: ['booking.created'] }),
      403,
    );
    expectProblem(await t.http().get('/api/admin/webhooks').set(auth(user.token)), 403);
    expectProblem(
      await t
        .http()
        .post('/api/admin/webhooks')
        .set(auth(t.adminToken))
        .send({ url: 'ftp://example.org', events: ['booking.created'] }),
      400,
    );
    expectProblem(
      await t
        .http()
        .post('/api/admin/webhooks')
        .set(auth(t.adminToken))
        .send({ url: `${base}/ok`, events: ['booking.exploded'] }),
      400,
    );
    const hook = await register('/ok', ['booking.created']);
    await t.http().delete(`/api/admin/webhooks/${hook.id}`).set(auth(t.adminToken)).expect(204);
    expectProblem(await t.http().get(`/api/admin/webhooks/${hook.id}/deliveries`).set(auth(t.adminToken)), 404);
    expectProblem(await t.http().delete(`/api/admin/webhooks/${hook.id}`).set(auth(t.adminToken)), 404);
  });
});
