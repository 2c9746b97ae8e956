import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { caller, problems } from '../../lib/http.js';
import { eraseAccount, exportPersonalData } from './personal-data.js';

/** Behind authentication: the caller's personal data, exported (GDPR Art. 15) or erased (Art. 17). */
export const personalDataRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/export',
    {
      schema: {
        operationId: 'exportMyData',
        tags: ['accounts'],
        summary: 'Every stored fact about the caller (GDPR Art. 15)',
        response: { 200: Type.Object({}, { additionalProperties: true }), ...problems(401) },
      },
    },
    async (request) => exportPersonalData(app.db, caller(request)),
  );

  app.delete(
    '/me',
    {
      schema: {
        operationId: 'deleteMe',
        tags: ['accounts'],
        summary: 'Erase the account (GDPR Art. 17); bookings stay anonymised',
        response: { 204: Type.Null(), ...problems(401) },
      },
    },
    async (request, reply) => {
      await eraseAccount(app.db, caller(request), app.clock(), { transport: app.mailer.transport, log: request.log });
      return reply.code(204).send(null);
    },
  );
};
