/**
 * Storage limitation (GDPR Art. 5(1)(e)): RETENTION_MONTHS after a person's last booking in a
 * space ended, their bookings (and waitlist entries) there lose the link to them.
 *
 * The reports count unique and new users by `bookings.user_id` and split by `users.user_group`, so
 * the bookings are not unlinked to null but moved to a fresh anonymous "ghost" user row — no
 * name, e-mail or password, `erased_at` set, the same group — one per person and run. All of a
 * person's bookings in that space move together, which keeps every report exactly the same:
 * distinct users per month, groups, and "first booking in this space" (newUsers) are unchanged.
 *
 * Why "after the last booking" rather than "per booking older than N months": moving only the
 * old part of an active person's history to a ghost would make their first remaining month count
 * them as new again, and each later run would split a month across two ghosts — old reports
 * sent to the council would change after the fact. Someone who comes back after the retention
 * period counts as a new user in the month they return. Anyone can erase earlier with DELETE /api/me.
 */
import { randomBytes } from 'node:crypto';
// (one function per module: date-fns' index would load all of its few hundred at start-up)
import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import { and, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rows } from '../../db/db.js';
import { outbox, webhookDeliveries } from '../../db/schema.js';
import { purgeAuditBefore } from '../audit/audit-repo.js';

export const retentionCutoff = (now: Date, months: number) => subMonths(now, months);

export async function anonymiseExpiredBookings(
  db: Db,
  now: Date,
  months: number,
): Promise<{ people: number; bookings: number }> {
  const cutoff = retentionCutoff(now, months).toISOString();
  // (person, space) pairs whose last booking there ended before the cut-off; ghosts are skipped
  const pairs = await rows<{ userId: string; spaceId: string; group: string }>(
    db,
    sql`
    select b.user_id as "userId", b.space_id as "spaceId", u.user_group as "group"
    from bookings b join users u on u.id = b.user_id
    where u.erased_at is null
    group by b.user_id, b.space_id, u.user_group
    having max(b.end_at) < ${cutoff}
    order by b.user_id`,
  );
  let moved = 0;
  const ghosts = new Map<string, string>();
  for (const { userId, spaceId, group } of pairs) {
    await db.transaction(async (tx) => {
      // Every instance runs this job: lock the person, then look again. Another instance that got
      // here first has moved the bookings meanwhile (or the person came back, or erased the
      // account): then there is nothing left to do, and no ghost is made for nothing.
      // (two statements: the second one's snapshot is taken after the lock, so it sees their work)
      // (no key update: a booking's foreign-key check on the person does not have to wait for it)
      await tx.execute(sql`select 1 from users where id = ${userId} for no key update`);
      const still = await rows(
        tx,
        sql`
        select 1 from users u
        where u.id = ${userId} and u.erased_at is null
          and (select max(b.end_at) from bookings b where b.user_id = u.id and b.space_id = ${spaceId}) < ${cutoff}`,
      );
      if (still.length === 0) return;
      let ghost = ghosts.get(userId);
      if (!ghost) {
        const [created] = await rows<{ id: string }>(
          tx,
          sql`
          insert into users (email, name, password_hash, role, user_group, calendar_token, erased_at, tokens_valid_after)
          values (null, null, null, 'coworker', ${group}, ${`ghost-${randomBytes(24).toString('base64url')}`}, ${now.toISOString()}, ${now.toISOString()})
          returning id`,
        );
        ghost = created!.id;
        ghosts.set(userId, ghost);
      }
      const updated = await rows(
        tx,
        sql`
        update bookings set user_id = ${ghost},
          created_by = case when created_by = ${userId} then ${ghost}::uuid else null end
        where user_id = ${userId} and space_id = ${spaceId}
          and not exists (select 1 from bookings later where later.user_id = ${userId} and later.space_id = ${spaceId} and later.end_at >= ${cutoff})
        returning id`,
      );
      moved += updated.length;
      await tx.execute(
        sql`update waitlist_entries set user_id = ${ghost} where user_id = ${userId} and space_id = ${spaceId} and date < ${cutoff.slice(0, 10)}`,
      );
    });
  }
  // messages and the audit trail are not kept longer than the bookings they are about
  await db.execute(sql`delete from notifications where created_at < ${cutoff}`);
  await purgeAuditBefore(db, new Date(cutoff));
  return { people: ghosts.size, bookings: moved };
}

/** Rows deleted per statement, so a first run over a long history holds no lock for long. */
const PURGE_BATCH = 5_000;

/**
 * Messages are kept only as long as someone may need to look into a delivery (MESSAGE_RETENTION_DAYS):
 * sent and failed e-mails — they hold the address and the text — with the copies the transport
 * keeps (`forget`, the .eml files), and delivered or failed webhook deliveries (their log and
 * body). Queued ones still being tried are never touched, however old.
 */
export async function purgeOldMessages(
  db: Db,
  now: Date,
  days: number,
  forget?: (mailIds: string[]) => Promise<void>,
): Promise<{ mail: number; webhookDeliveries: number }> {
  const cutoff = subDays(now, days);
  const mail = await deleteInBatches(() => {
    const batch = db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(inArray(outbox.status, ['sent', 'failed']), lt(outbox.createdAt, cutoff)))
      .limit(PURGE_BATCH);
    return db.delete(outbox).where(inArray(outbox.id, batch)).returning({ id: outbox.id });
  }, forget);
  const deliveries = await deleteInBatches(() => {
    const batch = db
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(and(inArray(webhookDeliveries.status, ['delivered', 'failed']), lt(webhookDeliveries.createdAt, cutoff)))
      .limit(PURGE_BATCH);
    return db
      .delete(webhookDeliveries)
      .where(inArray(webhookDeliveries.id, batch))
      .returning({ id: webhookDeliveries.id });
  });
  return { mail, webhookDeliveries: deliveries };
}

/** Runs a delete of at most PURGE_BATCH rows until one deletes fewer; `each` hears every batch's ids. */
async function deleteInBatches(
  step: () => Promise<{ id: string }[]>,
  each?: (ids: string[]) => Promise<void>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const gone = await step();
    if (gone.length > 0) await each?.(gone.map((row) => row.id));
    total += gone.length;
    if (gone.length < PURGE_BATCH) return total;
  }
}
