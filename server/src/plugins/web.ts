/**
 * Serves the built SPA (web/dist) on the same port as the API. Unknown non-API GET paths that
 * want HTML get index.html, so that client-side routes survive a reload.
 */
import { existsSync } from 'node:fs';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { webDistDir } from '../lib/paths.js';

export default fp(async (app) => {
  const root = webDistDir();
  if (!app.config.serveWeb || !existsSync(root)) return;
  await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    if (request.url.startsWith('/api/') || !wantsHtml) {
      return reply.callNotFound();
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
});
