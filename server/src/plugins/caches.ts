/**
 * Read caches for the hottest reads: a space-day's free desks, the public list of spaces, the
 * caller behind a token, and a desk with what booking it needs (its space, hours and closures). They are never allowed to tell
 * an older state than the database for longer than a change notification takes to arrive:
 *
 * - every write that matters sends `NOTIFY popdesk_changes` from a trigger (migration 0005) when it
 *   commits; every instance LISTENs and drops the entries concerned;
 * - this instance's own writes also drop them before their answer leaves (read-your-writes without
 *   waiting for the notification): a route that changes nothing cached, or drops precisely what it
 *   changed, says so with `config: { invalidates: 'own' }`;
 * - while the listening connection is down nothing is cached, and everything is dropped when it
 *   comes back; a time-to-live is the backstop.
 */
import fp from 'fastify-plugin';
import type { desks as desksTable, spaces } from '../db/schema.js';
import type { AuthUser } from '../lib/auth-user.js';
import type { EncodedJson } from '../lib/encoded-json.js';
import type { OpeningSlot } from '../lib/local-time.js';
import { ReadCache } from '../lib/read-cache.js';

/** A space-day's availability as sent (JSON, and compressed once it is asked for), and the instants between which it holds. */
export interface CachedAvailability extends EncodedJson {
  computedAtMs: number;
  /** when an overdue check-in releases a desk: the answer changes then without any write */
  validUntilMs: number;
}

/**
 * The public space list as sent, for one quarter of an hour (see `cachedSpaceList`): JSON, and the
 * same compressed once with brotli and gzip (over 1 MB for a state-wide list: compressing it
 * again for every request would cost 11 ms of CPU and megabytes of encoder memory each time).
 */
export interface CachedSpaceList extends EncodedJson {
  fromMs: number;
  untilMs: number;
}

/** What booking a desk needs to know: the desk, its space, the weekly hours and the closures (bookings/create-booking.ts). */
export interface DeskContext {
  desk: typeof desksTable.$inferSelect;
  space: typeof spaces.$inferSelect;
  hours: OpeningSlot[];
  /** closed dates, each the whole day (minutes null) or a window of it */
  closures: { date: string; startsMinute: number | null; endsMinute: number | null }[];
}

export interface Caches {
  availability: ReadCache<CachedAvailability>;
  /** one group, `all`: any change to any space, its desks, hours or closures drops it */
  spaceList: ReadCache<CachedSpaceList>;
  users: ReadCache<AuthUser>;
  /** per desk: what creating a booking needs to know */
  desks: ReadCache<DeskContext>;
  /** What a committed change notification says: `<topic>:<id>`. */
  onChange(payload: string): void;
  clear(): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    caches: Caches;
  }
  interface FastifyContextConfig {
    /** 'own': the route drops exactly what it changes itself (default: a write drops every cache) */
    invalidates?: 'own';
  }
}

export function createCaches(): Caches {
  const availability = new ReadCache<CachedAvailability>({ max: 5_000, ttlMs: 60_000 });
  const spaceList = new ReadCache<CachedSpaceList>({ max: 2, ttlMs: 15 * 60_000 });
  const users = new ReadCache<AuthUser>({ max: 20_000, ttlMs: 5 * 60_000 });
  const desks = new ReadCache<DeskContext>({ max: 20_000, ttlMs: 5 * 60_000 });
  const all = [availability, spaceList, users, desks];
  return {
    availability,
    spaceList,
    users,
    desks,
    onChange(payload) {
      const at = payload.indexOf(':');
      const topic = payload.slice(0, at);
      const id = payload.slice(at + 1);
      if (topic === 'bookings') availability.invalidate(id);
      else if (topic === 'space') {
        availability.invalidate(id);
        desks.invalidate(id);
        spaceList.invalidate('all');
      } else if (topic === 'user') users.invalidate(id);
      else for (const c of all) c.clear(); // unknown: be safe
    },
    clear() {
      for (const c of all) c.clear();
    },
  };
}

export default fp(
  async (app) => {
    const caches = createCaches();
    app.decorate('caches', caches);
    const setEnabled = (listening: boolean) => {
      for (const c of [caches.availability, caches.spaceList, caches.users, caches.desks]) {
        c.clear();
        c.enabled = listening;
      }
    };
    const stop = await app.database.listen('popdesk_changes', (payload) => caches.onChange(payload), setEnabled);
    app.addHook('onSend', (request, _reply, payload, next) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && request.routeOptions.config?.invalidates !== 'own')
        caches.clear();
      next(null, payload);
    });
    app.addHook('onClose', async () => {
      await stop();
    });
  },
  { name: 'caches' },
);
