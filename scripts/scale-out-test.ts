/**
 * Scale-out test against the built server (server/dist/server.js): three instances on one fresh
 * PostgreSQL database, as behind a load balancer. They start together (migrations and the admin
 * account once), take a concurrent booking load round-robin, and one is killed (SIGKILL) in the
 * middle of it. Then, in SQL and at a local webhook receiver:
 *   - no two counting bookings overlap, every booking answered 201 is stored (every cancel answered
 *     200 is cancelled);
 *   - the no-shows that fell due during the run are released, each once;
 *   - every stored booking queued its confirmation e-mail and its booking.created delivery once
 *     (every cancellation its cancellation and booking.cancelled once); each delivery reached the
 *     receiver at most once, and none is lost (delivered, or leased by the killed instance and due again);
 *   - failed logins are counted across the instances (in PostgreSQL, and in Redis with REDIS_URL);
 *   - the instances' read caches agree (a logout everywhere on one holds on the others).
 * The database is `<DATABASE_URL's database>_scale_<random>` on DATABASE_URL's server (default
 * postgres://postgres@127.0.0.1:5432/postgres), dropped at the end. Run: npx tsx scripts/scale-out-test.ts
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { Redis } from 'ioredis';
import { api, freePort, type Answer } from './lib/http.js';

const root = resolve(import.meta.dirname, '..');
const serverJs = join(root, 'server/dist/server.js');
const ADMIN = { email: 'scale-admin@test.popdesk', password: 'scale-admin-password' };
const PASSWORD = 'correct horse battery';
const ACCOUNT_LIMIT = 10;
const started = Date.now();
const results: { check: string; ok: boolean; detail: string }[] = [];

function record(check: string, ok: boolean, detail: string) {
  results.push({ check, ok, detail });
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${check} — ${detail}`);
}

// ---- server processes ----

interface Instance {
  name: string;
  child: ChildProcess;
  base: string;
  dataDir: string;
  log: () => string;
  exited: Promise<number | null>;
}

async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'popdesk-scale-'));
  let log = '';
  const child = spawn(process.execPath, [serverJs], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir, // (only the e-mail files land here: the database is PostgreSQL)
      SEED: 'false',
      LOG_LEVEL: 'info',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      JWT_SECRET: 'scale-out-test-secret-shared-by-every-instance',
      SCHEDULER_INTERVAL_SECONDS: '1',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      REGISTER_MAX_PER_CLIENT: '100000',
      LOGIN_MAX_FAILURES_PER_CLIENT: '100000',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: String(ACCOUNT_LIMIT),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited early (${child.exitCode}): ${log.slice(-2000)}`);
    try {
      if ((await fetch(`${base}/ready`)).ok) return { name, child, base, dataDir, log: () => log, exited };
    } catch {
      /* not yet */
    }
    await sleep(100);
  }
  throw new Error(`${name} did not become ready: ${log.slice(-2000)}`);
}

async function stopInstance(i: Instance) {
  if (i.child.exitCode === null && i.child.signalCode === null) i.child.kill('SIGTERM');
  await i.exited;
  rmSync(i.dataDir, { recursive: true, force: true });
}

/** The JSON log lines of an instance with this message. */
const logged = (i: Instance, msg: string) =>
  i
    .log()
    .split('\n')
    .filter((l) => l.includes(msg))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

// ---- HTTP ----

async function expectStatus(p: Promise<Answer>, status: number, what: string): Promise<Answer['body']> {
  const r = await p;
  if (r.status !== status) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/**
 * Round-robin over the instances, like the load balancer: one that has died is taken out (the
 * requests it had in flight are lost with it and count as not acknowledged).
 */
function balancer(instances: Instance[]) {
  let next = 0;
  const alive = (i: Instance) => i.child.exitCode === null && i.child.signalCode === null;
  return {
    pick(): Instance {
      for (let tries = 0; tries < instances.length; tries++) {
        const i = instances[next++ % instances.length]!;
        if (alive(i)) return i;
      }
      throw new Error('no instance left');
    },
  };
}

// ---- the scenario ----

// (this script checks the built server from outside, as an operator would: plain pg, not the server's db module)
const rowsOf = async <T extends pg.QueryResultRow>(client: pg.Client, text: string, values: unknown[] = []) =>
  (await client.query<T>(text, values)).rows;

async function main() {
  if (!existsSync(serverJs)) {
    console.log('== building the server');
    spawnSync('npm', ['run', 'build', '-w', 'server'], { cwd: root, stdio: 'inherit' });
  }
  const serverUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const dbName = `${serverUrl.pathname.slice(1) || 'postgres'}_scale_${randomUUID().slice(0, 8)}`;
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${dbName}`;
  const adminDb = new pg.Client({ connectionString: serverUrl.toString() });
  await adminDb.connect();
  await adminDb.query(`create database ${pg.escapeIdentifier(dbName)}`);
  console.log(`== scale-out test: 3 instances on PostgreSQL database ${dbName}`);

  // a webhook receiver counting what arrives, by delivery id
  const received = new Map<string, number>();
  const receiver = createHttpServer((req, res) => {
    const id = String(req.headers['popdesk-delivery']);
    received.set(id, (received.get(id) ?? 0) + 1);
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/popdesk`;

  const env = { DATABASE_URL: dbUrl.toString() };
  const instances: Instance[] = [];
  const extra: Instance[] = [];
  const sql = new pg.Client({ connectionString: dbUrl.toString() });
  try {
    // 1. three instances start at once on the empty database
    instances.push(...(await Promise.all(['A', 'B', 'C'].map((n) => startInstance(n, env)))));
    await sql.connect();
    const journal = JSON.parse(readFileSync(join(root, 'migrations/meta/_journal.json'), 'utf8')) as {
      entries: unknown[];
    };
    const [applied] = await rowsOf<{ n: number }>(sql, 'select count(*)::int as n from drizzle.__drizzle_migrations');
    const [admins] = await rowsOf<{ n: number }>(sql, 'select count(*)::int as n from users where lower(email) = $1', [
      ADMIN.email,
    ]);
    record(
      'started together',
      applied!.n === journal.entries.length && admins!.n === 1,
      `3 instances ready; ${applied!.n}/${journal.entries.length} migrations applied once, ${admins!.n} admin account`,
    );

    const [a, b, c] = instances as [Instance, Instance, Instance];
    const lb = balancer(instances);
    const admin = (await expectStatus(api(a.base, 'POST', '/api/auth/login', ADMIN), 200, 'admin login'))
      .token as string;
    await expectStatus(
      api(
        b.base,
        'POST',
        '/api/admin/webhooks',
        { url: receiverUrl, events: ['booking.created', 'booking.cancelled'], description: 'scale-out test' },
        admin,
      ),
      201,
      'webhook',
    );
    const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
    const makeSpace = async (name: string, desks: number, extraBody: Record<string, unknown>) => {
      const space = await expectStatus(
        api(lb.pick().base, 'POST', '/api/spaces', { name, town: 'Teststadt', timezone: 'UTC', ...extraBody }, admin),
        201,
        'space',
      );
      const deskIds: string[] = [];
      for (let i = 0; i < desks; i++)
        deskIds.push(
          (
            await expectStatus(
              api(lb.pick().base, 'POST', `/api/spaces/${space.id}/desks`, { name: `D${i + 1}` }, admin),
              201,
              'desk',
            )
          ).id,
        );
      await expectStatus(
        api(lb.pick().base, 'PUT', `/api/spaces/${space.id}/opening-hours`, allWeek, admin),
        200,
        'hours',
      );
      return { id: space.id as string, deskIds };
    };
    const load = await makeSpace('Last', 6, {});
    // (in a zone where it is about noon now: the no-show bookings below, from 50 s ago to 3 h ahead,
    // must lie within one local day — in UTC, a run shortly before midnight had no room for them)
    const noonOffset = 12 - new Date().getUTCHours(); // −11 … +12 hours from UTC
    const noonZone = `Etc/GMT${noonOffset > 0 ? '-' : '+'}${Math.abs(noonOffset)}`; // (POSIX signs: Etc/GMT-2 is UTC+2)
    const noShowSpace = await makeSpace('Check-in', 6, {
      checkInRequired: true,
      releaseAfterMinutes: 1,
      timezone: noonZone,
    });
    const users = await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const r = await expectStatus(
          api(lb.pick().base, 'POST', '/api/auth/register', {
            email: `u${i}-${randomUUID().slice(0, 6)}@test.popdesk`,
            password: PASSWORD,
            name: `U${i}`,
          }),
          201,
          'register',
        );
        return { id: r.user.id as string, token: r.token as string };
      }),
    );

    // 2. failed logins of one client (127.0.0.1) round-robin over the three: limited in total, not per instance
    const victim = `victim-${randomUUID()}@test.popdesk`;
    const burst = await Promise.all(
      Array.from({ length: 30 }, () =>
        api(lb.pick().base, 'POST', '/api/auth/login', { email: victim, password: 'wrong password!' }),
      ),
    );
    const after = await Promise.all(
      instances.map((i) => api(i.base, 'POST', '/api/auth/login', { email: victim, password: 'wrong password!' })),
    );
    const failedAt = burst.filter((r) => r.status === 401).length;
    const refusedAt = burst.filter((r) => r.status === 429).length;
    record(
      'login throttling across instances (PostgreSQL)',
      failedAt === ACCOUNT_LIMIT && refusedAt === 30 - ACCOUNT_LIMIT && after.every((r) => r.status === 429),
      `30 wrong passwords at once over A/B/C: ${failedAt}×401, ${refusedAt}×429 (limit ${ACCOUNT_LIMIT} in total); then 429 on each instance`,
    );

    // 3. caches: a logout everywhere on A holds on B and C at once
    const probe = users[0]!;
    for (const i of instances) await expectStatus(api(i.base, 'GET', '/api/me', undefined, probe.token), 200, 'me');
    await expectStatus(
      api(a.base, 'POST', '/api/me/logout-everywhere', undefined, probe.token),
      204,
      'logout everywhere',
    );
    let refusedEverywhere = false;
    const since = Date.now();
    while (!refusedEverywhere && Date.now() - since < 3000) {
      refusedEverywhere = (
        await Promise.all([b, c].map((i) => api(i.base, 'GET', '/api/me', undefined, probe.token)))
      ).every((r) => r.status === 401);
      if (!refusedEverywhere) await sleep(50);
    }
    record(
      'caches agree across instances',
      refusedEverywhere,
      `a token revoked on A is refused by B and C after ${Date.now() - since} ms`,
    );

    // 4. no-shows: bookings that started 50 s ago in a space releasing after 1 minute fall due in ~10 s
    const now = Date.now();
    const noShowIds: string[] = [];
    for (const [i, deskId] of noShowSpace.deskIds.entries()) {
      const u = users[i + 1]!;
      // (12:00–12:59 local time now, so both ends lie on today's local date, in one opening interval)
      const start = new Date(now - 50_000).toISOString();
      const end = new Date(now + 3 * 3_600_000).toISOString();
      noShowIds.push(
        (
          await expectStatus(
            api(lb.pick().base, 'POST', '/api/bookings', { deskId, start, end }, u.token),
            201,
            'no-show booking',
          )
        ).id,
      );
    }

    // 5. the booking load: 24 clients round-robin, cancelling now and then; SIGKILL of C in the middle
    const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const acknowledged: string[] = [];
    const cancelled: string[] = [];
    let attempts = 0;
    let lostConnections = 0;
    let stop = false;
    const client = async (u: { token: string }) => {
      const mine: string[] = [];
      while (!stop) {
        const target = lb.pick();
        try {
          if (mine.length > 0 && Math.random() < 0.15) {
            const id = mine.splice(Math.floor(Math.random() * mine.length), 1)[0]!;
            const r = await api(target.base, 'POST', `/api/bookings/${id}/cancel`, undefined, u.token);
            if (r.status === 200) cancelled.push(id);
            continue;
          }
          const hour = Math.floor(Math.random() * 23);
          const start = `${day}T${String(hour).padStart(2, '0')}:${Math.random() < 0.5 ? '00' : '30'}:00Z`;
          const end = new Date(Date.parse(start) + 3_600_000).toISOString();
          attempts++;
          const r = await api(
            target.base,
            'POST',
            '/api/bookings',
            { deskId: load.deskIds[Math.floor(Math.random() * load.deskIds.length)], start, end },
            u.token,
          );
          if (r.status === 201) {
            acknowledged.push(r.body.id);
            mine.push(r.body.id);
          }
        } catch {
          lostConnections++; // the killed instance: unanswered, so not acknowledged
        }
      }
    };
    const clients = users.slice(7).map(client);
    const loadStarted = Date.now();
    while (acknowledged.length < 20 && Date.now() - loadStarted < 20_000) await sleep(20);
    await sleep(1500);
    c.child.kill('SIGKILL');
    const killedAt = Date.now();
    await c.exited;
    await sleep(4000);
    stop = true;
    await Promise.all(clients);
    console.log(
      `  (load: ${attempts} booking attempts, ${acknowledged.length} acknowledged, ${cancelled.length} cancelled, C killed after ${((killedAt - loadStarted) / 1000).toFixed(1)} s, ${lostConnections} requests lost with it)`,
    );

    // 6. let the scheduler catch up: no-shows released, nothing left pending in the queues
    const waitFor = async (what: string, done: () => Promise<boolean>, ms: number) => {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        if (await done()) return true;
        await sleep(250);
      }
      console.log(`  (gave up waiting for ${what})`);
      return false;
    };
    await waitFor(
      'the no-show release',
      async () =>
        (await rowsOf(sql, `select 1 from bookings where id = any($1::uuid[]) and status = 'confirmed'`, [noShowIds]))
          .length === 0,
      30_000,
    );
    await waitFor(
      'the mail and webhook queues',
      async () =>
        (
          await rowsOf(
            sql,
            `select 1 from outbox where status = 'pending' union all select 1 from webhook_deliveries where status = 'pending'`,
          )
        ).length === 0,
      20_000,
    );

    // 7. the checks
    const overlaps = await rowsOf<{ a: string; b: string }>(
      sql,
      `select x.id as a, y.id as b from bookings x join bookings y on x.id < y.id
         and (x.desk_id = y.desk_id or x.user_id = y.user_id)
         and tstzrange(x.start_at, x.end_at) && tstzrange(y.start_at, y.end_at)
       where x.status in ('confirmed', 'checked_in') and y.status in ('confirmed', 'checked_in')`,
    );
    const stored = await rowsOf<{ id: string; status: string }>(
      sql,
      'select id, status from bookings where space_id = $1',
      [load.id],
    );
    const byId = new Map(stored.map((s) => [s.id, s.status]));
    const missing = acknowledged.filter((id) => !byId.has(id));
    const notCancelled = cancelled.filter((id) => byId.get(id) !== 'cancelled');
    record(
      'no overlapping bookings',
      overlaps.length === 0,
      `${overlaps.length} overlapping pairs among ${stored.length + noShowIds.length} bookings`,
    );
    record(
      'acknowledged bookings stored',
      missing.length === 0 && notCancelled.length === 0,
      `${acknowledged.length - missing.length}/${acknowledged.length} answered 201 are stored, ${cancelled.length - notCancelled.length}/${cancelled.length} answered 200 to cancel are cancelled (${stored.length - acknowledged.length} more stored whose answer died with C)`,
    );

    const noShowStatus = await rowsOf<{ status: string }>(
      sql,
      'select status from bookings where id = any($1::uuid[])',
      [noShowIds],
    );
    const releasedPerInstance = instances.map((i) =>
      logged(i, 'released no-show bookings').reduce((n, l) => n + Number(l.noShows), 0),
    );
    const releasedTotal = releasedPerInstance.reduce((n, x) => n + x, 0);
    record(
      'due no-shows released once',
      noShowStatus.every((s) => s.status === 'no_show') && releasedTotal === noShowIds.length,
      `${noShowStatus.filter((s) => s.status === 'no_show').length}/${noShowIds.length} are no_show; releases logged A/B/C: ${releasedPerInstance.join('/')} = ${releasedTotal}`,
    );

    // every booking of the load queued exactly one booking.created delivery and one confirmation; every cancellation one of each
    const queued = await rowsOf<{ kind: string; booking: string; n: number }>(
      sql,
      `select 'mail:' || kind as kind, booking_id::text as booking, count(*)::int as n from outbox where booking_id is not null group by 1, 2
       union all
       select 'hook:' || event, body::jsonb -> 'data' -> 'booking' ->> 'id', count(*)::int from webhook_deliveries group by 1, 2`,
    );
    const count = (kind: string, booking: string) =>
      queued.find((q) => q.kind === kind && q.booking === booking)?.n ?? 0;
    const allBookings = [...stored.map((s) => s.id), ...noShowIds];
    const cancelledStored = stored.filter((s) => s.status === 'cancelled').map((s) => s.id);
    const wrong = [
      ...allBookings.flatMap((id) =>
        count('mail:booking_confirmation', id) === 1 && count('hook:booking.created', id) === 1
          ? []
          : [`created ${id}`],
      ),
      ...cancelledStored.flatMap((id) =>
        count('mail:booking_cancellation', id) === 1 && count('hook:booking.cancelled', id) === 1
          ? []
          : [`cancelled ${id}`],
      ),
      ...queued.filter((q) => q.n > 1).map((q) => `${q.kind} ${q.booking} ×${q.n}`),
    ];
    record(
      'each notification queued once',
      wrong.length === 0,
      `${allBookings.length} bookings × (confirmation + booking.created), ${cancelledStored.length} cancellations × (cancellation + booking.cancelled)${wrong.length ? `; wrong: ${wrong.slice(0, 3).join(', ')}` : ''}`,
    );

    const deliveries = await rowsOf<{ id: string; status: string; leased_until: Date; attempts: number }>(
      sql,
      `select id, status, next_attempt_at as leased_until, attempts from webhook_deliveries`,
    );
    const delivered = deliveries.filter((d) => d.status === 'delivered');
    const leasedByC = deliveries.filter(
      (d) => d.status === 'sending' && d.leased_until.getTime() - 5 * 60_000 <= killedAt + 1000,
    );
    const duplicates = [...received.values()].filter((n) => n > 1).length;
    const unaccounted = deliveries.length - delivered.length - leasedByC.length;
    const mails = await rowsOf<{ status: string; leased_until: Date; attempts: number }>(
      sql,
      `select status, next_attempt_at as leased_until, attempts from outbox`,
    );
    const mailsSent = mails.filter((m) => m.status === 'sent' && m.attempts === 1).length;
    const mailsLeasedByC = mails.filter(
      (m) => m.status === 'sending' && m.leased_until.getTime() - 5 * 60_000 <= killedAt + 1000,
    ).length;
    record(
      'no delivery lost or doubled',
      duplicates === 0 &&
        unaccounted === 0 &&
        delivered.every((d) => received.get(d.id) === 1) &&
        mailsSent + mailsLeasedByC === mails.length,
      `${delivered.length} webhook deliveries received once each, ${leasedByC.length} leased by C when it died (due again when the lease ends), ${unaccounted} otherwise; ` +
        `e-mail: ${mailsSent} of ${mails.length} sent in one attempt, ${mailsLeasedByC} leased by C`,
    );

    // 8. the same throttling with REDIS_URL: three more instances counting in Redis
    if (process.env.REDIS_URL) {
      const prefix = `popdesk-scale-test:${randomUUID().slice(0, 8)}:`;
      extra.push(
        ...(await Promise.all(
          ['R1', 'R2', 'R3'].map((n) =>
            startInstance(n, { ...env, REDIS_URL: process.env.REDIS_URL!, REDIS_KEY_PREFIX: prefix }),
          ),
        )),
      );
      const rlb = balancer(extra);
      const email = `redis-victim-${randomUUID()}@test.popdesk`;
      const answers = await Promise.all(
        Array.from({ length: 30 }, () =>
          api(rlb.pick().base, 'POST', '/api/auth/login', { email, password: 'wrong password!' }),
        ),
      );
      const redis = new Redis(process.env.REDIS_URL);
      // the (account, client) counter: a hash of the e-mail and of the address, as the server keys it
      const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');
      const pairKey = `login:pair:${sha256(email.toLowerCase())}:${sha256('127.0.0.1')}`;
      const inRedis = Number(await redis.hget(`${prefix}throttle:${pairKey}`, 'count'));
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
      const inPostgres = (await rowsOf(sql, 'select 1 from login_throttle where key = $1', [pairKey])).length;
      const ok401 = answers.filter((r) => r.status === 401).length;
      record(
        'login throttling across instances (Redis)',
        ok401 === ACCOUNT_LIMIT &&
          answers.filter((r) => r.status === 429).length === 30 - ACCOUNT_LIMIT &&
          inRedis === 30 &&
          inPostgres === 0,
        `30 wrong passwords at once over R1/R2/R3: ${ok401}×401, ${30 - ok401}×429; counted ${inRedis} in Redis, ${inPostgres} rows in PostgreSQL`,
      );
    } else {
      console.log('  (REDIS_URL not set: the Redis throttling check is left out)');
    }
  } catch (err) {
    record('scenario', false, String((err as Error).stack ?? err));
  } finally {
    await Promise.all([...instances, ...extra].map(stopInstance));
    await sql.end().catch(() => {});
    receiver.close();
    await adminDb
      .query(`drop database if exists ${pg.escapeIdentifier(dbName)} with (force)`)
      .catch((e) => console.log(`  (could not drop ${dbName}: ${e})`));
    await adminDb.end();
  }

  const width = Math.max(...results.map((r) => r.check.length));
  console.log(`\n${'check'.padEnd(width)}  result  detail`);
  for (const r of results) console.log(`${r.check.padEnd(width)}  ${r.ok ? 'ok    ' : 'FAIL  '}  ${r.detail}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(
    `scale-out test: ${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error('scale-out test crashed:', err);
  process.exit(1);
});
