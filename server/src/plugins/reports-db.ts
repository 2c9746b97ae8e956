/**
 * `app.reportsDb`: where the report queries run. REPORTS_DATABASE_URL names a read replica of the
 * PostgreSQL primary (streaming replication, a managed "read replica"): the monthly report and the
 * usage series, the heaviest reads, then leave the primary to bookings. Without it, the primary.
 *
 * A replica lags the primary by a moment, so a report may not yet show the last seconds' bookings;
 * reports are about past months and never feed a write, so that is fine. Authorisation (which
 * space, whose role) is still read from the primary.
 */
import fp from 'fastify-plugin';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Db } from '../db/client.js';
import { schema } from '../db/schema.js';

declare module 'fastify' {
  interface FastifyInstance {
    reportsDb: Db;
  }
}

export default fp(async (app) => {
  const url = app.config.reportsDatabaseUrl;
  if (!url) {
    app.decorate('reportsDb', app.db);
    return;
  }
  // a few connections: reports are rare and heavy (one roll-up may use REPORTS_PARALLEL of them)
  const pool = new pg.Pool({ connectionString: url, max: Math.max(4, app.config.reportsParallel + 2), connectionTimeoutMillis: 5000 });
  pool.on('error', () => {}); // an idle connection lost (replica restart) must not crash the process
  app.decorate('reportsDb', drizzle({ client: pool, schema }) as unknown as Db);
  app.addHook('onClose', async () => pool.end());
});
