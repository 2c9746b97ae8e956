/**
 * Report benchmark: builds a PostgreSQL database of its own (default 2,100 spaces × 7 desks × one
 * year of bookings, about 3.7 M rows, generated in SQL) and times the same functions the report
 * routes call:
 *   (a) one space-month report                  target < 100 ms, and independent of the number of spaces
 *   (b) one month's usage over all spaces,      target ≤ 300 ms and ≤ 1.5× a plain GROUP BY over the
 *       read through the summaries of closed    month's bookings (the baseline, timed in the same run)
 *       months (warm), and cold (computing and
 *       storing them first), and computed (no summaries: as before)
 *   (c) twelve months over all spaces           target ≤ 1.5 s (warm)
 *   (d) a year of one town (3 spaces)           target ≤ 50 ms (warm)
 * The year is 2025, so that every month of it is closed (summaries are kept for closed months only).
 *
 *   npm run bench:reports                       (2,100 spaces)
 *   BENCH_SPACES=100 npm run bench:reports      (the same per space, fewer spaces: compare (a))
 *   BENCH_ADMIN_URL=postgres://…/postgres       database used to create/drop the bench database
 *   BENCH_DB=popdesk_bench                      name of the bench database (dropped and re-created)
 *   BENCH_KEEP=1                                reuse an existing bench database of the same size and year
 *
 * `reportBenchRows()` returns the same measurements as BenchRow[] (bench/bench-row.ts), with targets.
 * It prints median, min and max wall time per query and the median CPU time of the database
 * backend (read from /proc when the server runs on this machine): on a shared machine wall time
 * includes waiting for a CPU, backend CPU time does not. docs/reports.md records a run.
 *
 * The bench database has every index of the schema but not the two exclusion constraints against
 * double bookings: they only guard writes (no report reads them), the generator never overlaps,
 * and building their multi-column GiST indexes over millions of rows would take far longer than
 * everything else together.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { openDatabase, type Db } from '../src/db/client.js';
import { schema } from '../src/db/schema.js';
import { monthlyReport } from '../src/features/reports/monthly-report.js';
import { usageSeries } from '../src/features/reports/usage.js';
import { listSpaces } from '../src/features/spaces/spaces-repo.js';
import { encodeAhead } from '../src/lib/encoded-json.js';
import type { BenchRow } from './bench-row.js';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SPACES = Number(arg('spaces') ?? process.env.BENCH_SPACES ?? 2100);
const DESKS = 7;
const USERS_PER_SPACE = 12;
const YEAR = 2025;
/** connections the roll-up over all spaces is split over, as the server does with REPORTS_PARALLEL */
const PARTS = Number(arg('parallel') ?? process.env.REPORTS_PARALLEL ?? 2);
const KEEP = process.argv.includes('--keep') || Boolean(process.env.BENCH_KEEP);
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DB_NAME = process.env.BENCH_DB ?? 'popdesk_bench';
const BENCH_URL = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();

const log = (msg: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)}  ${msg}\n`);

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await fn();
  log(`${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

async function recreateDatabase() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${DB_NAME} with (force)`);
    await admin.query(`create database ${DB_NAME}`);
  } finally {
    await admin.end();
  }
}

/** Everything in SQL: users, spaces, hours, closures, desks, a year of bookings, turned-away demand. */
async function generate(client: pg.Client) {
  await client.query(`set maintenance_work_mem = '512MB'`);
  await client.query(`set work_mem = '128MB'`);
  await timed('users, spaces, desks, hours, closures', async () => {
    await client.query(
      `insert into users (id, email, name, role, user_group, calendar_token)
       select md5('u' || i)::uuid, 'bench-' || i || '@bench.popdesk', 'Bench ' || i, 'coworker',
              (array['commuter','freelancer','employee_remote','municipal_staff','student','volunteer','other'])[1 + (i * 7919) % 7],
              md5('cal' || i)
       from generate_series(1, $1::int * ${USERS_PER_SPACE}) i`,
      [SPACES],
    );
    // mostly Berlin; some far-away zones; every tenth space a pop-up with a life inside the year
    await client.query(
      `insert into spaces (id, name, town, timezone, opens_on, closes_on, check_in_required)
       select md5('s' || i)::uuid, 'Bench space ' || i, 'Town ' || (i % 700),
              case when i % 50 = 0 then 'Pacific/Auckland' when i % 25 = 0 then 'America/New_York' else 'Europe/Berlin' end,
              case when i % 10 = 0 then date '${YEAR}-03-01' end, case when i % 10 = 0 then date '${YEAR}-10-31' end,
              i % 3 = 0
       from generate_series(1, $1::int) i`,
      [SPACES],
    );
    await client.query(
      `insert into desks (id, space_id, name, active_from)
       select md5('d' || i || '-' || k)::uuid, md5('s' || i)::uuid, 'Desk ' || k,
              case when k = ${DESKS} and i % 4 = 0 then date '${YEAR}-06-15' end
       from generate_series(1, $1::int) i cross join generate_series(1, ${DESKS}) k`,
      [SPACES],
    );
    // Mon–Fri 08:00–18:00; every fifth space 08:00–12:00 and 13:00–19:00; every seventh also Saturday 09:00–14:00
    await client.query(
      `insert into opening_hours (space_id, weekday, opens_minute, closes_minute)
       select md5('s' || i)::uuid, wd, o, c
       from generate_series(1, $1::int) i
       cross join generate_series(1, 6) wd
       cross join lateral (values (480, 1080, false), (480, 720, true), (780, 1140, true)) h(o, c, split)
       where (wd <= 5 and h.split = (i % 5 = 0)) or (wd = 6 and i % 7 = 0 and o = 480 and not h.split)`,
      [SPACES],
    );
    await client.query(`update opening_hours set opens_minute = 540, closes_minute = 840 where weekday = 6`);
    await client.query(
      `insert into closures (space_id, date, reason)
       select md5('s' || i)::uuid, d, 'Holiday'
       from generate_series(1, $1::int) i
       cross join unnest(array['${YEAR}-01-01','${YEAR}-04-05','${YEAR}-05-01','${YEAR}-10-03','${YEAR}-12-24','${YEAR}-12-25']::date[]) d`,
      [SPACES],
    );
  });

  // Bulk load without the booking indexes and exclusion constraints, then rebuild the indexes.
  const { rows: indexes } = await client.query<{ def: string; name: string }>(
    `select indexname as name, indexdef as def from pg_indexes
     where tablename = 'bookings' and indexname not in (select conname from pg_constraint where conrelid = 'bookings'::regclass)`,
  );
  const { rows: exclusions } = await client.query<{ name: string; def: string }>(
    `select conname as name, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'bookings'::regclass and contype = 'x'`,
  );
  for (const c of exclusions) await client.query(`alter table bookings drop constraint ${c.name}`);
  for (const i of indexes) await client.query(`drop index ${i.name}`);

  await timed('bookings (one year, in SQL)', () =>
    // Per desk, open day and opening interval: none (30 %), the whole interval (40 %), its first
    // half (15 %) or both halves (15 %). Users come from a pool of 12 per space, offset per desk and day, so
    // that no person ever holds two desks at once. 10 % are walk-in guests.
    client.query(
      `insert into bookings (desk_id, space_id, user_id, guest_name, start_at, end_at, status, created_at)
       select k.id, s.id,
              case when g.h % 10 = 0 then null else md5('u' || ((s.n - 1) * ${USERS_PER_SPACE} + 1 + (k.n + 7 * (d.day - date '${YEAR}-01-01')) % ${USERS_PER_SPACE}))::uuid end,
              case when g.h % 10 = 0 then 'Guest' end,
              (d.day + make_interval(mins => p.from_minute)) at time zone s.timezone,
              (d.day + make_interval(mins => p.to_minute)) at time zone s.timezone,
              case when g.h % 20 = 1 then 'cancelled' when g.h % 20 = 2 then 'no_show' when g.h % 20 < 12 then 'checked_in' else 'confirmed' end,
              (d.day::timestamp - interval '3 days') at time zone s.timezone
       from (select id, timezone, opens_on, closes_on, substr(name, 13)::int as n from spaces) s
       join (select id, space_id, substr(name, 6)::int as n, active_from from desks) k on k.space_id = s.id
       cross join generate_series(timestamp '${YEAR}-01-01', timestamp '${YEAR}-12-31', interval '1 day') d0
       cross join lateral (select d0::date as day) d
       join opening_hours oh on oh.space_id = s.id and oh.weekday = extract(isodow from d.day)
       cross join lateral (select abs(hashtext(s.id::text || k.n || d.day || oh.opens_minute)) as h) g
       cross join lateral (
         select oh.opens_minute as from_minute, oh.closes_minute as to_minute where g.h % 100 between 30 and 69
         union all select oh.opens_minute, (oh.opens_minute + oh.closes_minute) / 2 where g.h % 100 >= 70
         union all select (oh.opens_minute + oh.closes_minute) / 2, oh.closes_minute where g.h % 100 >= 85
       ) p
       where (s.opens_on is null or d.day between s.opens_on and s.closes_on)
         and (k.active_from is null or d.day >= k.active_from)
         and not exists (select 1 from closures c where c.space_id = s.id and c.date = d.day)`,
    ),
  );
  await timed('rebuild booking indexes', async () => {
    for (const i of indexes) await client.query(i.def);
  });
  log(`left out (write guards only): ${exclusions.map((c) => c.name).join(', ')}`);
  await timed('turned-away attempts and waitlist entries', async () => {
    await client.query(
      `insert into turned_away (space_id, desk_id, requested_start, requested_end, at)
       select s.id, null, t, t + interval '4 hours', t - interval '2 days'
       from spaces s cross join generate_series(timestamptz '${YEAR}-01-04 08:00Z', timestamptz '${YEAR}-12-28 08:00Z', interval '5 days') t`,
    );
    await client.query(
      `insert into waitlist_entries (space_id, user_id, date, status, created_at)
       select md5('s' || i)::uuid, md5('u' || ((i - 1) * ${USERS_PER_SPACE} + 1 + (extract(doy from d)::int % ${USERS_PER_SPACE})))::uuid, d::date,
              'notified', d - interval '1 day'
       from generate_series(1, $1::int) i cross join generate_series(timestamp '${YEAR}-01-06', timestamp '${YEAR}-12-20', interval '7 days') d`,
      [SPACES],
    );
  });
  // as autovacuum would: statistics, and a visibility map for index-only scans
  await timed('vacuum analyze', () => client.query('vacuum analyze'));
}

function median(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/**
 * CPU seconds the database backend has used so far (Linux, server on this machine), or null. The
 * machine may be shared: wall time then includes waiting for a CPU, backend CPU time does not.
 */
function backendCpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

interface Timing {
  median: number;
  min: number;
  max: number;
  cpu: number | null;
  runs: number;
}

/** CPU time of all these database backends together, in seconds (null if one cannot be read). */
function backendsCpuSeconds(pids: number[]): number | null {
  let total = 0;
  for (const pid of pids) {
    const cpu = backendCpuSeconds(pid);
    if (cpu === null) return null;
    total += cpu;
  }
  return total;
}

async function measure(
  runs: number,
  backendPids: () => Promise<number[]>,
  fn: (run: number) => Promise<unknown>,
  /** before each run (and the warm-up), not timed */
  prepare?: () => Promise<unknown>,
): Promise<Timing> {
  await prepare?.();
  await fn(-1); // warm-up: plans, caches, and every connection the work uses opened
  const pids = await backendPids();
  const times: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < runs; run++) {
    await prepare?.();
    const cpu0 = backendsCpuSeconds(pids);
    const t0 = performance.now();
    await fn(run);
    times.push(performance.now() - t0);
    const cpu1 = backendsCpuSeconds(pids);
    if (cpu0 !== null && cpu1 !== null) cpus.push((cpu1 - cpu0) * 1000);
  }
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    cpu: cpus.length ? median(cpus) : null,
    runs,
  };
}

interface Result {
  name: string;
  timing: Timing;
  target?: string;
  met?: boolean;
  ratio?: string;
}

/** Makes (or reuses, with BENCH_KEEP) the bench database and times every measurement. */
async function measureAll(): Promise<Result[]> {
  log(`bench database ${BENCH_URL.replace(/\/\/[^@]*@/, '//')} with ${SPACES} spaces × ${DESKS} desks, year ${YEAR}`);
  let fresh = true;
  if (KEEP) {
    const probe = new pg.Client({ connectionString: BENCH_URL });
    try {
      await probe.connect();
      const { rows } = await probe.query<{ n: number; year: number | null }>(
        `select (select count(*) from spaces)::int as n,
                (select extract(year from min(start_at))::int from bookings) as year`,
      );
      fresh = rows[0]?.n !== SPACES || rows[0]?.year !== YEAR;
    } catch {
      fresh = true;
    } finally {
      await probe.end().catch(() => {});
    }
  }
  if (fresh) {
    await recreateDatabase();
    const database = await openDatabase({ databaseUrl: BENCH_URL, dataDir: null });
    await database.migrate();
    await database.close();
    const client = new pg.Client({ connectionString: BENCH_URL });
    await client.connect();
    try {
      await timed('data generated in', () => generate(client));
    } finally {
      await client.end();
    }
  }

  const client = new pg.Client({ connectionString: BENCH_URL });
  await client.connect();
  const { rows: counts } = await client.query<{ bookings: number; spaces: number }>(
    'select (select count(*) from bookings)::int as bookings, (select count(*) from spaces)::int as spaces',
  );
  const { rows: ids } = await client.query<{ id: string }>('select id from spaces order by id');
  const { rows: town } = await client.query<{ id: string }>(
    `select id from spaces where town = (select town from spaces order by town limit 1) order by id`,
  );
  await client.end();
  log(`${counts[0]!.spaces} spaces, ${counts[0]!.bookings.toLocaleString('en')} bookings`);

  // the pool's connections stay open, so that the CPU time of their backends can be read around each run
  const pool = new pg.Pool({
    connectionString: BENCH_URL,
    max: Math.max(PARTS, 1) + 1,
    idleTimeoutMillis: 0,
    application_name: 'popdesk-bench-reports',
  });
  const db: Db = drizzle({ client: pool, schema });
  const backends = async () => {
    const { rows } = await pool.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = current_database() and application_name = 'popdesk-bench-reports'`,
    );
    return rows.map((r) => r.pid);
  };
  const pick = (run: number) => ids[((run + 1) * 7919) % ids.length]!.id;
  const month = `${YEAR}-06`;
  const year = { from: `${YEAR}-01`, to: `${YEAR}-12` };
  const now = new Date(); // every month of YEAR is closed
  const usage =
    (spaceIds: string[] | null, from: string, to: string, parts: number, summaries = true) =>
    () =>
      usageSeries(db, { spaceIds, from, to, parts, now, summaries, store: summaries ? db : undefined });
  const forget = () => pool.query('truncate report_month_figures');
  // the baseline of the 1.5× target: the plain aggregate over the same month's bookings
  const plain = () =>
    pool.query(
      `select space_id, count(*), sum(extract(epoch from end_at - start_at)) from bookings
       where start_at >= $1::timestamptz and start_at < $2::timestamptz group by space_id`,
      [`${month}-01T00:00:00Z`, `${YEAR}-07-01T00:00:00Z`],
    );

  const results: Result[] = [];
  const add = (name: string, timing: Timing, target?: { text: string; max: number }) => {
    results.push({
      name,
      timing,
      target: target?.text,
      met: target ? timing.median <= target.max : undefined,
    });
    return timing;
  };
  add(
    `(a) monthly report, one space, ${month}`,
    await measure(30, backends, (run) => monthlyReport(db, pick(run), month)),
    {
      text: '< 100 ms',
      max: 100,
    },
  );
  const baseline = add(`plain GROUP BY over ${month}'s bookings (baseline)`, await measure(9, backends, plain));
  add(
    `usage, all spaces, ${month}, computed (no summaries)`,
    await measure(3, backends, usage(null, month, month, PARTS, false)),
  );
  add(
    `usage, all spaces, ${month}, cold (computing, storing summaries)`,
    await measure(3, backends, usage(null, month, month, PARTS), forget),
  );
  const warm = await measure(9, backends, usage(null, month, month, PARTS));
  results.push({
    name: `(b) usage, all spaces, ${month}, warm (summaries)`,
    timing: warm,
    target: '≤ 300 ms, ≤ 1.5× baseline',
    ratio: `${(warm.median / baseline.median).toFixed(2)} of the plain GROUP BY`,
    met: warm.median <= 300 && warm.median <= 1.5 * baseline.median,
  });
  add(
    `usage, all spaces, ${year.from}..${year.to}, computed (no summaries)`,
    await measure(1, backends, usage(null, year.from, year.to, PARTS, false)),
  );
  add(
    `usage, all spaces, ${year.from}..${year.to}, cold (computing, storing summaries)`,
    await measure(1, backends, usage(null, year.from, year.to, PARTS), forget),
  );
  add(
    `(c) usage, all spaces, ${year.from}..${year.to}, warm (summaries)`,
    await measure(5, backends, usage(null, year.from, year.to, PARTS)),
    {
      text: '≤ 1.5 s',
      max: 1500,
    },
  );
  const townIds = town.map((r) => r.id);
  add(
    `usage, one town (${townIds.length} spaces), ${year.from}..${year.to}, computed`,
    await measure(5, backends, usage(townIds, year.from, year.to, 1, false)),
  );
  add(
    `(d) usage, one town (${townIds.length} spaces), ${year.from}..${year.to}, warm (summaries)`,
    await measure(10, backends, usage(townIds, year.from, year.to, 1)),
    {
      text: '≤ 50 ms',
      max: 50,
    },
  );
  const series = await usage(null, year.from, year.to, PARTS)();
  const json = await encodeAhead(JSON.stringify(series));
  log(
    `usage ${year.from}..${year.to}, all spaces: ${(Buffer.byteLength(json.json) / 1048576).toFixed(1)} MB JSON, ${(json.br.length / 1048576).toFixed(1)} MB brotli-compressed`,
  );
  // the public space list (GET /api/spaces): every space with its hours and coming closures, one query
  add(`space list, all ${counts[0]!.spaces} spaces`, await measure(10, backends, () => listSpaces(db, new Date())));
  const list = await encodeAhead(JSON.stringify(await listSpaces(db, new Date()))); // as the route sends it
  log(
    `space list: ${(Buffer.byteLength(list.json) / 1024).toFixed(0)} KB JSON, ${(list.br.length / 1024).toFixed(0)} KB sent brotli-compressed`,
  );
  await pool.end();
  return results;
}

const ms = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} ms`);

/** The report measurements as rows of `npm run bench`'s table. */
export async function reportBenchRows(): Promise<BenchRow[]> {
  return (await measureAll()).map((r) => ({
    measurement: `reports: ${r.name}`,
    result: `${ms(r.timing.median)} (median of ${r.timing.runs}; db CPU ${ms(r.timing.cpu)})`,
    ratio: r.ratio,
    target: r.target,
    met: r.met,
  }));
}

async function main() {
  const results = await measureAll();
  const rowsOut = results.map((r) => [
    r.name,
    ms(r.timing.median),
    ms(r.timing.min),
    ms(r.timing.max),
    ms(r.timing.cpu),
    String(r.timing.runs),
    r.target ?? '',
    r.ratio ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'no',
  ]);
  const header = ['query', 'median', 'min', 'max', 'db CPU (median)', 'runs', 'target', 'ratio', 'met'];
  const widths = header.map((h, i) => Math.max(h.length, ...rowsOut.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  process.stdout.write(
    `\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${rowsOut.map(line).join('\n')}\n`,
  );
  process.stdout.write(`\n${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load average ${load}\n`);
}

// the CLI (npm run bench:reports); imported, it only exports reportBenchRows
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
