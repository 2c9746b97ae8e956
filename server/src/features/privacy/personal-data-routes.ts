import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { caller, problems } from '../../lib/http.js';
import { clearLoginFailures } from '../accounts/login-throttle.js';
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
      const me = caller(request);
      await eraseAccount(app.db, me, app.clock(), { transport: app.mailer.transport, log: request.log });
      // the throttle keys hold a hash of the e-mail: they go too (computable from the address only now)
      await clearLoginFailures(app.throttle, me.email);
      return reply.code(204).send(null);
    },
  );
};
