/**
 * The service worker's decisions, as pure functions (unit-tested; sw.ts only carries them out):
 * which requests it answers and how, which answers it keeps, and what it precaches.
 */

/**
 * - `network`: not the service worker's business; the browser asks the network as without one.
 * - `shell`: the app's own files (hashed assets, icons): from the cache, else the network.
 * - `page`: a navigation: the network first (index.html is revalidated on every visit), offline
 *   the precached index.html, so the app starts and routes on the client.
 * - `offline-data`: the few API reads that must work offline (read-only): the network first,
 *   each answer saved under its URL, the saved one when the network fails.
 */
export type Strategy = 'network' | 'shell' | 'page' | 'offline-data';

export interface RequestFacts {
  method: string;
  url: string;
  mode: string;
}

/**
 * The API reads "my bookings" and the desk page make. Everything else of the API is never kept:
 * it is personal or changes by the minute, and a stale answer would mislead.
 */
const OFFLINE_DATA: readonly RegExp[] = [
  /^\/api\/bookings$/, // my bookings: GET /bookings without a filter answers the caller's own
  /^\/api\/me$/, // the name in the header, the calendar feed link
  /^\/api\/me\/registrations$/,
  /^\/api\/me\/waitlist$/,
  /^\/api\/me\/favourites$/,
  /^\/api\/spaces$/, // each booking's space: name, town, time zone, check-in rules
  /^\/api\/desks\/[^/]+\/door$/, // the desk page a QR code opens
];

/** Paths the server answers itself, never the single-page app. */
const NOT_APP_PAGES = /^\/(api|docs)(\/|$)|^\/(health|ready|sw\.js)$/;

export function strategyFor(request: RequestFacts, origin: string, precached: ReadonlySet<string>): Strategy {
  if (request.method !== 'GET') return 'network';
  const url = new URL(request.url);
  if (url.origin !== origin) return 'network';
  if (request.mode === 'navigate') return NOT_APP_PAGES.test(url.pathname) ? 'network' : 'page';
  if (url.pathname.startsWith('/api/')) {
    // a filtered list (staff's ?spaceId=…, a day's availability) is not "my bookings"
    return url.search === '' && OFFLINE_DATA.some((p) => p.test(url.pathname)) ? 'offline-data' : 'network';
  }
  if (url.pathname.startsWith('/assets/') || precached.has(url.pathname)) return 'shell';
  return 'network';
}

/**
 * Only complete, successful same-origin answers are kept. Answers to requests with a token come
 * with `Cache-Control: no-store` (for shared caches and the disk cache); the Cache API does not
 * heed it, and these few are kept on purpose, for offline reading, until logout clears them.
 */
export const isKeepable = (response: { status: number; type: string }) =>
  response.status === 200 && (response.type === 'basic' || response.type === 'default');

/** Build output that is not precached: source maps, the compressed copies, the worker itself. */
const NOT_PRECACHED = /(\.map|\.br|\.gz)$|^sw\.js$/;

/**
 * The URLs to precache from the file names of a build (relative to its root, bundle and public
 * files alike): index.html under its own name (the offline fallback of every page), the rest as
 * they are served.
 */
export function precacheList(files: Iterable<string>): string[] {
  const urls = new Set<string>();
  for (const file of files) {
    const name = file.replace(/\\/g, '/').replace(/^\/+/, '');
    if (NOT_PRECACHED.test(name)) continue;
    urls.add(`/${name}`);
  }
  return [...urls].sort();
}

export const SHELL_CACHE_PREFIX = 'popdesk-shell-';
export const shellCacheName = (version: string) => `${SHELL_CACHE_PREFIX}${version}`;

/** Caches of older versions, deleted once the new worker is active; the saved API answers stay. */
export const staleCaches = (names: readonly string[], current: string) =>
  names.filter((n) => n.startsWith(SHELL_CACHE_PREFIX) && n !== current);
