/**
 * One database handle for both engines: embedded PGlite (the zero-setup default) or PostgreSQL
 * through `pg` when DATABASE_URL is set. Both speak the same SQL and run the same migrations.
 */
import { mkdirSync } from 'node:fs';
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
import { schema } from './schema.js';

export type Db = ReturnType<typeof drizzlePglite<typeof schema>>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Applies committed migrations; safe to call from several processes at once on PostgreSQL. */
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class DataDirLockedError extends Error {}

export async function openDatabase(opts: { databaseUrl: string | null; dataDir: string | null }): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(opts.dataDir);
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
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
    async close() {
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string | null): Promise<Database> {
  let release: (() => Promise<void>) | null = null;
  let dbPath: string | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    try {
      // PGlite is one process only: a second server on the same folder would corrupt it.
      release = await lockfile.lock(dataDir, { lockfilePath: join(dataDir, 'popdesk.lock'), stale: 15_000, update: 5_000 });
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
  const client = await PGlite.create({ ...(dbPath ? { dataDir: dbPath } : {}), extensions: { btree_gist } });
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
    async close() {
      await client.close();
      await release?.();
    },
  };
}
