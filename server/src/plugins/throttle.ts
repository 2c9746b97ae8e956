/**
 * The throttle store (`app.throttle`) that login, registration and password changes count in:
 * PostgreSQL, or Redis when REDIS_URL is set (PostgreSQL standing in while Redis is down). Either
 * way it is shared by every API instance on the database.
 */
import fp from 'fastify-plugin';
import { postgresThrottleStore, withFallback, type ThrottleStore } from './throttle-store.js';
import { redisThrottleStore } from './redis-throttle-store.js';

declare module 'fastify' {
  interface FastifyInstance {
    throttle: ThrottleStore;
  }
}

/** At most one log line per this interval while Redis keeps failing (every login would log otherwise). */
const LOG_EVERY_MS = 60_000;

export default fp(async (app) => {
  const postgres = postgresThrottleStore(app.db);
  const { url, keyPrefix } = app.config.redis;
  if (!url) {
    app.decorate('throttle', postgres);
    return;
  }
  let lastLogged = 0;
  const report = (err: unknown, what: string) => {
    if (Date.now() - lastLogged < LOG_EVERY_MS) return;
    lastLogged = Date.now();
    app.log.error({ err }, what);
  };
  const redis = await redisThrottleStore({
    url,
    keyPrefix,
    onConnectionError: (err) => report(err, 'Redis connection failed; login throttling counts in PostgreSQL meanwhile'),
  });
  const store = withFallback(redis, postgres, (err) =>
    report(err, 'Redis unavailable; login throttling counts in PostgreSQL meanwhile'),
  );
  app.decorate('throttle', store);
  app.addHook('onClose', async () => store.close());
});
