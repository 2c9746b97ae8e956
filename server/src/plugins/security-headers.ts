/**
 * Security headers from helmet, worked out once at start-up. helmet's middleware (which
 * @fastify/helmet runs on every request) parses its CSP directives and builds the same dozen
 * headers for each answer; ours never vary per request (no CSP nonces), so every answer gets a
 * copy of the set helmet produced for the first one.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import fp from 'fastify-plugin';
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

export default fp<{ helmet: HelmetOptions }>(
  async (app, opts) => {
    const headers = securityHeaders(opts.helmet);
    app.addHook('onRequest', (_request, reply, next) => {
      reply.headers(headers);
      next();
    });
  },
  { name: 'security-headers' },
);
