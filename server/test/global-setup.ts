/**
 * Once, before any test file runs. With DATABASE_URL: start from an empty schema, migrate, and
 * copy the result into one database per worker.
 * Without: make a migrated PGlite database once and dump it, so that every app the tests start
 * loads that dump instead of running PGlite's initdb again (PGLITE_TEMPLATE, see db/client.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { writePgliteDump } from '../src/db/pglite-setup.js';
import { POSTGRES_WORKERS, workerDatabaseName } from './worker-database.js';

export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(os.tmpdir(), 'popdesk-pglite-template-'));
    const file = join(dir, 'migrated.tar');
    await writePgliteDump(file);
    process.env.PGLITE_TEMPLATE = file;
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    'drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;',
  );
  await client.end();
  const database = await openDatabase({ databaseUrl: url, dataDir: null });
  await database.migrate();
  await database.close();
  // one copy of the migrated database per vitest worker (worker-database.ts points each worker at
  // its own), so that two files can run at once without sharing rows or background jobs
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const template = new URL(url).pathname.slice(1);
  for (let id = 1; id <= POSTGRES_WORKERS; id++) {
    const name = workerDatabaseName(template, id);
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}" template "${template}"`);
  }
  await admin.end();
}
