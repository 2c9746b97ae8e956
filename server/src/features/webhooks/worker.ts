/**
 * The webhook worker, run by the scheduler: POSTs due deliveries (signed), any 2xx counts as
 * delivered; anything else, a timeout or a network error is retried with backoff and logged. A
 * target the SSRF guard refuses (target-guard.ts) fails at once, with the reason in the log.
 */
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { nextRetry } from '../../lib/backoff.js';
import { postWebhook } from './send.js';
import { SIGNATURE_HEADER, sign } from './signature.js';
import { claimDueDeliveries, recordAttempt } from './webhooks-repo.js';

const BATCH = 50;
/** At most this many batches a run, so that one run ends; the next run goes on with the rest. */
const MAX_BATCHES = 20;
const LEASE_MS = 5 * 60_000;

/** Names under .invalid never resolve (RFC 2606): fail those at once, without asking DNS. */
const undeliverable = (url: string) => URL.canParse(url) && /(^|\.)invalid$/i.test(new URL(url).hostname);

export interface WebhookRun {
  delivered: number;
  retrying: number;
  failed: number;
}

export async function deliverDueWebhooks(
  db: Db,
  config: Pick<Config, 'webhooks' | 'retryBaseMs'>,
  now: Date,
): Promise<WebhookRun> {
  const run: WebhookRun = { delivered: 0, retrying: 0, failed: 0 };
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const claimed = await claimDueDeliveries(db, now, BATCH, LEASE_MS);
    await deliverBatch(db, config, now, claimed, run);
    if (claimed.length < BATCH) break;
  }
  return run;
}

async function deliverBatch(
  db: Db,
  config: Pick<Config, 'webhooks' | 'retryBaseMs'>,
  now: Date,
  claimed: Awaited<ReturnType<typeof claimDueDeliveries>>,
  run: WebhookRun,
): Promise<void> {
  await Promise.all(
    claimed.map(async ({ delivery, webhook }) => {
      const started = Date.now();
      if (undeliverable(webhook.url)) {
        await recordAttempt(
          db,
          delivery.id,
          { at: now.toISOString(), statusCode: null, error: 'reserved .invalid host', durationMs: 0 },
          { delivered: false, retryAt: null },
        );
        run.failed++;
        return;
      }
      const headers = {
        'Content-Type': 'application/json',
        'User-Agent': 'PopDesk-Webhooks/1',
        [SIGNATURE_HEADER]: sign(webhook.secret, delivery.body, now),
        'PopDesk-Event': delivery.event,
        'PopDesk-Delivery': delivery.id,
      };
      const { statusCode, error, refused } = await postWebhook(webhook.url, headers, delivery.body, config.webhooks);
      const delivered = error === null;
      // a refused target (SSRF guard) fails at once: retrying would ask to be refused again
      const retryAt =
        delivered || refused
          ? null
          : nextRetry(now, delivery.attempts, config.webhooks.maxAttempts, config.retryBaseMs);
      await recordAttempt(
        db,
        delivery.id,
        { at: now.toISOString(), statusCode, error, durationMs: Date.now() - started },
        { delivered, retryAt },
      );
      if (delivered) run.delivered++;
      else if (retryAt) run.retrying++;
      else run.failed++;
    }),
  );
}
