/**
 * PopDesk's service worker, built by the Vite plugin in web/vite.config.ts into dist/sw.js (one
 * classic script: it imports nothing at run time). The plugin writes the precache list and a
 * version derived from the files' contents into the two placeholders below, so every new build
 * is a new worker: it installs, waits until the person chooses "reload" (the app posts
 * SKIP_WAITING) and only then takes over. What it answers and how is decided in routes.ts.
 */
import type { DataCacheName, SwMessage } from './messages';
import { isKeepable, shellCacheName, staleCaches, strategyFor } from './routes';

declare const __PRECACHE__: string[];
declare const __SW_VERSION__: string;

/** The parts of the worker's global scope used here (the web project's types are the DOM's). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface WorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
declare const self: WorkerScope;

const SHELL = shellCacheName(__SW_VERSION__);
const DATA: DataCacheName = 'popdesk-data';
const PRECACHE: readonly string[] = __PRECACHE__;
const precached = new Set(PRECACHE);

self.addEventListener('install', (event) => {
  // `reload`: past the browser's HTTP cache, so the cache holds this build's files
  event.waitUntil(
    caches.open(SHELL).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(staleCaches(names, SHELL).map((n) => caches.delete(n))))
      // the first worker takes the open page at once, so it works offline without a reload
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const message = event.data as SwMessage | null;
  if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (message?.type === 'CLEAR_DATA') event.waitUntil(caches.delete(DATA));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  switch (strategyFor(request, self.location.origin, precached)) {
    case 'shell':
      event.respondWith(fromShell(request));
      break;
    case 'page':
      event.respondWith(page(request));
      break;
    case 'offline-data':
      event.respondWith(offlineData(request));
      break;
    case 'network':
      // not answered here: the browser fetches as if there were no service worker
      break;
  }
});

async function fromShell(request: Request): Promise<Response> {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  // a hashed asset never changes under its name: keep it for the next offline start
  if (isKeepable(response) && new URL(request.url).pathname.startsWith('/assets/')) {
    void cache.put(request, response.clone());
  }
  return response;
}

async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (err) {
    const shell = await caches.match('/index.html', { cacheName: SHELL, ignoreVary: true });
    if (shell) return shell;
    throw err;
  }
}

async function offlineData(request: Request): Promise<Response> {
  const cache = await caches.open(DATA);
  try {
    const response = await fetch(request);
    if (isKeepable(response)) await cache.put(request, response.clone());
    return response;
  } catch (err) {
    const saved = await cache.match(request, { ignoreVary: true });
    if (saved) return saved;
    throw err;
  }
}
