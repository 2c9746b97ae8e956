/** With DATABASE_URL: start from an empty schema and migrate once, before any test file runs. */
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';

export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
  await client.end();
  const database = await openDatabase({ databaseUrl: url, dataDir: null });
  await database.migrate();
  await database.close();
}
