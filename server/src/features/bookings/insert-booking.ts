/**
 * The statement that writes a new booking (create-booking.ts): the booking locks, the idempotency
 * claim (if a key came), the booking, and what it causes as the booking events' subscribers give
 * it (its confirmation e-mail, one webhook delivery per subscribed webhook). The exclusion
 * constraints reject it as a whole; a claim lost to a concurrent request with the same key writes
 * nothing (false). The claim and the booking select from the locks, so both are written only once
 * they are held: a concurrent request with the same key waits at the lock, not at the claim.
 *
 * Building the SQL of this statement took a tenth of the CPU of a booking, and planning it a share
 * of PostgreSQL's: it comes in few forms (with or without a claim, which subscribers write), so each
 * form is built once with placeholders and runs as a named prepared statement (parsed once per
 * connection on PostgreSQL; PGlite ignores the name).
 */
import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { prepared, runPrepared, type Prepared } from '../../db/db.js';
import type { CreatedEffect } from './booking-events.js';
import { bookingLockKeys, bookingLocksOf, type BookingRow } from './bookings-repo.js';
import type { StoredAnswer } from './idempotency.js';

export interface Claim {
  key: string;
  print: string;
  answer: StoredAnswer;
}

const p = (name: string): Placeholder => sql.placeholder(name);

/** Each form's statement, compiled once. */
const forms = new Map<string, Prepared>();

function compiled(claim: boolean, effects: CreatedEffect[]): Prepared {
  const form = [claim ? 'claim' : 'no-claim', ...effects.map((e) => e.form)].join('|');
  let found = forms.get(form);
  if (!found) {
    found = prepared(`popdesk_booking_${forms.size + 1}`, statement(claim, effects));
    forms.set(form, found);
  }
  return found;
}

function statement(claim: boolean, effects: CreatedEffect[]): SQL {
  const claimed = claim
    ? sql`claim as (insert into idempotency_keys (user_id, key, fingerprint, status_code, response, created_at)
        select ${p('actor')}::uuid, ${p('key')}::text, ${p('print')}::text, ${p('status')}::int, ${p('answer')}::jsonb,
          ${p('at')}::timestamptz from locks
        on conflict do nothing returning 1),`
    : sql``;
  // what the booking causes (its confirmation, webhook deliveries …), each a CTE selecting from `ins`
  const caused = sql.join(effects.map((effect, i) => sql`, ${sql.raw(`effect_${i}`)} as (${effect.sql()})`));
  return sql`
    with locks as materialized (${bookingLocksOf(p('lock_classes'), p('lock_ids'))}),
    ${claimed}
    ins as (insert into bookings (id, desk_id, space_id, user_id, guest_name, start_at, end_at, status, created_by, created_at, checked_in_at)
      select ${p('id')}::uuid, ${p('desk')}::uuid, ${p('space')}::uuid, ${p('user')}::uuid, ${p('guest')}::text,
        ${p('start')}::timestamptz, ${p('end')}::timestamptz, ${p('state')}::text, ${p('actor')}::uuid, ${p('at')}::timestamptz,
        ${p('checked_in')}::timestamptz
      from locks ${claim ? sql`where exists (select 1 from claim)` : sql``}
      returning id)
    ${caused}
    select count(*)::int as n from ins`;
}

/** Writes the booking and what it causes in one statement; false when a concurrent claim won. */
export async function insertBooking(
  db: Db,
  b: BookingRow,
  effects: CreatedEffect[],
  claim: Claim | null,
  actorId: string,
  now: Date,
): Promise<boolean> {
  const form = compiled(claim !== null, effects);
  const locks = bookingLockKeys(b.deskId, b.userId, [{ start: b.startAt, end: b.endAt }]);
  const values: Record<string, unknown> = {
    lock_classes: locks.classes,
    lock_ids: locks.ids,
    id: b.id,
    desk: b.deskId,
    space: b.spaceId,
    user: b.userId,
    guest: b.guestName,
    start: b.startAt.toISOString(),
    end: b.endAt.toISOString(),
    state: b.status,
    actor: actorId,
    at: now.toISOString(),
    checked_in: b.checkedInAt?.toISOString() ?? null,
    ...(claim
      ? {
          key: claim.key,
          print: claim.print,
          status: claim.answer.statusCode,
          answer: JSON.stringify(claim.answer.body),
        }
      : {}),
  };
  for (const effect of effects) Object.assign(values, effect.values);
  const [inserted] = await runPrepared<{ n: number }>(db, form, values);
  return Number(inserted?.n ?? 0) === 1;
}
