/**
 * One database handle for both engines: embedded PGlite (the zero-setup default) or PostgreSQL
 * through `pg` when DATABASE_URL is set. Both speak the same SQL and run the same migrations.
 */
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
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

export function openPool(url: string, max: number): PooledDb {
  const pool = newPool(url, max);
  return { db: drizzlePg({ client: pool, schema }), close: () => pool.end() };
}

/**
 * Whether `db` has a pool of connections (PostgreSQL through pg) to run statements side by side on,
 * not embedded PGlite's single one.
 */
export function hasConnectionPool(db: Db): boolean {
  return '$client' in db && db.$client instanceof pg.Pool;
}

function newPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', () => {});
  return pool;
}

async function openPostgres(url: string): Promise<Database> {
  const pool = newPool(url, 10);
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
    listen: (channel, onMessage, onState) => listenPostgres(url, channel, onMessage, onState),
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
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
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
    await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
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

/**
 * For the test suite: an in-memory database can start from a dump of an already migrated one
 * (`PGLITE_TEMPLATE`, a tar file the tests' global setup makes once), which skips PGlite's initdb
 * — three seconds of CPU for each of the many apps the tests start. Never used for a data directory.
 */
async function template(dbPath: string | undefined): Promise<{ loadDataDir?: Blob }> {
  const file = process.env.PGLITE_TEMPLATE;
  if (dbPath || !file) return {};
  return { loadDataDir: new Blob([await readFile(file)]) };
}

/** Writes a dump of a new, migrated in-memory database to `file` (see `template`). */
export async function writePgliteTemplate(file: string): Promise<void> {
  const client = await PGlite.create({ extensions: { btree_gist } });
  try {
    await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder: migrationsDir() });
    const dump = await client.dumpDataDir('none');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await client.close();
  }
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
  const client = await PGlite.create({
    ...(dbPath ? { dataDir: dbPath } : {}),
    ...(await template(dbPath)),
    extensions: { btree_gist },
  });
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
