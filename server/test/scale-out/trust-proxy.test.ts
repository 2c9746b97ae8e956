/**
 * Behind a reverse proxy (the scaled-out setup: nginx in front of the instances), throttling must
 * count the client nginx saw, not whatever a client writes into X-Forwarded-For. TRUST_PROXY names
 * the proxies to believe; the addresses a proxy appends after them are the clients.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { testConfig } from '../harness.js';

describe('TRUST_PROXY', () => {
  it('takes true, false, or proxy addresses and subnets; anything else stops the start', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 172.16.0.0/12,10.0.0.7' }).trustProxy).toEqual([
      'loopback',
      '172.16.0.0/12',
      '10.0.0.7',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: '1' })).toThrow(ConfigError); // a hop count: Fastify would trust nobody
    expect(() => loadConfig({ TRUST_PROXY: 'nginx' })).toThrow(/TRUST_PROXY/);
  });

  it('sets REDIS_URL and its key prefix', () => {
    expect(loadConfig({}).redis).toEqual({ url: null, keyPrefix: 'popdesk:' });
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/2', REDIS_KEY_PREFIX: 'town:' }).redis).toEqual({
      url: 'redis://127.0.0.1:6379/2',
      keyPrefix: 'town:',
    });
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL/);
  });
});

describe('login throttling behind a proxy on 127.0.0.1 (TRUST_PROXY=loopback)', () => {
  // (built without the harness's admin login: that one comes from 127.0.0.1 itself, which other
  // test files on a shared database may have used up under this low limit)
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({
      config: testConfig({
        trustProxy: ['loopback'],
        login: { maxFailuresPerAccount: 100, maxFailuresPerClient: 3, windowMs: 15 * 60_000 },
      }),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app?.close());

  // a real connection from 127.0.0.1 (the "proxy"), so that the socket address is the loopback one
  const viaProxy = async (forwardedFor: string) =>
    (
      await fetch(`http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: JSON.stringify({ email: `guess-${randomUUID()}@test.popdesk`, password: 'wrong password!' }),
      })
    ).status;

  it('counts the address the proxy appended, whatever the client put in front of it', async () => {
    // nginx appends the address it saw ($proxy_add_x_forwarded_for); the first entries are the client's own claims
    const real = `198.51.100.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 3; i++) expect(await viaProxy(`203.0.113.${i}, ${real}`)).toBe(401);
    expect(await viaProxy(`203.0.113.99, ${real}`)).toBe(429);
    // another client behind the same proxy is not affected
    expect(await viaProxy(`203.0.113.99, 192.0.2.${Math.floor(Math.random() * 250)}`)).toBe(401);
  });
});
