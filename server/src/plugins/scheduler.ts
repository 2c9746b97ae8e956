/**
 * Background work inside the server (no external cron): no-show release and housekeeping. Each
 * job is a single idempotent statement, so it is safe after a restart, on either database, and
 * when several instances run it. Tests call `app.jobs.runAll(now)` with their own clock.
 */
import fp from 'fastify-plugin';
import { hasConnectionPool } from '../db/client.js';
import { releaseNoShows } from '../features/bookings/no-show.js';
import { purgeOldKeys } from '../features/bookings/idempotency.js';
import { queueReminders } from '../features/mail/booking-mail.js';
import { sendDueMail, type MailRun } from '../features/mail/worker.js';
import { deliverDueWebhooks, type WebhookRun } from '../features/webhooks/worker.js';
import { anonymiseExpiredBookings, purgeOldMessages } from '../features/privacy/retention.js';
import { fillSummaries } from '../features/reports/summaries.js';
import { usageSeries } from '../features/reports/usage.js';

declare module 'fastify' {
  interface FastifyInstance {
    jobs: {
      runAll(now?: Date): Promise<{
        noShows: number;
        anonymised: { people: number; bookings: number };
        purged: { mail: number; webhookDeliveries: number };
        reminders: number;
        mail: MailRun;
        webhooks: WebhookRun;
      }>;
    };
  }
}

/**
 * Retention reads every booking to find whose last one is older than the retention period (about
 * 8 s over 3.7 million bookings): it runs at most once an hour on each instance, not every minute.
 * A person is anonymised a little later than the day their period ends, never earlier; old
 * e-mails and webhook deliveries are deleted in the same hourly run.
 */
export const RETENTION_EVERY_MS = 3_600_000;

/** The report summaries of closed months are filled at start and then once a day (summaries.ts), on PostgreSQL. */
export const REPORT_SUMMARIES_EVERY_MS = 86_400_000;
const REPORT_SUMMARIES_DELAY_MS = 30_000;

export default fp(async (app) => {
  let running: Promise<unknown> | null = null;
  let retentionRanAt: number | null = null;
  const forgetMail = (ids: string[]) => app.mailer.transport.forget?.(ids) ?? Promise.resolve();
  const retention = async (now: Date) => {
    const at = now.getTime();
    // (a clock set back, as in tests, runs it again)
    if (retentionRanAt !== null && at >= retentionRanAt && at - retentionRanAt < RETENTION_EVERY_MS) {
      return { anonymised: { people: 0, bookings: 0 }, purged: { mail: 0, webhookDeliveries: 0 } };
    }
    const previous = retentionRanAt;
    retentionRanAt = at; // claimed before the await: a concurrent runAll does not start a second scan
    try {
      const anonymised = await anonymiseExpiredBookings(app.db, now, app.config.retentionMonths);
      const purged = await purgeOldMessages(app.db, now, app.config.messageRetentionDays, forgetMail);
      return { anonymised, purged };
    } catch (err) {
      retentionRanAt = previous; // failed: due again at the next tick
      throw err;
    }
  };
  const runAll = async (now = app.clock()) => {
    const noShows = await releaseNoShows(app.db, now, undefined, app.log);
    // said at once, not after the whole run: an instance that dies while sending mail has still told
    if (noShows > 0) app.log.info({ noShows }, 'released no-show bookings');
    await purgeOldKeys(app.db, now);
    await app.throttle.purgeExpired(app.config.login.windowMs, now);
    const { anonymised, purged } = await retention(now);
    // e-mail and webhooks: queue the day-before reminders, then send what is due (claimed with SKIP LOCKED)
    const reminders = await queueReminders(app.db, now);
    const mail = await sendDueMail(app.db, app.mailer.transport, app.config, now);
    const webhooks = await deliverDueWebhooks(app.db, app.config, now);
    // their changes also arrive as notifications; dropping the caches here makes them visible at once
    app.caches.clear();
    return { noShows, anonymised, purged, reminders, mail, webhooks };
  };
  app.decorate('jobs', { runAll });

  if (!app.config.runScheduler) return;
  const tick = () => {
    if (running) return; // never overlap runs
    running = runAll()
      .catch((err) => app.log.warn({ err }, 'background jobs failed; will retry'))
      .finally(() => (running = null));
  };
  let timer: NodeJS.Timeout | null = null;
  // report summaries: computed from the reports database, stored on the primary, a few spaces at a time
  let summaries: Promise<unknown> | null = null;
  let summariesTimer: NodeJS.Timeout | null = null;
  const closing = new AbortController(); // a fill stops between two batches when the server closes
  const fill = () => {
    if (summaries) return;
    const now = app.clock();
    summaries = fillSummaries(
      app.db,
      now,
      (spaceIds, from, to) => usageSeries(app.reportsDb, { spaceIds, from, to, now, store: app.db, log: app.log }),
      { signal: closing.signal },
    )
      .catch((err) => app.log.warn({ err }, 'filling report summaries failed; will retry'))
      .finally(() => (summaries = null));
  };
  app.addHook('onReady', async () => {
    tick(); // catch up with whatever fell due while the server was down
    timer = setInterval(tick, app.config.schedulerIntervalMs);
    timer.unref();
    // Not on embedded PGlite: its one connection holds every request behind each statement of the
    // fill (40 new spaces cost 31 s of CPU over a minute), and its installations are small enough
    // for a roll-up to compute what it lacks — and store it, so the next one reads summaries.
    if (!hasConnectionPool(app.db)) return;
    // a little after the start, so that it does not compete with the start itself
    summariesTimer = setTimeout(() => {
      fill();
      summariesTimer = setInterval(fill, REPORT_SUMMARIES_EVERY_MS);
      summariesTimer.unref();
    }, REPORT_SUMMARIES_DELAY_MS);
    summariesTimer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    if (summariesTimer) clearTimeout(summariesTimer); // (clears an interval as well)
    closing.abort();
    await running;
    await summaries;
  });
});
