/**
 * Where login and registration attempts are counted: a store every API instance shares, so that a
 * limit holds across all of them. PostgreSQL by default (the `login_throttle` table); Redis when
 * REDIS_URL is set (redis-throttle-store.ts), with PostgreSQL standing in while Redis is down.
 *
 * Counting is fixed-window per key: a key's window opens with its first attempt and lasts
 * `windowMs`; the next attempt after that opens a new window. `hit` counts and answers in one
 * atomic step, so concurrent attempts on several instances can never all slip under a limit.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/db.js';
import { loginThrottle } from '../db/schema.js';

export interface ThrottleStore {
  readonly name: 'postgres' | 'redis';
  /** Counts one attempt under `key`; answers the count in the current window and when it ends. */
  hit(key: string, windowMs: number, now: Date): Promise<{ count: number; windowEndsAt: Date }>;
  /** Takes one counted attempt back (it turned out to be a successful login). */
  undo(key: string, windowMs: number, now: Date): Promise<void>;
  clear(key: string): Promise<void>;
  /** Deletes every key that starts with `prefix` (a person's keys, one per client, on erasure). */
  clearPrefix(prefix: string): Promise<void>;
  /** Drops counters whose window is over (Redis lets them expire by itself). */
  purgeExpired(windowMs: number, now: Date): Promise<void>;
  close(): Promise<void>;
}

export function postgresThrottleStore(db: Db): ThrottleStore {
  return {
    name: 'postgres',
    async hit(key, windowMs, now) {
      const openedAfter = new Date(now.getTime() - windowMs).toISOString();
      // one upsert: the row lock makes concurrent attempts count one after the other
      const [row] = await rows<{ failures: number; window_start: string | Date }>(
        db,
        sql`
        insert into ${loginThrottle} (key, failures, window_start) values (${key}, 1, ${now.toISOString()}::timestamptz)
        on conflict (key) do update set
          failures = case when ${loginThrottle.windowStart} <= ${openedAfter}::timestamptz then 1 else ${loginThrottle.failures} + 1 end,
          window_start = case when ${loginThrottle.windowStart} <= ${openedAfter}::timestamptz then excluded.window_start else ${loginThrottle.windowStart} end
        returning failures, window_start`,
      );
      return { count: Number(row!.failures), windowEndsAt: new Date(new Date(row!.window_start).getTime() + windowMs) };
    },
    async undo(key, windowMs, now) {
      await db.execute(sql`
        update ${loginThrottle} set failures = greatest(${loginThrottle.failures} - 1, 0)
        where ${loginThrottle.key} = ${key} and ${loginThrottle.windowStart} > ${new Date(now.getTime() - windowMs).toISOString()}::timestamptz`);
    },
    async clear(key) {
      await db.execute(sql`delete from ${loginThrottle} where ${loginThrottle.key} = ${key}`);
    },
    async clearPrefix(prefix) {
      // not LIKE: `_` and `%` in a prefix would be wildcards
      await db.execute(
        sql`delete from ${loginThrottle} where left(${loginThrottle.key}, ${prefix.length}) = ${prefix}`,
      );
    },
    async purgeExpired(windowMs, now) {
      await db.execute(
        sql`delete from ${loginThrottle} where ${loginThrottle.windowStart} < ${new Date(now.getTime() - windowMs).toISOString()}::timestamptz`,
      );
    },
    async close() {},
  };
}

/**
 * Redis first; while it fails (down, unreachable, timing out), PostgreSQL counts instead. A Redis
 * outage then neither switches the brute-force protection off (fail open) nor locks every citizen
 * and every member of staff out of the booking system (503): the only cost is that attempts
 * counted in one store are not seen by the other, so around a switch a limit may allow up to twice
 * its attempts once.
 */
export function withFallback(
  primary: ThrottleStore,
  fallback: ThrottleStore,
  onFailure: (err: unknown) => void,
): ThrottleStore {
  const guarded =
    <A extends unknown[], R>(call: (store: ThrottleStore, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(primary, ...args);
      } catch (err) {
        onFailure(err);
        return call(fallback, ...args);
      }
    };
  return {
    name: primary.name,
    hit: guarded((s, key: string, windowMs: number, now: Date) => s.hit(key, windowMs, now)),
    undo: guarded((s, key: string, windowMs: number, now: Date) => s.undo(key, windowMs, now)),
    clear: guarded((s, key: string) => s.clear(key)),
    // the fallback may hold keys from an outage: clear both
    async clearPrefix(prefix) {
      await guarded((s, p: string) => s.clearPrefix(p))(prefix);
      await fallback.clearPrefix(prefix);
    },
    // the fallback may hold counters from an outage: purge both
    async purgeExpired(windowMs, now) {
      await guarded((s, w: number, n: Date) => s.purgeExpired(w, n))(windowMs, now);
      await fallback.purgeExpired(windowMs, now);
    },
    async close() {
      await Promise.all([primary.close(), fallback.close()]);
    },
  };
}
