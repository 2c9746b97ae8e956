/**
 * With DATABASE_URL, each vitest worker runs its files on a database of its own: a copy of the
 * migrated one that the global setup makes (`<database>_w<worker>`). Files of one worker run one
 * after the other, as they did on the one shared database; two workers never see each other's
 * rows, counters or background jobs. Runs as a setup file, before a test file is imported.
 */

/** Workers on PostgreSQL (the root vitest.config.ts runs two files at a time). */
export const POSTGRES_WORKERS = 2;

export const workerDatabaseName = (database: string, worker: number) => `${database}_w${worker}`;

const url = process.env.DATABASE_URL;
const worker = Number(process.env.VITEST_POOL_ID);
if (url && !process.env.POPDESK_WORKER_DATABASE && worker >= 1 && worker <= POSTGRES_WORKERS) {
  const own = new URL(url);
  own.pathname = `/${workerDatabaseName(own.pathname.slice(1), worker)}`;
  process.env.DATABASE_URL = own.toString();
  process.env.POPDESK_WORKER_DATABASE = '1';
}
