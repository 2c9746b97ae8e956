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
 */
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { webDistDir } from '../lib/paths.js';

export default fp(async (app) => {
  const root = webDistDir();
  if (!app.config.serveWeb || !existsSync(root)) return;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      // relative to the build, so that a checkout under some ".../assets/..." directory changes nothing
      const hashed = relative(root, path).split(sep)[0] === 'assets';
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    if (request.url.startsWith('/api/') || !wantsHtml) {
      return reply.callNotFound();
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
});
