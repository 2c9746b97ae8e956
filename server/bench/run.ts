/**
 * `npm run bench`: the API under load against the local PostgreSQL, every figure of one run on
 * one machine, printed as one table and written to docs/benchmarks.md.
 *
 *   baselines    bare Fastify "hello world" (own process; autocannon, 100 connections, pipelining 10)
 *                and raw `pg` INSERTs of non-overlapping bookings into the real bookings table
 *   availability one space-day, 100 connections: req/s, p50/p99, ratio to bare Fastify
 *   booking      distinct users over many desks and days: bookings/s, ratio to the raw inserts;
 *                then 200 clients fighting for 7 desks on one day (one winner per desk-slot, 0 overlaps)
 *   memory       RSS of the server process at the end of the load
 *   reports      server/bench/reports.ts (its database popdesk_bench is reused when present)
 *   PGlite       availability and booking creation on the embedded default
 *
 * Flags: --rebuild (re-generate popdesk_bench), --skip-reports, --skip-pglite, --skip-startup,
 * --skip-web, --cpu-prof (write
 * V8 CPU profiles of the server to server/bench/profiles/), --seconds=N (per load phase, default 10),
 * --no-write (do not touch docs/benchmarks.md).
 * Env: BENCH_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/test; used only to create the
 * bench databases popdesk_perf and popdesk_bench).
 *
 * The server runs as a child process from a bundle of src/server.ts (dist/bench-server.js), with
 * LOG_LEVEL=warn and a database of its own. All load goes to 127.0.0.1 and is bounded in time.
 */
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { repoRoot, staleness } from '../../scripts/build-stamp.mjs';
import type { BenchRow } from './bench-row.js';
import { freePort, log, memoryOf } from './processes.js';
import { measureStartup } from './startup.js';
import { measureWeb } from './web.js';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(serverDir, '..');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const flag = (name: string) => process.argv.includes(`--${name}`);
const SECONDS = Number(arg('seconds') ?? 10);
const CPU_PROF = flag('cpu-prof');
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PERF_DB = 'popdesk_perf';
const PERF_URL = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${PERF_DB}`;
  return u.toString();
})();

/**
 * The server's V8 flags, as `npm start` (package.json) and the Dockerfile give them: a bounded old
 * generation, so that garbage is collected rather than left to grow towards V8's default limit
 * (a quarter of this machine's 24 GB), which is what RSS would otherwise measure.
 */
const SERVER_NODE_ARGS = ['--max-old-space-size=192'];

/** Concurrency of the booking-creation load and of the raw-SQL baseline alike. */
const BOOKING_CONNECTIONS = 50;
const USERS = 200;
const SPACES = 10;
const DESKS_PER_SPACE = 7;
const HOURS = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
const ADMIN = { email: 'bench-admin@perf.popdesk.invalid', password: 'bench-admin-password' };
const USER_PASSWORD = 'bench-user-password';

// ---------------------------------------------------------------------------------------------
// processes

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

interface Server {
  base: string;
  child: ChildProcess;
}

async function startServer(label: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const nodeArgs = CPU_PROF
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${join(serverDir, 'bench', 'profiles')}`,
        `--cpu-prof-name=${label}-${Date.now()}.cpuprofile`,
      ]
    : [];
  const child = spawn(
    process.execPath,
    [...nodeArgs, ...SERVER_NODE_ARGS, '--enable-source-maps', join(serverDir, 'dist', 'bench-server.js')],
    {
      cwd: serverDir,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SEED: 'false',
        JWT_SECRET: randomBytes(36).toString('base64url'),
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000000',
        LOGIN_MAX_FAILURES_PER_CLIENT: '1000000',
        REGISTER_MAX_PER_CLIENT: '1000000',
        REGISTER_MAX_PER_ACCOUNT: '1000000',
        SCHEDULER_INTERVAL_SECONDS: '3600',
        ...env,
      },
    },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/ready`, child);
  return { base, child };
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers for the set-up (not timed)

async function api<T>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

async function must<T>(p: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const r = await p;
  if (r.status >= 300) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A UTC calendar date `days` after today. */
const dayFromToday = (days: number) =>
  new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + days))
    .toISOString()
    .slice(0, 10);

interface Fixture {
  adminToken: string;
  users: { id: string; token: string }[];
  /** desks of the spaces for the booking load */
  desks: { id: string; spaceId: string }[];
  /** the 7-desk space of the contention round and the availability reads */
  hot: { spaceId: string; desks: string[] };
}

async function makeSpace(base: string, token: string, name: string): Promise<{ spaceId: string; desks: string[] }> {
  const space = await must(
    api<{ id: string }>(
      base,
      'POST',
      '/api/spaces',
      { name, town: 'Benchtown', timezone: 'UTC', bookingHorizonDays: 366 },
      token,
    ),
    'create space',
  );
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' }));
  await must(api(base, 'PUT', `/api/spaces/${space.id}/opening-hours`, hours, token), 'opening hours');
  const desks: string[] = [];
  for (let k = 1; k <= DESKS_PER_SPACE; k++) {
    desks.push(
      (
        await must(
          api<{ id: string }>(base, 'POST', `/api/spaces/${space.id}/desks`, { name: `Desk ${k}` }, token),
          'create desk',
        )
      ).id,
    );
  }
  return { spaceId: space.id, desks };
}

async function setUp(base: string): Promise<Fixture> {
  const t0 = performance.now();
  const login = await must(api<{ token: string }>(base, 'POST', '/api/auth/login', ADMIN), 'admin login');
  const spaces = await Promise.all(
    Array.from({ length: SPACES }, (_, i) => makeSpace(base, login.token, `Bench space ${i + 1}`)),
  );
  const hot = await makeSpace(base, login.token, 'Contended space');
  // argon2 is slow on purpose (~50 ms a hash): register everyone before the timed phases
  const tag = randomBytes(4).toString('hex');
  const users: Fixture['users'] = [];
  for (let from = 0; from < USERS; from += 25) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(25, USERS - from) }, (_, j) =>
        must(
          api<{ token: string; user: { id: string } }>(base, 'POST', '/api/auth/register', {
            email: `bench-${tag}-${from + j}@perf.popdesk.invalid`,
            password: USER_PASSWORD,
            name: `Bench ${from + j}`,
          }),
          'register',
        ),
      ),
    );
    users.push(...batch.map((b) => ({ id: b.user.id, token: b.token })));
  }
  log(
    `set-up: ${SPACES + 1} spaces, ${(SPACES + 1) * DESKS_PER_SPACE} desks, ${USERS} users in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return {
    adminToken: login.token,
    users,
    desks: spaces.flatMap((s) => s.desks.map((id) => ({ id, spaceId: s.spaceId }))),
    hot,
  };
}

/**
 * The i-th booking of a load: desk i mod D, then the next hour, then the next day. Users are
 * i mod U with U ≥ D, so that no one holds two desks in the same hour and nothing overlaps.
 */
function slot(i: number, desks: Fixture['desks'], firstDay: number) {
  const desk = desks[i % desks.length]!;
  const h = Math.floor(i / desks.length);
  const day = dayFromToday(firstDay + Math.floor(h / HOURS.length));
  const hour = HOURS[h % HOURS.length]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { desk, userIndex: i % USERS, start: `${day}T${pad(hour)}:00:00Z`, end: `${day}T${pad(hour + 1)}:00:00Z` };
}

// ---------------------------------------------------------------------------------------------
// load phases

interface Load {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  other: number;
  errors: number;
}

function cannon(opts: autocannon.Options): Promise<Load> {
  return new Promise((resolve, reject) => {
    autocannon({ duration: SECONDS, ...opts }, (err, r) => {
      if (err) return reject(err);
      resolve({
        rps: r['2xx'] / r.duration,
        p50: r.latency.p50,
        p99: r.latency.p99,
        ok: r['2xx'],
        other: r.non2xx,
        errors: r.errors + r.timeouts,
      });
    });
  });
}

async function helloBaseline(): Promise<{ pipelined: Load; plain: Load }> {
  const child = fork(join(serverDir, 'bench', 'hello-server.mjs'), ['0'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve) =>
    child.once('message', (m) => resolve((m as { port: number }).port)),
  );
  try {
    const url = `http://127.0.0.1:${port}/`;
    await cannon({ url, connections: 100, pipelining: 10, duration: 2 }); // warm-up
    const pipelined = await cannon({ url, connections: 100, pipelining: 10 });
    const plain = await cannon({ url, connections: 100, pipelining: 1 });
    return { pipelined, plain };
  } finally {
    await stop(child);
  }
}

/** Raw INSERTs through pg, as many in flight as the API load has connections, into days far ahead. */
async function rawInsertBaseline(fx: Fixture): Promise<{ rate: number; errors: number }> {
  const pool = new pg.Pool({ connectionString: PERF_URL, max: BOOKING_CONNECTIONS });
  let next = 0;
  let done = 0;
  let errors = 0;
  const until = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  const worker = async () => {
    while (performance.now() < until) {
      const s = slot(next++, fx.desks, 400);
      const user = fx.users[s.userIndex]!;
      try {
        await pool.query(
          'insert into bookings (desk_id, space_id, user_id, start_at, end_at, created_by) values ($1, $2, $3, $4, $5, $3) returning *',
          [s.desk.id, s.desk.spaceId, user.id, s.start, s.end],
        );
        done++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: BOOKING_CONNECTIONS }, worker));
  const seconds = (performance.now() - t0) / 1000;
  await pool.end();
  return { rate: done / seconds, errors };
}

/**
 * Availability of one space-day with 100 connections, twice: with pipelining 10 — the very load of
 * the bare-Fastify baseline, so that their ratio compares like with like — and without pipelining,
 * where each request's latency is its own (the p99 that a person waiting for the page sees).
 */
async function availabilityLoad(base: string, fx: Fixture, date: string): Promise<{ pipelined: Load; plain: Load }> {
  const url = `${base}/api/spaces/${fx.hot.spaceId}/availability?date=${date}`;
  const probe = await api<{ desks: unknown[] }>(base, 'GET', url.slice(base.length));
  if (probe.status !== 200 || probe.body.desks.length !== DESKS_PER_SPACE)
    throw new Error(`availability probe: ${probe.status}`);
  await cannon({ url, connections: 100, duration: 2 }); // warm-up
  const pipelined = await cannon({ url, connections: 100, pipelining: 10 });
  const plain = await cannon({ url, connections: 100 });
  return { pipelined, plain };
}

async function bookingLoad(base: string, fx: Fixture, firstDay: number, seconds = SECONDS): Promise<Load> {
  let next = 0;
  return cannon({
    url: base,
    connections: BOOKING_CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/bookings',
        setupRequest: (req) => {
          const s = slot(next++, fx.desks, firstDay);
          return {
            ...req,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${fx.users[s.userIndex]!.token}` },
            body: JSON.stringify({ deskId: s.desk.id, start: s.start, end: s.end }),
          };
        },
      },
    ],
  });
}

interface Contention {
  winners: number;
  slots: number;
  conflicts: number;
  other: number;
  overlaps: number | null;
  slotsWithOneWinner: number | null;
}

/** 200 clients at once for 7 desks × 2 half-days: one winner per desk-slot, the rest 409. */
async function contentionRound(base: string, fx: Fixture, date: string, sqlCheck: boolean): Promise<Contention> {
  const halves = [
    [`${date}T08:00:00Z`, `${date}T13:00:00Z`],
    [`${date}T13:00:00Z`, `${date}T18:00:00Z`],
  ] as const;
  const statuses = await Promise.all(
    fx.users.map(async (u, i) => {
      const [start, end] = halves[Math.floor(i / fx.hot.desks.length) % 2]!;
      return (
        await api(base, 'POST', '/api/bookings', { deskId: fx.hot.desks[i % fx.hot.desks.length], start, end }, u.token)
      ).status;
    }),
  );
  const result: Contention = {
    winners: statuses.filter((s) => s === 201).length,
    slots: fx.hot.desks.length * halves.length,
    conflicts: statuses.filter((s) => s === 409).length,
    other: statuses.filter((s) => s !== 201 && s !== 409).length,
    overlaps: null,
    slotsWithOneWinner: null,
  };
  if (sqlCheck) {
    const client = new pg.Client({ connectionString: PERF_URL });
    await client.connect();
    try {
      const counting = `status in ('confirmed', 'checked_in')`;
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from bookings a join bookings b on a.id < b.id
           and (a.desk_id = b.desk_id or a.user_id = b.user_id)
           and tstzrange(a.start_at, a.end_at, '[)') && tstzrange(b.start_at, b.end_at, '[)')
         where a.${counting} and b.${counting}`,
      );
      result.overlaps = rows[0]!.n;
      const { rows: perSlot } = await client.query<{ n: number }>(
        `select count(*)::int as n from (select desk_id, start_at from bookings where space_id = $1 and ${counting}
           group by desk_id, start_at having count(*) = 1) s`,
        [fx.hot.spaceId],
      );
      result.slotsWithOneWinner = perSlot[0]!.n;
    } finally {
      await client.end();
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// databases

async function recreatePerfDatabase() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${PERF_DB} with (force)`);
    await admin.query(`create database ${PERF_DB}`);
  } finally {
    await admin.end();
  }
}

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version') as v");
    return rows[0]!.v;
  } finally {
    await client.end();
  }
}

interface ReportRow {
  name: string;
  median: string;
  target: string;
}

/** Runs bench/reports.ts in its own process and picks its result rows from the printed table. */
async function reportBench(): Promise<ReportRow[]> {
  const tsx = join(repoDir, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [join(serverDir, 'bench', 'reports.ts')], {
    cwd: serverDir,
    env: { ...process.env, ...(flag('rebuild') ? {} : { BENCH_KEEP: '1' }), BENCH_ADMIN_URL: ADMIN_URL },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    process.stdout.write(chunk);
  });
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  if (code !== 0) throw new Error(`bench/reports.ts exited with code ${code}`);
  return out
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| query') && !l.startsWith('| -'))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((c) => ({ name: c[1]!, median: c[2]!, target: c[7]! }));
}

// ---------------------------------------------------------------------------------------------
// the table

const f0 = (x: number) => Math.round(x).toLocaleString('en');
const ms = (x: number) => `${x.toFixed(1)} ms`;
/** "3 non-2xx, 1 errors" where a load had failures, else undefined */
const failures = (l: Load) => (l.other + l.errors ? `${l.other} non-2xx, ${l.errors} errors` : undefined);

/**
 * The availability targets of issue #20, the same on PostgreSQL and on PGlite (both are served
 * from the read cache): with the baseline's load at least this share of bare Fastify's rate, and
 * without pipelining a p99 of at most this many milliseconds.
 */
const AVAILABILITY_MIN_RATIO = 0.75;
const AVAILABILITY_MAX_P99_MS = 10;

/** Booking creation on PostgreSQL (issue #20): at least this share of the raw SQL inserts' rate. */
const BOOKING_MIN_RATIO = 0.7;

/** Booking creation on PGlite (issue #20): at least this rate, at most this p99. */
const PGLITE_BOOKING_MIN_RATE = 500;
const PGLITE_BOOKING_MAX_P99_MS = 100;

/** The two availability rows of one database ("PostgreSQL" or "PGlite"), with their targets. */
function availabilityRows(db: string, a: { pipelined: Load; plain: Load }, hello: { pipelined: Load; plain: Load }) {
  const ratio = a.pipelined.rps / hello.pipelined.rps;
  return [
    {
      measurement: `${db}: availability of one space-day, 100 connections, pipelining 10 (the baseline’s load)`,
      result: `${f0(a.pipelined.rps)} req/s`,
      p50: ms(a.pipelined.p50),
      p99: ms(a.pipelined.p99),
      ratio: `${ratio.toFixed(2)} of bare Fastify`,
      target: `ratio ≥ ${AVAILABILITY_MIN_RATIO.toFixed(2)}`,
      met: ratio >= AVAILABILITY_MIN_RATIO && !failures(a.pipelined),
      note: failures(a.pipelined),
    },
    {
      measurement: `${db}: availability of one space-day, 100 connections, no pipelining`,
      result: `${f0(a.plain.rps)} req/s`,
      p50: ms(a.plain.p50),
      p99: ms(a.plain.p99),
      ratio: `${(a.plain.rps / hello.plain.rps).toFixed(2)} of bare Fastify without pipelining`,
      target: `p99 ≤ ${AVAILABILITY_MAX_P99_MS} ms`,
      met: a.plain.p99 <= AVAILABILITY_MAX_P99_MS && !failures(a.plain),
      note: failures(a.plain),
    },
  ] satisfies BenchRow[];
}

/** A report row's median against its target ("< 100 ms", "< 2 s"). */
function reportRow(r: ReportRow): BenchRow {
  const limitMs = r.target.includes(' s') ? parseFloat(r.target.slice(2)) * 1000 : parseFloat(r.target.slice(2));
  return {
    measurement: `Reports: ${r.name}`,
    result: `${r.median} (median)`,
    target: r.target || undefined,
    met: r.target ? parseFloat(r.median) < limitMs : undefined,
  };
}

/** One markdown table: measurement, result, p50, p99, ratio, target, met (with the note, if any). */
function formatTable(rows: BenchRow[]): string {
  const metCell = (r: BenchRow) =>
    [r.met === undefined ? '' : r.met ? 'yes' : '**no**', r.note ? (r.met === undefined ? r.note : `(${r.note})`) : '']
      .filter(Boolean)
      .join(' ');
  const header = ['measurement', 'result', 'p50', 'p99', 'ratio', 'target', 'met'];
  const cells = rows.map((r) => [
    r.measurement,
    r.result,
    r.p50 ?? '',
    r.p99 ?? '',
    r.ratio ?? '',
    r.target ?? '',
    metCell(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.map(line)].join('\n');
}

/**
 * Further parts of the bench, each measuring in its own module and handing back its rows; they run
 * after the PostgreSQL and report phases and before the PGlite phase, in this order. A part that
 * throws costs its own rows only (one row says so).
 */
const parts: { name: string; skip: string; run: () => Promise<BenchRow[]> }[] = [
  // start-up and idle memory of `npm start` (bench/startup.ts builds what is stale first)
  { name: 'start-up and memory (bench/startup.ts)', skip: 'skip-startup', run: measureStartup },
  { name: 'the web app’s first load (bench/web.ts)', skip: 'skip-web', run: webPart },
];

/**
 * The web app's first load, measured in Chromium as a phone (bench/web.ts) against the bundled
 * server with its demo data (a fresh DATA_DIR) and the built SPA (built first when out of date).
 */
async function webPart(): Promise<BenchRow[]> {
  if (staleness(repoRoot, 'web').stale) {
    const built = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build-web.mjs')], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the web build failed');
  }
  const dataDir = mkdtempSync(join(os.tmpdir(), 'popdesk-bench-web-'));
  const server = await startServer('web', { DATA_DIR: dataDir, SEED: 'true' });
  try {
    return await measureWeb(server.base);
  } finally {
    await stop(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const started = new Date();
  log('bundling the server (dist/bench-server.js, with build.mjs as npm start does)');
  const bundled = spawnSync(process.execPath, [join(serverDir, 'build.mjs'), join('dist', 'bench-server.js')], {
    stdio: 'inherit',
  });
  if (bundled.status !== 0) throw new Error('build.mjs failed');

  const rows: BenchRow[] = [];

  log('baseline: bare Fastify hello world');
  const hello = await helloBaseline();
  rows.push(
    {
      measurement: 'Bare Fastify "hello world", 100 connections, pipelining 10',
      result: `${f0(hello.pipelined.rps)} req/s`,
      p50: ms(hello.pipelined.p50),
      p99: ms(hello.pipelined.p99),
      ratio: '1 (baseline)',
    },
    {
      measurement: 'Bare Fastify "hello world", 100 connections, no pipelining (context)',
      result: `${f0(hello.plain.rps)} req/s`,
      p50: ms(hello.plain.p50),
      p99: ms(hello.plain.p99),
      ratio: (hello.plain.rps / hello.pipelined.rps).toFixed(2),
    },
  );

  // --- PostgreSQL
  await recreatePerfDatabase();
  const pgVersion = await postgresVersion();
  const server = await startServer('postgres', { DATABASE_URL: PERF_URL });
  let memory: { rss: number; peak: number } | null = null;
  let pgResults: {
    avail: { pipelined: Load; plain: Load };
    book: Load;
    raw: { rate: number; errors: number };
    fight: Contention;
  };
  try {
    const fx = await setUp(server.base);
    log(`baseline: raw pg inserts, ${BOOKING_CONNECTIONS} in flight`);
    const raw = await rawInsertBaseline(fx);
    const tomorrow = dayFromToday(1);
    log('contention round: 200 clients, 7 desks, one day');
    const fight = await contentionRound(server.base, fx, tomorrow, true);
    log('availability of one space-day, 100 connections');
    const avail = await availabilityLoad(server.base, fx, tomorrow);
    log(`booking creation, ${BOOKING_CONNECTIONS} connections`);
    await bookingLoad(server.base, fx, 300, 2); // warm-up, into days the timed run does not use
    const book = await bookingLoad(server.base, fx, 2);
    memory = memoryOf(server.child.pid!);
    await new Promise((r) => setTimeout(r, 1000)); // let requests cut off at the end of the load finish
    pgResults = { avail, book, raw, fight };
  } finally {
    await stop(server.child);
  }
  const { avail, book, raw, fight } = pgResults;
  rows.push({
    measurement: `Raw SQL INSERT of bookings through pg, ${BOOKING_CONNECTIONS} in flight`,
    result: `${f0(raw.rate)} rows/s`,
    ratio: '1 (baseline)',
    note: raw.errors ? `${raw.errors} errors` : undefined,
  });
  rows.push(...availabilityRows('PostgreSQL', avail, hello));
  const bookRatio = book.rps / raw.rate;
  rows.push({
    measurement: `PostgreSQL: booking creation, ${USERS} users, ${SPACES * DESKS_PER_SPACE} desks, ${BOOKING_CONNECTIONS} connections`,
    result: `${f0(book.rps)} bookings/s`,
    p50: ms(book.p50),
    p99: ms(book.p99),
    ratio: `${bookRatio.toFixed(2)} of raw SQL`,
    target: `≥ ${BOOKING_MIN_RATIO.toFixed(2)}`,
    met: bookRatio >= BOOKING_MIN_RATIO,
    note: failures(book),
  });
  const fightOk =
    fight.winners === fight.slots &&
    fight.slotsWithOneWinner === fight.slots &&
    fight.conflicts === USERS - fight.slots &&
    fight.other === 0 &&
    fight.overlaps === 0;
  rows.push({
    measurement: `PostgreSQL: contention, ${USERS} clients for ${DESKS_PER_SPACE} desks × 2 half-days`,
    result: `${fight.winners} × 201, ${fight.conflicts} × 409, ${fight.other} other; ${fight.overlaps} overlaps in SQL`,
    target: `${fight.slots} winners, ${USERS - fight.slots} × 409, 0 overlaps`,
    met: fightOk,
  });
  rows.push({
    measurement: 'PostgreSQL: server RSS at the end of the load (peak)',
    result: memory ? `${f0(memory.rss)} MB (${f0(memory.peak)} MB)` : 'n/a',
    target: '< 250 MB',
    met: memory ? memory.rss < 250 : undefined,
  });

  // --- reports
  if (!flag('skip-reports')) {
    log('report benchmark (bench/reports.ts)');
    rows.push(...(await reportBench()).map(reportRow));
  }

  // --- further parts (other modules' rows)
  for (const part of parts) {
    if (flag(part.skip)) continue;
    log(part.name);
    try {
      rows.push(...(await part.run()));
    } catch (err) {
      rows.push({ measurement: part.name, result: 'failed', met: false, note: String(err) });
    }
  }

  // --- PGlite
  if (!flag('skip-pglite')) {
    const dataDir = mkdtempSync(join(os.tmpdir(), 'popdesk-bench-'));
    const lite = await startServer('pglite', { DATA_DIR: dataDir });
    try {
      const fx = await setUp(lite.base);
      const tomorrow = dayFromToday(1);
      const fightLite = await contentionRound(lite.base, fx, tomorrow, false);
      log('PGlite: availability, 100 connections');
      const a = await availabilityLoad(lite.base, fx, tomorrow);
      log(`PGlite: booking creation, ${BOOKING_CONNECTIONS} connections`);
      await bookingLoad(lite.base, fx, 300, 2);
      const b = await bookingLoad(lite.base, fx, 2);
      const mem = memoryOf(lite.child.pid!);
      await new Promise((r) => setTimeout(r, 1000));
      rows.push(...availabilityRows('PGlite', a, hello));
      rows.push({
        measurement: `PGlite: booking creation, ${BOOKING_CONNECTIONS} connections`,
        result: `${f0(b.rps)} bookings/s`,
        p50: ms(b.p50),
        p99: ms(b.p99),
        ratio: `${(b.rps / raw.rate).toFixed(2)} of raw SQL on PostgreSQL`,
        target: `≥ ${PGLITE_BOOKING_MIN_RATE}/s, p99 ≤ ${PGLITE_BOOKING_MAX_P99_MS} ms`,
        met: b.rps >= PGLITE_BOOKING_MIN_RATE && b.p99 <= PGLITE_BOOKING_MAX_P99_MS && !failures(b),
        note: failures(b),
      });
      rows.push({
        measurement: 'PGlite: contention round',
        result: `${fightLite.winners} × 201, ${fightLite.conflicts} × 409, ${fightLite.other} other`,
        target: `${fightLite.slots} winners, ${USERS - fightLite.slots} × 409`,
        met:
          fightLite.winners === fightLite.slots &&
          fightLite.conflicts === USERS - fightLite.slots &&
          fightLite.other === 0,
      });
      rows.push({
        measurement: 'PGlite: server RSS at the end of the load (peak, database included)',
        result: mem ? `${f0(mem.rss)} MB (${f0(mem.peak)} MB)` : 'n/a',
      });
    } finally {
      await stop(lite.child);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }

  const table = formatTable(rows);
  const cpus = os.cpus();
  const machine = [
    `Run ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${SECONDS} s per load phase, autocannon in the same process as this script, on the same machine.`,
    `Machine: ${cpus.length} CPUs (${cpus[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory, ${os.type()} ${os.release()}; Node.js ${process.version}; PostgreSQL ${pgVersion}; load average after the run ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}.`,
  ].join('\n');
  process.stdout.write(`\n${table}\n\n${machine}\n`);

  if (!flag('no-write')) {
    const docPath = join(repoDir, 'docs', 'benchmarks.md');
    const block = `<!-- bench:start (written by npm run bench) -->\n${table}\n\n${machine}\n<!-- bench:end -->`;
    const doc = existsSync(docPath)
      ? readFileSync(docPath, 'utf8')
      : '# Benchmarks\n\n<!-- bench:start -->\n<!-- bench:end -->\n';
    const updated = doc.replace(/<!-- bench:start[^]*?<!-- bench:end -->/, block);
    writeFileSync(docPath, updated);
    log(`written to ${docPath}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
