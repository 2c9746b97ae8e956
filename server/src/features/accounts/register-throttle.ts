/**
 * Registration throttling per client address and per e-mail address, counted like failed logins
 * (same table, same window) but every attempt counts: a 409 tells whether an e-mail exists (the
 * contract asks for it), so the number of such probes has to be small.
 */
import type { Db } from '../../db/client.js';
import type { Config } from '../../config.js';
import { recordFailure, throttledFor } from './login-throttle.js';

const keysFor = (email: string, ip: string) => ({ account: `register:account:${email.trim().toLowerCase()}`, client: `register:client:${ip}` });

const limitsOf = (config: Pick<Config, 'register' | 'login'>) => ({
  maxFailuresPerAccount: config.register.maxPerAccount,
  maxFailuresPerClient: config.register.maxPerClient,
  windowMs: config.login.windowMs,
});

export function registrationThrottledFor(db: Db, email: string, ip: string, config: Pick<Config, 'register' | 'login'>, now: Date) {
  return throttledFor(db, keysFor(email, ip), limitsOf(config), now);
}

export async function recordRegistration(db: Db, email: string, ip: string, config: Pick<Config, 'register' | 'login'>, now: Date) {
  const keys = keysFor(email, ip);
  await recordFailure(db, [keys.account, keys.client], config.login.windowMs, now);
}
