/**
 * Start-up and memory of the embedded default (issue #20), against a built checkout:
 *
 *   first start   `npm start` on a fresh DATA_DIR with demo data, to /ready
 *   idle / peak   VmRSS of the server process ~5 s after that first start, and its VmHWM
 *   npm start     `npm start` when nothing changed (an existing DATA_DIR): no build, to /ready
 *   restart       VmRSS ~5 s after such a restart
 *   PostgreSQL    VmRSS ~5 s after a first start with DATABASE_URL (the same demo data), to compare
 *
 * Builds first what is stale (as `npm start` would), so that the runs measure starting, not
 * building. Every server gets a port of its own; processes and folders are removed afterwards.
 * Alone: `npx tsx server/bench/startup.ts` prints the rows. Env: BENCH_ADMIN_URL (PostgreSQL, as
 * bench/run.ts; a database popdesk_startup is made and dropped there).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildStale, repoRoot } from '../../scripts/build-stamp.mjs';
import type { BenchRow } from './bench-row.js';
import { freePort, log, memoryOf } from './processes.js';

const TARGETS = { startMs: 3000, firstStartMs: 5000, idleMb: 200, peakMb: 300 };
const SETTLE_MS = 5000;
const RESTARTS = 3;
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PG_DB = 'popdesk_startup';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const mb = (n: number) => `${Math.round(n)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The server under `npm start` (npm → sh → node scripts/start.mjs): the process running start.mjs. */
function serverPid(root: number): number | null {
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      // (not the `sh -c "node … scripts/start.mjs"` npm runs it through)
      if (/(^|\/)node$/.test(args[0] ?? '') && args.includes('scripts/start.mjs')) return pid;
    } catch {
      /* gone */
    }
    queue.push(...childrenOf(pid));
  }
  return null;
}

interface Started {
  child: ChildProcess;
  pid: number;
  readyMs: number;
  output: () => string;
}

/** Runs `npm start` in its own process group and waits for /ready. */
async function npmStart(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SHUTDOWN_DRAIN_SECONDS: '0',
    ...env,
  };
  // embedded PGlite unless this run asks for PostgreSQL
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv,
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${out}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`)).ok) {
        const readyMs = performance.now() - started;
        const pid = serverPid(child.pid!);
        if (!pid) throw new Error('no server process under npm start');
        return { child, pid, readyMs, output: () => out };
      }
    } catch (err) {
      if (err instanceof Error && err.message.startsWith('no server')) throw err;
      /* not listening yet */
    }
    await sleep(50);
  }
  await stop(child);
  throw new Error(`npm start did not become ready within 180 s:\n${out}`);
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid!, 'SIGTERM');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

/** Builds what `npm start` would build, so that the timed runs find nothing to do. */
/** A server measured ~5 s after /ready; stopped afterwards. */
async function measured(env: Record<string, string>) {
  const s = await npmStart(env);
  try {
    await sleep(SETTLE_MS);
    const mem = memoryOf(s.pid);
    const rebuilt = s.output().includes('Building what changed');
    return { readyMs: s.readyMs, rss: mem?.rss ?? NaN, peak: mem?.peak ?? NaN, rebuilt };
  } finally {
    await stop(s.child);
  }
}

async function postgresIdle(): Promise<BenchRow> {
  const measurement = 'PostgreSQL mode: server RSS idle after first start with demo data';
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (err) {
    return {
      measurement,
      result: 'not measured',
      note: `no PostgreSQL at BENCH_ADMIN_URL (${(err as Error).message})`,
    };
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${PG_DB}`;
  const dataDir = mkdtempSync(join(os.tmpdir(), 'popdesk-startup-pg-'));
  try {
    await admin.query(`drop database if exists ${PG_DB} with (force)`);
    await admin.query(`create database ${PG_DB}`);
    const run = await measured({ DATABASE_URL: url.toString(), DATA_DIR: dataDir });
    return { measurement, result: mb(run.rss), note: `peak ${mb(run.peak)}; first start ${secs(run.readyMs)}` };
  } finally {
    await admin.query(`drop database if exists ${PG_DB} with (force)`).catch(() => {});
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function measureStartup(): Promise<BenchRow[]> {
  await buildStale(repoRoot, (message) => log(`startup: ${message}`));
  const dataDir = mkdtempSync(join(os.tmpdir(), 'popdesk-startup-'));
  const env = { DATA_DIR: join(dataDir, 'data') };
  try {
    log('startup: npm start on a fresh DATA_DIR (demo data)');
    const first = await measured(env);
    const restarts = [];
    for (let i = 0; i < RESTARTS; i++) {
      log(`startup: npm start again, nothing changed (${i + 1}/${RESTARTS})`);
      restarts.push(await measured(env));
    }
    const rebuilt = [first, ...restarts].some((r) => r.rebuilt)
      ? 'an input changed during the run: npm start rebuilt (times include a build)'
      : undefined;
    const startMs = median(restarts.map((r) => r.readyMs));
    const restartRss = median(restarts.map((r) => r.rss));
    const conditions = `median of ${RESTARTS}; ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`;
    return [
      {
        measurement: '`npm start` on a built checkout, nothing changed, to /ready',
        result: secs(startMs),
        target: `≤ ${secs(TARGETS.startMs)}`,
        met: startMs <= TARGETS.startMs,
        note: rebuilt ?? conditions,
      },
      {
        measurement: 'first start on a fresh DATA_DIR with demo data, to /ready',
        result: secs(first.readyMs),
        target: `≤ ${secs(TARGETS.firstStartMs)}`,
        met: first.readyMs <= TARGETS.firstStartMs,
        note: rebuilt,
      },
      {
        measurement: 'PGlite: server RSS idle after first start with demo data',
        result: mb(first.rss),
        target: `≤ ${mb(TARGETS.idleMb)}`,
        met: first.rss <= TARGETS.idleMb,
      },
      {
        measurement: 'PGlite: server RSS peak during first start (VmHWM)',
        result: mb(first.peak),
        target: `≤ ${mb(TARGETS.peakMb)}`,
        met: first.peak <= TARGETS.peakMb,
      },
      {
        measurement: 'PGlite: server RSS idle after a restart (same DATA_DIR)',
        result: mb(restartRss),
        target: `≤ ${mb(TARGETS.idleMb)}`,
        met: restartRss <= TARGETS.idleMb,
        note: `peak ${mb(median(restarts.map((r) => r.peak)))}`,
      },
      await postgresIdle(),
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await measureStartup();
  console.table(rows);
}
