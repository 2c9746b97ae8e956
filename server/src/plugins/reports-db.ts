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
import { openPool, type Db } from '../db/client.js';

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
  const replica = await openPool(url, Math.max(4, app.config.reportsParallel + 2));
  app.decorate('reportsDb', replica.db);
  app.addHook('onClose', async () => replica.close());
});
