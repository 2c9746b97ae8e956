/**
 * One database handle for both engines: embedded PGlite (the zero-setup default) or PostgreSQL
 * through `pg` when DATABASE_URL is set. Both speak the same SQL and run the same migrations.
 *
 * Each engine's driver is loaded when a database of that kind is opened: the embedded default never
 * loads pg and drizzle's PostgreSQL driver (about 15 MB of memory and a few hundred milliseconds
 * of start-up).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import lockfile from 'proper-lockfile';
import { sql } from 'drizzle-orm';
import { migrationsDir } from '../lib/paths.js';
import type { Db } from './db.js';
import { schema } from './schema.js';

export type { Db, Tx } from './db.js';

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Applies committed migrations; safe to call from several processes at once on PostgreSQL. */
  migrate(): Promise<void>;
  ping(): Promise<void>;
  /**
   * LISTENs on a channel. `onState(false)` says notifications may be missed from now on (the
   * listening connection dropped); `onState(true)` that listening (re)started, after which
   * anything cached while down must be considered stale. Returns a function that stops listening.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onState: (listening: boolean) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export class DataDirLockedError extends Error {}

export async function openDatabase(opts: { databaseUrl: string | null; dataDir: string | null }): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(opts.dataDir);
}

/** A second pool of PostgreSQL connections (a read replica) as a `Db`. */
export interface PooledDb {
  db: Db;
  close(): Promise<void>;
}

export async function openPool(url: string, max: number): Promise<PooledDb> {
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = await newPool(url, max);
  return { db: drizzle({ client: pool, schema }), close: () => pool.end() };
}

/**
 * Whether `db` has a pool of connections (PostgreSQL through pg) to run statements side by side on,
 * not embedded PGlite's single one.
 */
export function hasConnectionPool(db: Db): boolean {
  // (a pg.Pool counts its connections; PGlite has no such thing — and pg need not be loaded to ask)
  return '$client' in db && typeof (db.$client as Partial<pg.Pool>).totalCount === 'number';
}

async function newPool(url: string, max: number): Promise<pg.Pool> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', () => {});
  return pool;
}

async function openPostgres(url: string): Promise<Database> {
  const [{ default: pg }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  const pool = await newPool(url, 10);
  const db = drizzlePg({ client: pool, schema });
  return {
    db,
    kind: 'postgres',
    async migrate() {
      // Several instances may start together: one migrates, the others wait for it.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(7723001)');
        await migratePg(drizzlePg({ client, schema }), { migrationsFolder: migrationsDir() });
      } finally {
        await client.query('select pg_advisory_unlock(7723001)').catch(() => {});
        client.release();
      }
    },
    async ping() {
      await pool.query('select 1');
    },
    listen: (channel, onMessage, onState) => listenPostgres(pg, url, channel, onMessage, onState),
    async close() {
      await pool.end();
    },
  };
}

/**
 * A dedicated connection that LISTENs (a pooled one could not: LISTEN belongs to a session). When
 * it drops, `onState(false)` and reconnect with backoff until stopped; `onState(true)` once
 * listening again.
 */
async function listenPostgres(
  driver: typeof pg,
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  onState: (listening: boolean) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let delayMs = 100;
  const connect = async (): Promise<void> => {
    const c = new driver.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    c.on('notification', (msg) => {
      if (msg.channel === channel) onMessage(msg.payload ?? '');
    });
    const lost = () => {
      if (client !== c) return;
      client = null;
      onState(false);
      c.end().catch(() => {});
      if (!stopped) schedule();
    };
    c.on('error', lost);
    c.on('end', lost);
    await c.connect();
    await c.query(`LISTEN ${driver.escapeIdentifier(channel)}`);
    if (stopped) {
      await c.end();
      return;
    }
    client = c;
    delayMs = 100;
    onState(true);
  };
  const schedule = () => {
    retry = setTimeout(() => {
      retry = null;
      connect().catch(() => {
        delayMs = Math.min(delayMs * 2, 5000);
        if (!stopped) schedule();
      });
    }, delayMs);
    retry.unref();
  };
  try {
    await connect();
  } catch {
    // The database is not reachable yet: keep trying in the background (caches stay off meanwhile).
    schedule();
  }
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const c = client;
    client = null;
    onState(false);
    await c?.end().catch(() => {});
  };
}

async function openPglite(dataDir: string | null): Promise<Database> {
  let release: (() => Promise<void>) | null = null;
  let dbPath: string | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    try {
      // PGlite is one process only: a second server on the same folder would corrupt it.
      release = await lockfile.lock(dataDir, {
        lockfilePath: join(dataDir, 'popdesk.lock'),
        stale: 15_000,
        update: 5_000,
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'ELOCKED') {
        throw new DataDirLockedError(
          `DATA_DIR ${dataDir} is in use by another PopDesk process. Embedded PGlite serves one process ` +
            'only: stop the other server, choose another DATA_DIR, or use PostgreSQL (DATABASE_URL) to run several.',
        );
      }
      throw err;
    }
    dbPath = join(dataDir, 'pglite');
  }
  // (loaded here, not at the top: a PostgreSQL installation never loads PGlite)
  const { pglitePackages, pgliteOptions, startingPoint } = await import('./pglite-setup.js');
  const { PGlite, drizzle: drizzlePglite, migrate: migratePglite } = await pglitePackages();
  const client = await PGlite.create({ ...(await pgliteOptions()), ...(await startingPoint(dbPath)) });
  const db = drizzlePglite({ client, schema });
  return {
    db,
    kind: 'pglite',
    async migrate() {
      await migratePglite(db, { migrationsFolder: migrationsDir() });
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async listen(channel, onMessage, onState) {
      // In-process: notifications arrive with the result of the statement that committed them.
      const unlisten = await client.listen(channel, onMessage);
      onState(true);
      return async () => {
        onState(false);
        await unlisten();
      };
    },
    async close() {
      await client.close();
      await release?.();
    },
  };
}
