/**
 * The SSRF guard on webhook targets, with WEBHOOK_ALLOW_PRIVATE off (the production default; the
 * harness turns it on for the other tests' receivers on 127.0.0.1): registration refuses http and
 * IP literals outside public unicast however they are written, and delivery refuses a host name
 * resolving to loopback (and targets stored earlier) with the reason in the delivery log, without
 * ever connecting. A plain TCP listener on 127.0.0.1 counts every connection attempt.
 * (Times in June 2025: on PostgreSQL the test files share the queues, so before the other files'
 * clocks, and after the retention test's cut-off, whose anonymisation counts every old booking.)
 */
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookDelivery } from '@popdesk/shared';
import { webhooks } from '../../src/db/schema.js';
import { postWebhook } from '../../src/features/webhooks/send.js';
import {
  BlockedTargetError,
  blockedRange,
  guardedLookup,
  refusedTarget,
} from '../../src/features/webhooks/target-guard.js';
import { auth, createSpace, expectProblem, registerUser, startApp, type TestApp } from '../harness.js';
import { booked } from '../bookings/fixtures.js';

const NOW = new Date('2025-06-02T10:00:00Z'); // Monday
const SLOT = { start: '2025-06-04T08:00:00Z', end: '2025-06-04T11:00:00Z' };

describe('webhook targets with WEBHOOK_ALLOW_PRIVATE off', () => {
  let t: TestApp;
  let listener: Server;
  let port: number;
  let connections = 0;
  beforeAll(async () => {
    t = await startApp({
      now: NOW.toISOString(),
      config: { webhooks: { maxAttempts: 3, timeoutMs: 3000, allowPrivate: false } },
    });
    listener = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    port = (listener.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => listener.close(resolve));
  });

  const register = (url: string) =>
    t
      .http()
      .post('/api/admin/webhooks')
      .set(auth(t.adminToken))
      .send({ url, events: ['booking.created'] });
  const deliveriesFor = async (webhookId: string, bookingId: string) =>
    (
      (await t.http().get(`/api/admin/webhooks/${webhookId}/deliveries`).set(auth(t.adminToken)).expect(200))
        .body as WebhookDelivery[]
    ).filter((d) => JSON.parse(d.body).data.booking.id === bookingId);
  const remove = (id: string) => t.http().delete(`/api/admin/webhooks/${id}`).set(auth(t.adminToken)).expect(204);

  it('refuses private, loopback, link-local and unspecified IP literals at registration, however they are written', async () => {
    const blocked: [host: string, range: string][] = [
      ['127.0.0.1', 'loopback'],
      ['[::1]', 'loopback'],
      ['169.254.169.254', 'linkLocal'],
      ['10.0.0.1', 'private'],
      ['172.16.0.1', 'private'],
      ['192.168.1.10', 'private'],
      ['100.64.0.1', 'carrierGradeNat'],
      ['[fd00::1]', 'uniqueLocal'],
      ['[fe80::1]', 'linkLocal'],
      ['0.0.0.0', 'unspecified'],
      ['[::]', 'unspecified'],
      ['[::ffff:127.0.0.1]', 'loopback'], // IPv4-mapped IPv6
      ['[::ffff:a9fe:a9fe]', 'linkLocal'], // 169.254.169.254, mapped and in hex
      ['[64:ff9b::a9fe:a9fe]', 'rfc6052'], // NAT64 of 169.254.169.254
      ['2130706433', 'loopback'], // decimal 127.0.0.1
      ['0177.0.0.1', 'loopback'], // octal
      ['0x7f.1', 'loopback'], // hex, shortened
    ];
    for (const [host, range] of blocked) {
      for (const scheme of ['http', 'https']) {
        const res = await register(`${scheme}://${host}:8443/hook`);
        const problem = expectProblem(res, 400);
        expect(problem.errors, `${scheme}://${host}`).toEqual([{ path: 'body.url', message: expect.any(String) }]);
        // over https the host is the reason; over http the scheme already is
        expect(problem.errors![0]!.message, `${scheme}://${host}`).toMatch(
          scheme === 'https' ? new RegExp(`a ${range} address`) : /must use https/,
        );
      }
    }
    const listed = (await t.http().get('/api/admin/webhooks').set(auth(t.adminToken)).expect(200)).body as {
      url: string;
    }[];
    expect(listed.filter((w) => w.url.includes(':8443/hook'))).toEqual([]);
  });

  it('requires https, and accepts host names (checked when delivering) and public addresses', async () => {
    const problem = expectProblem(await register('http://hooks.example.invalid/popdesk'), 400);
    expect(problem.errors).toEqual([
      { path: 'body.url', message: expect.stringMatching(/must use https.*WEBHOOK_ALLOW_PRIVATE/) },
    ]);
    const ok = await register('https://hooks.example.invalid/popdesk').expect(201);
    await remove(ok.body.id);
    // public addresses pass (not registered here: other test files' workers would try to reach them)
    for (const url of ['https://8.8.8.8/x', 'https://[2001:4860:4860::8888]/x', 'https://93.184.215.14:8443/x']) {
      expect(refusedTarget(new URL(url), false), url).toBeNull();
    }
    expect(refusedTarget(new URL('http://127.0.0.1:8080/x'), true)).toBeNull();
  });

  it('refuses at delivery a host name that resolves to loopback, logs why and never connects', async () => {
    const hook = (await register(`https://localhost:${port}/hook`).expect(201)).body as { id: string };
    try {
      const space = await createSpace(t, { desks: 1 });
      const user = await registerUser(t);
      const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
      const before = connections;
      await t.app.jobs.runAll(NOW);
      const [d] = await deliveriesFor(hook.id, b.id);
      // refused for good: asking again would be refused again
      expect(d).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: null });
      expect(d!.lastError).toMatch(
        /^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address \(set WEBHOOK_ALLOW_PRIVATE=true/,
      );
      expect(d!.log).toEqual([
        { at: NOW.toISOString(), statusCode: null, error: d!.lastError, durationMs: expect.any(Number) },
      ]);
      expect(connections).toBe(before);
    } finally {
      await remove(hook.id);
    }
  });

  it('refuses at delivery targets stored while the flag was on: an http URL, a private IP literal', async () => {
    const stored = await t.app.db
      .insert(webhooks)
      .values(
        [`http://127.0.0.1:${port}/plain`, `https://127.0.0.1:${port}/literal`].map((url) => ({
          url,
          events: ['booking.created'],
          secret: 'whsec_test',
          createdAt: NOW,
        })),
      )
      .returning();
    try {
      const space = await createSpace(t, { desks: 1 });
      const user = await registerUser(t);
      const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
      const before = connections;
      await t.app.jobs.runAll(NOW);
      const [plain] = await deliveriesFor(stored[0]!.id, b.id);
      const [literal] = await deliveriesFor(stored[1]!.id, b.id);
      expect(plain).toMatchObject({
        status: 'failed',
        attempts: 1,
        lastError: expect.stringMatching(/^refused: Webhook URLs must use https/),
      });
      expect(literal).toMatchObject({
        status: 'failed',
        attempts: 1,
        lastError: expect.stringMatching(/^refused: 127\.0\.0\.1 is a loopback address/),
      });
      expect(connections).toBe(before);
    } finally {
      for (const w of stored) await remove(w.id);
    }
  });

  it('postWebhook: refused without a connection when the guard is on, sent when it is off', async () => {
    const before = connections;
    const refused = await postWebhook(`https://localhost:${port}/x`, {}, '{}', {
      timeoutMs: 2000,
      allowPrivate: false,
    });
    expect(refused).toMatchObject({
      statusCode: null,
      refused: true,
      error: expect.stringMatching(/loopback address/),
    });
    expect(connections).toBe(before);
    // with the flag on the same target is connected to (and the TCP listener hangs up)
    const allowed = await postWebhook(`http://localhost:${port}/x`, {}, '{}', { timeoutMs: 2000, allowPrivate: true });
    expect(allowed).toMatchObject({ statusCode: null, refused: false, error: expect.any(String) });
    expect(connections).toBeGreaterThan(before);
  });
});

describe('address classification', () => {
  it('lets only public unicast addresses through', () => {
    for (const ip of ['8.8.8.8', '93.184.215.14', '2001:4860:4860::8888', '2a00:1450:4001:82b::200e'])
      expect(blockedRange(ip), ip).toBeNull();
    const blocked: Record<string, string> = {
      '127.0.0.2': 'loopback',
      '10.255.255.255': 'private',
      '172.31.0.1': 'private',
      '192.168.0.1': 'private',
      '169.254.0.1': 'linkLocal',
      '100.127.255.254': 'carrierGradeNat',
      '224.0.0.1': 'multicast',
      '255.255.255.255': 'broadcast',
      '192.0.2.1': 'reserved',
      '::1': 'loopback',
      'fc00::1': 'uniqueLocal',
      'fe80::abcd': 'linkLocal',
      'ff02::1': 'multicast',
      '::ffff:10.0.0.1': 'private',
      '2002:7f00:1::': '6to4',
      '2001:0:4136:e378::1': 'teredo',
      localhost: 'invalid',
    };
    for (const [ip, range] of Object.entries(blocked)) expect(blockedRange(ip), ip).toBe(range);
  });

  it('guardedLookup answers like dns.lookup for public addresses and refuses loopback names', async () => {
    const lookup = (host: string, options: { all?: boolean }) =>
      new Promise<{ err: Error | null; address: unknown; family?: number }>((resolve) =>
        guardedLookup(host, options, (err, address, family) => resolve({ err, address, family })),
      );
    expect(await lookup('8.8.8.8', {})).toEqual({ err: null, address: '8.8.8.8', family: 4 });
    expect(await lookup('2001:4860:4860::8888', { all: true })).toEqual({
      err: null,
      address: [{ address: '2001:4860:4860::8888', family: 6 }],
      family: undefined,
    });
    const local = await lookup('localhost', { all: true });
    expect(local.err).toBeInstanceOf(BlockedTargetError);
    expect(local.err!.message).toMatch(/^refused: localhost resolves to .*a loopback address/);
  });
});
