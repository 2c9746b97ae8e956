/**
 * Registration throttling per client address and per e-mail address, counted like failed logins
 * (same store, same window, hashed keys, IPv6 per /64) but every attempt counts: a 409 tells whether an e-mail exists (the
 * contract asks for it), so the number of such probes has to be small.
 */
import type { Config } from '../../config.js';
import { clientHash, countAttempt, emailHash } from './login-throttle.js';
import type { ThrottleStore } from '../../plugins/throttle-store.js';

/** Counts this registration attempt; the seconds to wait when over a limit, else null. */
export function countRegistration(
  store: ThrottleStore,
  email: string,
  ip: string,
  config: Pick<Config, 'register' | 'login'>,
  now: Date,
) {
  const limits = [
    { key: `register:client:${clientHash(ip)}`, max: config.register.maxPerClient },
    { key: `register:account:${emailHash(email)}`, max: config.register.maxPerAccount },
  ];
  return countAttempt(store, limits, config.login.windowMs, now);
}
