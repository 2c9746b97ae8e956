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
import { randomBytes, randomUUID } from 'node:crypto';
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
  const pairs = await rows<ExpiredPair>(
    db,
    sql`
    select b.user_id as "userId", b.space_id as "spaceId"
    from bookings b join users u on u.id = b.user_id
    where u.erased_at is null
    group by b.user_id, b.space_id
    having max(b.end_at) < ${cutoff}
    order by b.user_id`,
  );
  let moved = 0;
  let people = 0;
  // a batch of people per transaction (a first run over a long history meets thousands; one
  // transaction each cost a first start of the demo 1.5 s), all pairs of a person in one batch
  for (const batch of batchesOfPeople(pairs, ANONYMISE_BATCH)) {
    const done = await db.transaction((tx) => anonymiseBatch(tx, batch, cutoff, now));
    moved += done.bookings;
    people += done.people;
  }
  // messages and the audit trail are not kept longer than the bookings they are about
  await db.execute(sql`delete from notifications where created_at < ${cutoff}`);
  await purgeAuditBefore(db, new Date(cutoff));
  return { people, bookings: moved };
}

/** People per transaction of anonymiseExpiredBookings. */
const ANONYMISE_BATCH = 200;

interface ExpiredPair {
  userId: string;
  spaceId: string;
}

/** `pairs` (ordered by person) cut into runs of at most `size` people, a person's pairs together. */
function* batchesOfPeople(pairs: ExpiredPair[], size: number): Generator<ExpiredPair[]> {
  let batch: ExpiredPair[] = [];
  let people = 0;
  for (const pair of pairs) {
    const newPerson = batch.at(-1)?.userId !== pair.userId;
    if (newPerson && people === size) {
      yield batch;
      batch = [];
      people = 0;
    }
    if (newPerson) people++;
    batch.push(pair);
  }
  if (batch.length > 0) yield batch;
}

/**
 * Moves the bookings (and waitlist entries) of each pair that is still expired to a new ghost of
 * its person — one ghost per person, made only if one of their pairs is. Every instance runs this
 * job: the people are locked first (in id order, so two runs never deadlock), then looked at
 * again. Another instance that got here first has moved the bookings meanwhile (or the person came
 * back, or erased the account): then there is nothing left to do, and no ghost is made for nothing.
 * (Separate statements: each one's snapshot is taken after the locks, so it sees that work.)
 */
async function anonymiseBatch(
  tx: Db,
  batch: ExpiredPair[],
  cutoff: string,
  now: Date,
): Promise<{ people: number; bookings: number }> {
  const ids = pgArray([...new Set(batch.map((p) => p.userId))]);
  // (no key update: a booking's foreign-key check on the person does not have to wait for it)
  await tx.execute(sql`select 1 from users where id = any(${ids}::uuid[]) order by id for no key update`);
  const still = await rows<ExpiredPair>(
    tx,
    sql`
    select p.user_id as "userId", p.space_id as "spaceId"
    from unnest(${pgArray(batch.map((p) => p.userId))}::uuid[], ${pgArray(batch.map((p) => p.spaceId))}::uuid[]) as p(user_id, space_id)
    join users u on u.id = p.user_id and u.erased_at is null
    join bookings b on b.user_id = p.user_id and b.space_id = p.space_id
    group by p.user_id, p.space_id
    having max(b.end_at) < ${cutoff}
    order by p.user_id`,
  );
  if (still.length === 0) return { people: 0, bookings: 0 };
  const ghosts = new Map<string, string>();
  for (const pair of still) if (!ghosts.has(pair.userId)) ghosts.set(pair.userId, randomUUID());
  const people = [...ghosts.keys()];
  const at = now.toISOString();
  await tx.execute(sql`
    insert into users (id, email, name, password_hash, role, user_group, calendar_token, erased_at, tokens_valid_after)
    select g.id, null, null, null, 'coworker', u.user_group, g.token, ${at}::timestamptz, ${at}::timestamptz
    from unnest(${pgArray(people.map((p) => ghosts.get(p)!))}::uuid[], ${pgArray(people)}::uuid[],
                ${pgArray(people.map(() => `ghost-${randomBytes(24).toString('base64url')}`))}::text[]) as g(id, person, token)
    join users u on u.id = g.person`);
  // each still-expired pair with its person's ghost
  const moves = sql`unnest(${pgArray(still.map((p) => p.userId))}::uuid[], ${pgArray(still.map((p) => p.spaceId))}::uuid[],
    ${pgArray(still.map((p) => ghosts.get(p.userId)!))}::uuid[]) as m(user_id, space_id, ghost)`;
  const updated = await rows(
    tx,
    sql`
    update bookings b set user_id = m.ghost,
      created_by = case when b.created_by = m.user_id then m.ghost else null end
    from ${moves}
    where b.user_id = m.user_id and b.space_id = m.space_id
      and not exists (select 1 from bookings later where later.user_id = m.user_id and later.space_id = m.space_id and later.end_at >= ${cutoff})
    returning b.id`,
  );
  await tx.execute(sql`
    update waitlist_entries w set user_id = m.ghost
    from ${moves}
    where w.user_id = m.user_id and w.space_id = m.space_id and w.date < ${cutoff.slice(0, 10)}`);
  return { people: ghosts.size, bookings: updated.length };
}

/** A PostgreSQL array literal of uuids or plain ASCII tokens (none of them needs quoting). */
const pgArray = (values: string[]) => `{${values.join(',')}}`;

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
