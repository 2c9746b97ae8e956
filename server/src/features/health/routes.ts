import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../lib/http.js';
import { HttpProblem } from '../../lib/problems.js';

/** Liveness (the process answers) and readiness (the database answers). */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
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
        summary: 'Readiness: the database answers (503 while it does not)',
        response: { 200: Status, ...problems(503) },
      },
    },
    async () => {
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
