/** Admin: the e-mail outbox, readable in the app (the demo has no mail server). */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { OutboxMessage, OutboxQuery } from '@popdesk/shared';
import { caller, problems } from '../../lib/http.js';
import { forbidden } from '../../lib/problems.js';
import { isAdmin } from '../accounts/access.js';
import { listOutbox } from './outbox-repo.js';

export const outboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/admin/outbox',
    {
      schema: {
        operationId: 'listOutbox',
        tags: ['admin'],
        summary: 'E-mails queued, sent and failed, newest first',
        querystring: OutboxQuery,
        response: { 200: Type.Array(OutboxMessage), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      if (!isAdmin(caller(request))) throw forbidden('Only admins read the outbox.');
      return listOutbox(app.db, request.query);
    },
  );
};
