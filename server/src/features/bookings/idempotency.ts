/**
 * Idempotency-Key: one row per (user, key) with a fingerprint of the request and the answer it
 * got, written in the same statement as the booking (create-booking.ts claims it there). A replay
 * returns the stored answer; the same key with another body is a 422. Failed attempts store
 * nothing, so they may be retried.
 */
import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { idempotencyKeys } from '../../db/schema.js';
import { badRequest, businessRule } from '../../lib/problems.js';

export const KEY_RETENTION_MS = 48 * 3600_000;

export interface StoredAnswer {
  statusCode: number;
  body: unknown;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export const fingerprint = (route: string, body: unknown) =>
  createHash('sha256')
    .update(route)
    .update('\n')
    .update(JSON.stringify(canonical(body)))
    .digest('hex');

export function parseKey(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  const key = Array.isArray(header) ? header[0] : header;
  if (!key || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw badRequest('Idempotency-Key must be 1 to 255 visible ASCII characters.', [
      { path: 'headers.idempotency-key', message: 'is invalid' },
    ]);
  }
  return key;
}

/** The stored answer for this key, or null; a different request under the same key is a 422. */
export async function replay(db: Db, userId: string, key: string, print: string): Promise<StoredAnswer | null> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  if (!row) return null;
  if (row.fingerprint !== print) {
    throw businessRule(
      'idempotency-key-reused',
      'Idempotency key reused',
      'This Idempotency-Key was used for a different request.',
    );
  }
  return { statusCode: row.statusCode, body: row.response };
}

export async function purgeOldKeys(db: Db, now: Date) {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - KEY_RETENTION_MS)));
}
