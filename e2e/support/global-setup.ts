/**
 * Builds what is out of date (as `npm start` does), then starts `node server/dist/server.js`
 * on a free port with a fresh temporary DATA_DIR (always PGlite: DATABASE_URL is removed), no demo
 * data and a bootstrap admin, and stops it afterwards. Fails loudly when Chromium is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildStale } from '../../scripts/build-stamp.mjs';
import { ADMIN, CHROMIUM } from './constants';

const root = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });

async function waitUntilReady(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited (${child.exitCode}) before it was ready:\n${output()}`);
    try {
      const res = await fetch(`${url}/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not become ready within 60 s:\n${output()}`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}; the end-to-end tests need it. Install it with: apt-get install -y chromium`,
    );
  }
  // what changed since the last build, by the build stamps `npm start` uses (scripts/build-stamp.mjs)
  await buildStale(root, (message) => console.log(`[e2e] ${message}`));

  const dataDir = mkdtempSync(join(tmpdir(), 'popdesk-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED: 'false',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    // the browser tests register many people from one address
    REGISTER_MAX_PER_CLIENT: '10000',
    // the webhook test's receiver is a plain http server on 127.0.0.1, which the SSRF guard refuses otherwise
    WEBHOOK_ALLOW_PRIVATE: 'true',
    // e-mail and webhook deliveries go out within seconds, not the production minute
    SCHEDULER_INTERVAL_SECONDS: '2',
  };
  delete env.DATABASE_URL;
  delete env.JWT_SECRET;
  delete env.PUBLIC_URL;

  let log = '';
  const child = spawn(process.execPath, [join(root, 'server/dist/server.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, child, () => log);
  } catch (err) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
