/**
 * The one data-access seam: a database handle type that does not say which driver runs (embedded
 * PGlite or PostgreSQL through `pg`, see client.ts), and the one way to read raw rows (and to run a
 * hot statement prepared once).
 */
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import type { schema } from './schema.js';

type Schema = typeof schema;

/**
 * What `execute` answers with on both drivers: PGlite's `Results` and pg's `QueryResult` both
 * carry the rows in `rows` (their other fields differ and nothing here needs them).
 */
export interface QueryResultHKT extends PgQueryResultHKT {
  type: QueryResult<this['row']>;
}

export interface QueryResult<Row> {
  rows: Row[];
}

/** A database: the top-level handle, a transaction or a savepoint in one (all are `Db`). */
export type Db = PgDatabase<QueryResultHKT, Schema>;

/** A transaction (or a savepoint inside one): what `db.transaction(async (tx) => …)` hands over. */
export type Tx = PgTransaction<QueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/**
 * The rows a raw SQL statement answers with, typed as the caller says they are (`T` may be an
 * interface: the mapped type makes it a plain record for drizzle's `execute`).
 */
export async function rows<T extends object>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute<{ [K in keyof T]: T[K] }>(query);
  return result.rows;
}

/** A statement compiled once (`prepared`), to run many times with different values (`runPrepared`). */
export interface Prepared {
  name: string;
  query: { sql: string; params: unknown[] };
}

const dialect = new PgDialect();

/**
 * Compiles a statement whose values are all `sql.placeholder`s, once: building drizzle SQL costs
 * CPU on every call, and on PostgreSQL the named statement is parsed and planned once per
 * connection (PGlite ignores the name).
 */
export const prepared = (name: string, statement: SQL): Prepared => ({ name, query: dialect.sqlToQuery(statement) });

/** Runs a prepared statement with its placeholders' values; the rows as the caller says they are. */
export async function runPrepared<T>(db: Db, statement: Prepared, values: Record<string, unknown>): Promise<T[]> {
  const result = (await db._.session
    .prepareQuery(statement.query, undefined, statement.name, false)
    .execute(values)) as {
    rows: T[];
  };
  return result.rows;
}
