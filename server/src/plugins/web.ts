/**
 * Serves the built SPA (web/dist) on the same port as the API. Unknown non-API GET paths that
 * want HTML get index.html, so that client-side routes survive a reload.
 *
 * For phones on slow connections: the build writes brotli and gzip copies of every text asset
 * (vite-plugin-compression2), served to browsers that accept them; the hashed files in
 * /assets/ never change under their name and are cached for a year, while index.html and the
 * rest are revalidated on every visit, so a new version is picked up at once. That includes the
 * service worker (/sw.js), which must never be served from a cache: browsers compare it byte by
 * byte to find a new version of the installed app.
 *
 * The pages people arrive on from outside (the space list at `/`, a space from a link, an e-mail
 * or a QR code) get index.html with `modulepreload` links for their route's code, as the build
 * lists them (dist/route-preloads.json, web/vite.config.ts): the browser fetches that code with
 * the main bundle instead of discovering it only once the bundle has run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { webDistDir } from '../lib/paths.js';

export default fp(async (app) => {
  const root = webDistDir();
  if (!app.config.serveWeb || !existsSync(root)) return;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false, // (`/` is a landing page: the route below answers it)
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      // relative to the build, so that a checkout under some ".../assets/..." directory changes nothing
      const hashed = relative(root, path).split(sep)[0] === 'assets';
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const landing = landingPages(root);
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    // (`/` is the app whatever the client accepts, as when the static files' index answered it)
    const wantsHtml = (request.headers.accept ?? '').includes('text/html') || request.url.split('?')[0] === '/';
    if (request.url.startsWith('/api/') || !wantsHtml) {
      return reply.callNotFound();
    }
    const html = landingHtml(landing(), request.url);
    if (html) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
});

/** The landing pages' addresses, by their name in route-preloads.json. */
const LANDING_PATHS: Record<string, RegExp> = { home: /^\/$/, space: /^\/spaces\/[^/]+\/?$/ };

/**
 * index.html with the `modulepreload` links of each landing page (none without the build's list),
 * made again whenever a build has replaced either file, so that the server never sends the HTML
 * of a build that is gone (as `sendFile` would not either).
 */
export function landingPages(root: string): () => { path: RegExp; html: string }[] {
  const index = join(root, 'index.html');
  const list = join(root, 'route-preloads.json');
  let made: { stamp: string; pages: { path: RegExp; html: string }[] } | null = null;
  return () => {
    const stamp = [index, list].map((f) => statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? '-').join('/');
    if (made?.stamp !== stamp) {
      let pages: { path: RegExp; html: string }[] = [];
      try {
        const html = readFileSync(index, 'utf8');
        const preloads = JSON.parse(readFileSync(list, 'utf8')) as Record<string, string[]>;
        pages = Object.entries(LANDING_PATHS).map(([page, path]) => ({
          path,
          html: withPreloads(html, preloads[page] ?? []),
        }));
      } catch {
        pages = []; // (no list, or a build under way: index.html as it is)
      }
      made = { stamp, pages };
    }
    return made.pages;
  };
}

/** The HTML for `url` if it is a landing page's address (the query does not count). */
export function landingHtml(pages: { path: RegExp; html: string }[], url: string): string | null {
  const path = url.split('?')[0]!;
  return pages.find((p) => p.path.test(path))?.html ?? null;
}

/** `html` with a `modulepreload` link per file (paths inside the build) at the end of its head. */
export function withPreloads(html: string, files: string[]): string {
  const links = files
    .filter((file) => /^[\w./-]+$/.test(file)) // (names the build made: nothing to escape)
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('');
  return html.replace('</head>', `${links}</head>`);
}
