/**
 * The drain before a shutdown (server.ts sets `readiness.draining` on SIGTERM): /ready answers 503
 * problem+json so that the load balancer stops sending, while /health and the API still answer.
 * The real process (signal, drain period, exit 0) is tested in scripts/failure-tests.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { auth, expectProblem, startApp, type TestApp } from '../harness.js';

describe('shutdown drain', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('answers /ready 503 while draining; everything else is still served', async () => {
    expect((await t.http().get('/ready').expect(200)).body).toMatchObject({ status: 'ready' });
    t.app.readiness.draining = true;
    try {
      const problem = expectProblem(await t.http().get('/ready'), 503);
      expect(problem.type).toMatch(/\/shutting-down$/);
      expect((await t.http().get('/ready')).headers['retry-after']).toBe('5');
      await t.http().get('/health').expect(200);
      await t.http().get('/api/spaces').expect(200);
      await t.http().get('/api/me').set(auth(t.adminToken)).expect(200);
    } finally {
      t.app.readiness.draining = false;
    }
    await t.http().get('/ready').expect(200);
  });

  it('takes the drain period from SHUTDOWN_DRAIN_SECONDS (default 5 s, 0 allowed)', () => {
    expect(loadConfig({}).shutdownDrainMs).toBe(5000);
    expect(loadConfig({ SHUTDOWN_DRAIN_SECONDS: '0' }).shutdownDrainMs).toBe(0);
    expect(() => loadConfig({ SHUTDOWN_DRAIN_SECONDS: '-1' })).toThrow(/SHUTDOWN_DRAIN_SECONDS/);
  });
});
