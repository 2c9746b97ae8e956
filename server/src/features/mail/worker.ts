/** The mail worker, run by the scheduler: sends due messages, retries failures with backoff. */
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { nextRetry } from '../../lib/backoff.js';
import { parseMailbox, withOrganizer } from '../calendar/ics.js';
import { claimDueMail, markMailFailed, markMailSent, type Attachment, type OutboxRow } from './outbox-repo.js';
import { isUnrendered, renderedMail } from './deferred-mail.js';
import type { MailTransport } from './transport.js';

const BATCH = 50;
/** At most this many batches a run, so that one run ends; the next run goes on with the rest. */
const MAX_BATCHES = 20;
const LEASE_MS = 5 * 60_000;

export interface MailRun {
  sent: number;
  retrying: number;
  failed: number;
}

export async function sendDueMail(
  db: Db,
  transport: MailTransport,
  config: Pick<Config, 'mail' | 'retryBaseMs'>,
  now: Date,
): Promise<MailRun> {
  const run: MailRun = { sent: 0, retrying: 0, failed: 0 };
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const claimed = await claimDueMail(db, now, BATCH, LEASE_MS);
    for (const row of claimed) await sendOne(db, transport, config, now, row, run);
    if (claimed.length < BATCH) break;
  }
  return run;
}

async function sendOne(
  db: Db,
  transport: MailTransport,
  config: Pick<Config, 'mail' | 'retryBaseMs'>,
  now: Date,
  queued: OutboxRow,
  run: MailRun,
): Promise<void> {
  // a new booking's confirmation is rendered here, and kept as rendered with the attempt
  const row = renderedMail(queued);
  const rendered = isUnrendered(queued) ? row : undefined;
  try {
    await transport.send({
      id: row.id,
      from: config.mail.from,
      to: row.toAddress,
      subject: row.subject,
      text: row.body,
      // calendar invitations name their organizer: the sender of this very message
      attachments: (row.attachments as Attachment[]).map((a) => ({
        ...a,
        content: a.contentType.startsWith('text/calendar')
          ? withOrganizer(a.content, parseMailbox(config.mail.from))
          : a.content,
      })),
    });
    await markMailSent(db, row.id, transport.name, now, rendered);
    run.sent++;
  } catch (err) {
    const retryAt = nextRetry(now, row.attempts, config.mail.maxAttempts, config.retryBaseMs);
    await markMailFailed(db, row, err instanceof Error ? err.message : String(err), retryAt, rendered);
    if (retryAt) run.retrying++;
    else run.failed++;
  }
}
