/**
 * The throttle counters in Redis (REDIS_URL): one hash per key, {start, count}, changed by a Lua
 * script so that counting and answering is one atomic step on the Redis server. The window is
 * computed from the app's clock exactly like the PostgreSQL store's; the key's TTL only clears
 * away counters nobody touches any more.
 *
 * The client fails fast instead of queueing commands while disconnected (`enableOfflineQueue`
 * off, a one-second command timeout), so that a Redis outage costs a login a second at most
 * before the fallback store answers; it keeps reconnecting in the background.
 */
import type { Redis } from 'ioredis';
import type { ThrottleStore } from './throttle-store.js';

// KEYS[1] counter; ARGV now (ms), window (ms). Returns {count, window start (ms)}.
const HIT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local start = tonumber(redis.call('HGET', KEYS[1], 'start'))
local count
if start == nil or start + window <= now then
  start = now
  count = 1
  redis.call('HSET', KEYS[1], 'start', ARGV[1], 'count', 1)
else
  count = redis.call('HINCRBY', KEYS[1], 'count', 1)
end
redis.call('PEXPIRE', KEYS[1], window)
return {count, start}`;

const UNDO = `
local start = tonumber(redis.call('HGET', KEYS[1], 'start'))
if start ~= nil and start + tonumber(ARGV[2]) > tonumber(ARGV[1]) and tonumber(redis.call('HGET', KEYS[1], 'count')) > 0 then
  redis.call('HINCRBY', KEYS[1], 'count', -1)
end
return 0`;

export interface RedisStoreOptions {
  url: string;
  /** Prepended to every key (one Redis may serve several PopDesk installations or test runs). */
  keyPrefix: string;
  onConnectionError: (err: Error) => void;
}

/** (ioredis is loaded here, when REDIS_URL is set: an installation without Redis never loads it) */
export async function redisThrottleStore(opts: RedisStoreOptions): Promise<ThrottleStore & { client: Redis }> {
  const { Redis } = await import('ioredis');
  const client = new Redis(opts.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 5000),
  });
  client.on('error', opts.onConnectionError);
  const k = (key: string) => `${opts.keyPrefix}throttle:${key}`;
  return {
    name: 'redis',
    client,
    async hit(key, windowMs, now) {
      const [count, start] = (await client.eval(HIT, 1, k(key), now.getTime(), windowMs)) as [number, number];
      return { count: Number(count), windowEndsAt: new Date(Number(start) + windowMs) };
    },
    async undo(key, windowMs, now) {
      await client.eval(UNDO, 1, k(key), now.getTime(), windowMs);
    },
    async clear(key) {
      await client.del(k(key));
    },
    async clearPrefix(prefix) {
      // SCAN, not KEYS: it does not block Redis for other clients (glob characters escaped)
      const pattern = `${k(prefix).replace(/[*?[\]\\]/g, '\\$&')}*`;
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
        if (keys.length > 0) await client.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    },
    async purgeExpired() {
      // keys expire by themselves (PEXPIRE)
    },
    async close() {
      client.disconnect();
    },
  };
}
