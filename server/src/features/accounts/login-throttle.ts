/**
 * Login throttling, counted in the shared throttle store (plugins/throttle-store.ts) so that every
 * API instance sees the same counts. Nobody can lock anyone out:
 *
 * - per client (its address; IPv6 per /64): too many failures across all accounts → 429 for that
 *   client only;
 * - per (account, client): too many failures for one account from one client → 429 for that client
 *   on that account only;
 * - per account, from all clients: an account under attack from many clients (more failures from
 *   other clients than the per-account limit) is slowed down, but only for the clients that have
 *   failed on it: each of them may try once per backoff interval, which doubles with its failures
 *   (2 s, 4 s … 60 s).
 *   A client that has not failed on the account always reaches the password check, so the right
 *   password from another device (or after a reset) always works.
 *
 * An attempt is counted before the password is checked (one atomic step per key, so that
 * concurrent attempts on several instances cannot all slip under a limit); a successful login
 * then takes its count back. Only failures remain counted.
 *
 * The keys hold a SHA-256 of the e-mail and of the client address, never the values themselves,
 * and erasing an account deletes its keys (`clearLoginFailures`).
 */
import { createHash } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import type { ThrottleStore } from '../../plugins/throttle-store.js';

export interface ThrottleLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerClient: number;
  windowMs: number;
}

/** Longest pause between two attempts of a client that failed on an account under attack. */
export const MAX_BACKOFF_MS = 60_000;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The hash an account's throttle keys hold: SHA-256 of the e-mail, trimmed and lower-cased. */
export const emailHash = (email: string) => sha256(email.trim().toLowerCase());

/**
 * The client a request counts as: its address, an IPv4-mapped IPv6 address as the IPv4 address it
 * is, and an IPv6 address as its /64 (one subscriber's network: a /64 holds 2^64 addresses, and
 * counting them one by one would give an attacker unlimited attempts).
 */
export function throttleClient(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  const prefix = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...prefix, 0, 0, 0, 0]).toString()}/64`;
}

/** The hash a client's throttle keys hold. */
export const clientHash = (ip: string) => sha256(throttleClient(ip));

/** Wrong current passwords of a signed-in person (POST /api/me/password), per account. */
export const accountKey = (email: string) => `account:${emailHash(email)}`;
/** Failures of one client, across all accounts (shared by login and password checks). */
export const clientKey = (ip: string) => `client:${clientHash(ip)}`;

export interface LoginKeys {
  client: string;
  account: string;
  pair: string;
  backoff: string;
}

export function loginKeys(email: string, ip: string): LoginKeys {
  const e = emailHash(email);
  const c = clientHash(ip);
  return {
    client: clientKey(ip),
    account: `login:account:${e}`,
    pair: `login:pair:${e}:${c}`,
    backoff: `login:backoff:${e}:${c}`,
  };
}

/** Every throttle key an e-mail address appears in, as prefixes (one per client for some). */
export function personKeyPrefixes(email: string): string[] {
  const e = emailHash(email);
  return [
    `account:${e}`,
    `login:account:${e}`,
    `login:pair:${e}:`,
    `login:backoff:${e}:`,
    `register:account:${e}`,
    `reset:account:${e}`,
  ];
}

/**
 * Deletes every throttle counter of this e-mail address: on erasure (the hash of the address is
 * personal data too), and when the person proved they own the address (a password reset).
 */
export async function clearLoginFailures(store: ThrottleStore, email: string) {
  await Promise.all(personKeyPrefixes(email).map((prefix) => store.clearPrefix(prefix)));
}

export interface Limit {
  key: string;
  max: number;
}

const secondsUntil = (end: Date, now: Date) => Math.max(1, Math.ceil((end.getTime() - now.getTime()) / 1000));

/**
 * Counts this attempt against each limit in turn; answers the seconds to wait (Retry-After) once a
 * limit is exceeded, else null. Counting stops at the first exceeded limit: a throttled client
 * (listed first) cannot go on counting against the keys after it.
 */
export async function countAttempt(
  store: ThrottleStore,
  limits: Limit[],
  windowMs: number,
  now: Date,
): Promise<number | null> {
  for (const { key, max } of limits) {
    const { count, windowEndsAt } = await store.hit(key, windowMs, now);
    if (count > max) return secondsUntil(windowEndsAt, now);
  }
  return null;
}

/** The limits of a password check of a signed-in person (POST /api/me/password), client first. */
export const loginLimits = (keys: { account: string; client: string }, limits: ThrottleLimits): Limit[] => [
  { key: keys.client, max: limits.maxFailuresPerClient },
  { key: keys.account, max: limits.maxFailuresPerAccount },
];

/**
 * Counts a login attempt (see the top of this file); the seconds this client must wait, or null
 * when the password may be checked.
 */
export async function countLogin(
  store: ThrottleStore,
  keys: LoginKeys,
  limits: ThrottleLimits,
  now: Date,
): Promise<number | null> {
  const { windowMs } = limits;
  const client = await store.hit(keys.client, windowMs, now);
  if (client.count > limits.maxFailuresPerClient) return secondsUntil(client.windowEndsAt, now);
  const pair = await store.hit(keys.pair, windowMs, now);
  if (pair.count > limits.maxFailuresPerAccount) return secondsUntil(pair.windowEndsAt, now);
  const account = await store.hit(keys.account, windowMs, now);
  // under attack: more failures from other clients than one client may make (this client's own
  // failures meet the per-(account, client) limit instead)
  const underAttack = account.count - pair.count >= limits.maxFailuresPerAccount;
  const failedBefore = pair.count - 1;
  // a client that has not failed on this account is never slowed down
  if (!underAttack || failedBefore === 0) return null;
  const backoffMs = Math.min(1000 * 2 ** failedBefore, MAX_BACKOFF_MS);
  const backoff = await store.hit(keys.backoff, backoffMs, now);
  if (backoff.count === 1) return null;
  // a refused attempt is no failure: the backoff grows with failures only, so waiting as told works
  await store.undo(keys.pair, windowMs, now);
  return secondsUntil(backoff.windowEndsAt, now);
}

/** A successful login: this attempt does not count, and this client's failures on the account are forgiven. */
export async function loginSucceeded(store: ThrottleStore, keys: LoginKeys, windowMs: number, now: Date) {
  await Promise.all([
    store.undo(keys.client, windowMs, now),
    store.undo(keys.account, windowMs, now),
    store.clear(keys.pair),
    store.clear(keys.backoff),
  ]);
}
