import { randomBytes, randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { CreateWebhookBody, Webhook, WebhookDelivery, WebhookEvent } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { webhookDeliveries, webhooks } from '../../db/schema.js';
import type { CreatedEffect } from '../bookings/booking-events.js';

export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export interface AttemptLog {
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export const toWebhookDto = (w: WebhookRow): Webhook => ({
  id: w.id,
  url: w.url,
  events: w.events as WebhookEvent[],
  description: w.description,
  active: w.active,
  createdAt: w.createdAt.toISOString(),
});

export async function createWebhook(
  db: Db,
  body: CreateWebhookBody,
  createdBy: string,
  now: Date,
): Promise<WebhookRow> {
  const [row] = await db
    .insert(webhooks)
    .values({
      url: body.url,
      events: body.events,
      description: body.description ?? null,
      secret: `whsec_${randomBytes(24).toString('base64url')}`,
      createdBy,
      createdAt: now,
    })
    .returning();
  return row!;
}

export const listWebhooks = (db: Db) => db.select().from(webhooks).orderBy(webhooks.createdAt, webhooks.id);

export async function findWebhook(db: Db, id: string): Promise<WebhookRow | null> {
  const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id));
  return row ?? null;
}

export async function deleteWebhook(db: Db, id: string): Promise<boolean> {
  return (await db.delete(webhooks).where(eq(webhooks.id, id)).returning({ id: webhooks.id })).length > 0;
}

/** Whether any active webhook wants this event (so that no body is built that nobody gets). */
export async function isSubscribed(db: Db, event: WebhookEvent): Promise<boolean> {
  const [hit] = await db
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(and(eq(webhooks.active, true), sql`${event} = any(${webhooks.events})`))
    .limit(1);
  return hit !== undefined;
}

/**
 * Queues one delivery per active webhook that wants this event. Every webhook gets the same body
 * (with one event id), so receivers can de-duplicate retries by `id`.
 */
export async function enqueueDeliveries(db: Db, event: WebhookEvent, data: unknown, now: Date): Promise<number> {
  const targets = await db
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(and(eq(webhooks.active, true), sql`${event} = any(${webhooks.events})`));
  if (targets.length === 0) return 0;
  const body = deliveryBody(event, data, now);
  await db
    .insert(webhookDeliveries)
    .values(targets.map((t) => ({ webhookId: t.id, event, body, nextAttemptAt: now, createdAt: now })));
  return targets.length;
}

/**
 * The deliveries of a new booking's `booking.created` (one per active webhook that wants it), as
 * the body of a CTE of the booking's insert statement: it selects from `ins`, the inserted booking.
 */
export function deliveriesWithBooking(body: string, now: Date): CreatedEffect {
  return {
    form: 'webhooks',
    sql: () => sql`insert into webhook_deliveries (webhook_id, event, body, next_attempt_at, created_at)
      select w.id, 'booking.created', ${sql.placeholder('hook_body')}::text, ${sql.placeholder('hook_at')}::timestamptz,
        ${sql.placeholder('hook_at')}::timestamptz
      from webhooks w cross join ins where w.active and 'booking.created' = any(w.events)`,
    values: { hook_body: body, hook_at: now.toISOString() },
  };
}

/** The signed JSON body of an event: one event id, so receivers can de-duplicate retries. */
export function deliveryBody(event: WebhookEvent, data: unknown, now: Date): string {
  return JSON.stringify({ id: randomUUID(), type: event, createdAt: now.toISOString(), data });
}

/** Claims due deliveries with their webhook (FOR UPDATE SKIP LOCKED; leased like the mail outbox). */
export async function claimDueDeliveries(
  db: Db,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<{ delivery: DeliveryRow; webhook: WebhookRow }[]> {
  const due = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(inArray(webhookDeliveries.status, ['pending', 'sending']), lte(webhookDeliveries.nextAttemptAt, now)))
    .orderBy(webhookDeliveries.nextAttemptAt, webhookDeliveries.id)
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(webhookDeliveries)
    .set({
      status: 'sending',
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      nextAttemptAt: new Date(now.getTime() + leaseMs),
    })
    .where(inArray(webhookDeliveries.id, due))
    .returning();
  if (claimed.length === 0) return [];
  const hooks = await db
    .select()
    .from(webhooks)
    .where(inArray(webhooks.id, [...new Set(claimed.map((d) => d.webhookId))]));
  const byId = new Map(hooks.map((h) => [h.id, h]));
  return claimed.flatMap((delivery) => {
    const webhook = byId.get(delivery.webhookId);
    return webhook ? [{ delivery, webhook }] : [];
  });
}

/** Records one attempt: delivered, to be retried at `retryAt`, or failed for good (retryAt null). */
export async function recordAttempt(
  db: Db,
  id: string,
  attempt: AttemptLog,
  outcome: { delivered: boolean; retryAt: Date | null },
): Promise<void> {
  const common = {
    lastStatusCode: attempt.statusCode,
    lastError: attempt.error,
    log: sql`${webhookDeliveries.log} || ${JSON.stringify([attempt])}::jsonb`,
  };
  await db
    .update(webhookDeliveries)
    .set(
      outcome.delivered
        ? { ...common, status: 'delivered', deliveredAt: new Date(attempt.at) }
        : outcome.retryAt
          ? { ...common, status: 'pending', nextAttemptAt: outcome.retryAt }
          : { ...common, status: 'failed' },
    )
    .where(eq(webhookDeliveries.id, id));
}

export async function listDeliveries(db: Db, webhookId: string, limit: number): Promise<WebhookDelivery[]> {
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.webhookId, webhookId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
  return rows.map((d) => ({
    id: d.id,
    webhookId: d.webhookId,
    event: d.event as WebhookEvent,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.nextAttemptAt.toISOString(),
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    log: d.log as AttemptLog[],
    body: d.body,
    createdAt: d.createdAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
  }));
}
