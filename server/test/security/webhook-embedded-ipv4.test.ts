/**
 * Webhook targets: every IPv6 form that embeds an IPv4 address is refused like the IPv4 address
 * would be (400 naming body.url, as for every refused target): IPv4-compatible ::/96
 * (`[::127.0.0.1]`), IPv4-mapped ::ffff:0:0/96, SIIT ::ffff:0:0:0/96, NAT64 64:ff9b::/96 and
 * 64:ff9b:1::/48, 6to4 2002::/16 and Teredo 2001::/32. WEBHOOK_ALLOW_PRIVATE is off here.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedRange } from '../../src/features/webhooks/target-guard.js';
import { auth, expectProblem, startApp, type TestApp } from '../harness.js';

/** [host as written in the URL, the range named in the refusal] */
const EMBEDDING: [string, string][] = [
  ['[::127.0.0.1]', 'ipv4Compatible'],
  ['[::10.0.0.1]', 'ipv4Compatible'],
  ['[::a9fe:a9fe]', 'ipv4Compatible'], // 169.254.169.254
  ['[::0:0:c0a8:101]', 'ipv4Compatible'], // 192.168.1.1
  ['[::ffff:127.0.0.1]', 'loopback'],
  ['[::ffff:10.0.0.1]', 'private'],
  ['[0:0:0:0:0:ffff:169.254.169.254]', 'linkLocal'],
  ['[::ffff:0:a00:1]', 'rfc6145'],
  ['[64:ff9b::10.0.0.1]', 'rfc6052'],
  ['[64:ff9b::127.0.0.1]', 'rfc6052'],
  ['[64:ff9b:1::a00:1]', 'rfc6052'],
  ['[64:ff9b:1:abcd::192.168.0.1]', 'rfc6052'],
  ['[2002:a00:1::1]', '6to4'], // 10.0.0.1
  ['[2002:7f00:1::]', '6to4'], // 127.0.0.1
  ['[2002:a9fe:a9fe::1]', '6to4'], // 169.254.169.254
  ['[2001:0:4136:e378:8000:63bf:f5ff:fffe]', 'teredo'], // client 10.0.0.1 (inverted)
  ['[2001::1]', 'teredo'],
];

/** A path of this file's own: on PostgreSQL the files share one database and its webhooks. */
const PATH = `/hook-${randomUUID()}`;

describe('webhook targets embedding an IPv4 address in IPv6', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ config: { webhooks: { maxAttempts: 3, timeoutMs: 3000, allowPrivate: false } } });
  });
  afterAll(() => t.close());

  const register = (url: string) =>
    t
      .http()
      .post('/api/admin/webhooks')
      .set(auth(t.adminToken))
      .send({ url, events: ['booking.created'] });

  it.each(EMBEDDING)('refuses https://%s/ at registration (%s)', async (host, range) => {
    const problem = expectProblem(await register(`https://${host}${PATH}`), 400);
    expect(problem.errors).toEqual([{ path: 'body.url', message: expect.stringContaining(`a ${range} address`) }]);
  });

  it('stores none of them, and still accepts a public IPv6 address', async () => {
    for (const [host] of EMBEDDING) await register(`https://${host}${PATH}`);
    const listed = (await t.http().get('/api/admin/webhooks').set(auth(t.adminToken)).expect(200)).body as {
      url: string;
    }[];
    expect(listed.filter((w) => w.url.includes(PATH))).toEqual([]);
    await register('https://[2001:4860:4860::8888]/public').expect(201);
  });
});

describe('the delivery-time check (addresses a host name resolves to)', () => {
  it('judges every embedding form the same as at registration', () => {
    for (const [host, range] of EMBEDDING) {
      const address = new URL(`https://${host}/`).hostname.slice(1, -1);
      expect(blockedRange(address), host).toBe(range);
    }
    expect(blockedRange('::7f00:1')).toBe('ipv4Compatible');
    expect(blockedRange('::')).toBe('unspecified');
    expect(blockedRange('::1')).toBe('loopback');
    expect(blockedRange('2606:4700:4700::1111')).toBeNull();
  });
});
