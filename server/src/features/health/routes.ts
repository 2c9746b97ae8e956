import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import fp from 'fastify-plugin';
import { problems } from '../../lib/http.js';
import { HttpProblem } from '../../lib/problems.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** `draining`: a shutdown has begun (server.ts); /ready answers 503 from then on. */
    readiness: { draining: boolean };
  }
}

/**
 * Liveness (the process answers) and readiness (the database answers, and the instance is not
 * shutting down). On SIGTERM server.ts sets `readiness.draining` and keeps serving for
 * SHUTDOWN_DRAIN_SECONDS: the load balancer's health check sees 503 and stops sending requests
 * here before the port closes, instead of meeting "connection refused".
 */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.decorate('readiness', { draining: false });
  const Status = Type.Object({ status: Type.String(), database: Type.Optional(Type.String()) });
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['health'],
        summary: 'Liveness: the process answers',
        response: { 200: Status },
      },
    },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/ready',
    {
      schema: {
        operationId: 'getReadiness',
        tags: ['health'],
        summary: 'Readiness: the database answers and the instance is not shutting down (503 otherwise)',
        response: { 200: Status, ...problems(503) },
      },
    },
    async () => {
      if (app.readiness.draining) {
        throw new HttpProblem(
          503,
          'shutting-down',
          'Service unavailable',
          'This instance is shutting down; send requests to another one.',
          {},
          { 'Retry-After': '5' },
        );
      }
      try {
        await Promise.race([
          app.database.ping(),
          new Promise((_, reject) => setTimeout(() => reject(new Error('ping timed out')), 2000).unref()),
        ]);
      } catch {
        throw new HttpProblem(
          503,
          'database-unavailable',
          'Service unavailable',
          'The database does not answer.',
          {},
          { 'Retry-After': '5' },
        );
      }
      return { status: 'ready', database: app.database.kind };
    },
  );
};

/** Wrapped so that `app.readiness` is the root instance's, where server.ts reaches it. */
export const healthRoutes = fp(routes, { name: 'health' });
