/**
 * Security headers from helmet, worked out once at start-up. helmet's middleware (which
 * @fastify/helmet runs on every request) parses its CSP directives and builds the same dozen
 * headers for each answer; ours never vary per request (no CSP nonces), so every answer gets a
 * copy of the set helmet produced for the first one. And `Cache-Control: no-store` on every
 * answer to a request that carried a token.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

export function securityHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  // a response that is never sent (its socket never connects): it only collects the headers
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  let done = false;
  helmet(options)(request, response, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  if (!done) throw new Error('helmet did not finish synchronously');
  return Object.fromEntries(Object.entries(response.getHeaders()).map(([name, value]) => [name, String(value)]));
}

/**
 * Whether a request carried a token: an Authorization header, or the secret calendar feed URL
 * (`/api/calendar/<token>.ics`). What it answers is one person's (their bookings, their export,
 * a report) and must not stay in a shared cache or in the disk cache of a coworking space's PC.
 */
export function carriesToken(request: FastifyRequest): boolean {
  return request.headers.authorization !== undefined || request.url.startsWith('/api/calendar/');
}

export default fp<{ helmet: HelmetOptions }>(
  async (app, opts) => {
    const headers = securityHeaders(opts.helmet);
    app.addHook('onRequest', (_request, reply, next) => {
      reply.headers(headers);
      next();
    });
    // every /api answer to a request with a token, errors included, whatever a route set before;
    // public answers without one keep their caching
    app.addHook('onSend', (request, reply, payload, next) => {
      if (request.url.startsWith('/api/') && carriesToken(request)) reply.header('cache-control', 'no-store');
      next(null, payload);
    });
  },
  { name: 'security-headers' },
);
