/**
 * Login throttling per account and per client address. Failures are counted in the database in
 * fixed windows, so that every API instance sees the same counts.
 */
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { loginThrottle } from '../../db/schema.js';

export interface ThrottleLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerClient: number;
  windowMs: number;
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const clientKey = (ip: string) => `client:${ip}`;

/** Seconds until the caller may try again, or null when not throttled. */
export async function throttledFor(db: Db, keys: { account: string; client: string }, limits: ThrottleLimits, now: Date) {
  const rows = await db.select().from(loginThrottle).where(inArray(loginThrottle.key, [keys.account, keys.client]));
  let wait = 0;
  for (const row of rows) {
    const max = row.key === keys.account ? limits.maxFailuresPerAccount : limits.maxFailuresPerClient;
    const windowEnds = row.windowStart.getTime() + limits.windowMs;
    if (row.failures >= max && windowEnds > now.getTime()) wait = Math.max(wait, Math.ceil((windowEnds - now.getTime()) / 1000));
  }
  return wait > 0 ? wait : null;
}

export async function recordFailure(db: Db, keys: string[], windowMs: number, now: Date) {
  const windowOpenedAfter = new Date(now.getTime() - windowMs);
  for (const key of keys) {
    await db
      .insert(loginThrottle)
      .values({ key, failures: 1, windowStart: now })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: sql`case when ${loginThrottle.windowStart} <= ${windowOpenedAfter.toISOString()} then 1 else ${loginThrottle.failures} + 1 end`,
          windowStart: sql`case when ${loginThrottle.windowStart} <= ${windowOpenedAfter.toISOString()} then excluded.window_start else ${loginThrottle.windowStart} end`,
        },
      });
  }
}

export async function clearFailures(db: Db, key: string) {
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, [key]));
}

export async function purgeExpired(db: Db, windowMs: number, now: Date) {
  await db.delete(loginThrottle).where(sql`${loginThrottle.windowStart} < ${new Date(now.getTime() - windowMs).toISOString()}`);
}
