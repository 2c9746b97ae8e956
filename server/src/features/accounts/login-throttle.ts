/**
 * Login throttling per client address and per account, counted in the shared throttle store
 * (plugins/throttle-store.ts), so that every API instance sees the same counts.
 *
 * An attempt is counted before the password is checked (one atomic step per key, so that
 * concurrent attempts on several instances cannot all slip under a limit); a successful login
 * then takes its count back. Only failures remain counted, as the limits promise.
 */
import type { ThrottleStore } from '../../plugins/throttle-store.js';

export interface ThrottleLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerClient: number;
  windowMs: number;
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const clientKey = (ip: string) => `client:${ip}`;

export interface Limit {
  key: string;
  max: number;
}

/**
 * Counts this attempt against each limit in turn; answers the seconds to wait (Retry-After) once a
 * limit is exceeded, else null. Counting stops at the first exceeded limit: a throttled client
 * (listed first) cannot lock accounts out by going on trying them.
 */
export async function countAttempt(
  store: ThrottleStore,
  limits: Limit[],
  windowMs: number,
  now: Date,
): Promise<number | null> {
  for (const { key, max } of limits) {
    const { count, windowEndsAt } = await store.hit(key, windowMs, now);
    if (count > max) return Math.max(1, Math.ceil((windowEndsAt.getTime() - now.getTime()) / 1000));
  }
  return null;
}

/** The limits of a login (or password) attempt from this client for this account, client first. */
export const loginLimits = (keys: { account: string; client: string }, limits: ThrottleLimits): Limit[] => [
  { key: keys.client, max: limits.maxFailuresPerClient },
  { key: keys.account, max: limits.maxFailuresPerAccount },
];
