/**
 * Background work inside the server (no external cron): no-show release and housekeeping. Each
 * job is a single idempotent statement, so it is safe after a restart, on either database, and
 * when several instances run it. Tests call `app.jobs.runAll(now)` with their own clock.
 */
import fp from 'fastify-plugin';
import { releaseNoShows } from '../features/bookings/no-show.js';
import { purgeOldKeys } from '../features/bookings/idempotency.js';
import { purgeExpired } from '../features/accounts/login-throttle.js';

declare module 'fastify' {
  interface FastifyInstance {
    jobs: { runAll(now?: Date): Promise<{ noShows: number }> };
  }
}

export default fp(async (app) => {
  let running: Promise<unknown> | null = null;
  const runAll = async (now = app.clock()) => {
    const noShows = await releaseNoShows(app.db, now);
    await purgeOldKeys(app.db, now);
    await purgeExpired(app.db, app.config.login.windowMs, now);
    return { noShows };
  };
  app.decorate('jobs', { runAll });

  if (!app.config.runScheduler) return;
  const tick = () => {
    if (running) return; // never overlap runs
    running = runAll()
      .then((r) => r.noShows > 0 && app.log.info({ noShows: r.noShows }, 'released no-show bookings'))
      .catch((err) => app.log.warn({ err }, 'background jobs failed; will retry'))
      .finally(() => (running = null));
  };
  let timer: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    tick(); // catch up with whatever fell due while the server was down
    timer = setInterval(tick, app.config.schedulerIntervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });
});
