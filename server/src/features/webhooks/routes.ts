/** Admin: webhooks for municipal systems, and each one's delivery log. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ADMIN_LIST_DEFAULT,
  ADMIN_LIST_MAX,
  CreateWebhookBody,
  Id,
  Webhook,
  WebhookCreated,
  WebhookDelivery,
} from '@popdesk/shared';
import { caller, problems } from '../../lib/http.js';
import { badRequest, forbidden, notFound } from '../../lib/problems.js';
import { isAdmin } from '../accounts/access.js';
import {
  createWebhook,
  deleteWebhook,
  findWebhook,
  listDeliveries,
  listWebhooks,
  toWebhookDto,
} from './webhooks-repo.js';
import { refusedTarget } from './target-guard.js';

const Params = Type.Object({ webhookId: Id });

export const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', async (request) => {
    if (!isAdmin(caller(request))) throw forbidden('Only admins manage webhooks.');
  });

  app.post(
    '/admin/webhooks',
    {
      schema: {
        operationId: 'createWebhook',
        tags: ['admin'],
        summary:
          'Register a webhook (the answer shows its signing secret, once); https on a public address unless WEBHOOK_ALLOW_PRIVATE',
        body: CreateWebhookBody,
        response: { 201: WebhookCreated, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const url = URL.canParse(request.body.url) ? new URL(request.body.url) : null;
      if (!url) throw badRequest('body.url is not a URL.', [{ path: 'body.url', message: 'is not a URL' }]);
      const refused = refusedTarget(url, app.config.webhooks.allowPrivate);
      if (refused) throw badRequest(`body.url: ${refused}`, [{ path: 'body.url', message: refused }]);
      const row = await createWebhook(app.db, request.body, caller(request).id, app.clock());
      return reply.code(201).send({ ...toWebhookDto(row), secret: row.secret });
    },
  );

  app.get(
    '/admin/webhooks',
    {
      schema: {
        operationId: 'listWebhooks',
        tags: ['admin'],
        summary: 'Registered webhooks',
        response: { 200: Type.Array(Webhook), ...problems(401, 403) },
      },
    },
    async () => (await listWebhooks(app.db)).map(toWebhookDto),
  );

  app.delete(
    '/admin/webhooks/:webhookId',
    {
      schema: {
        operationId: 'deleteWebhook',
        tags: ['admin'],
        summary: 'Remove a webhook (and its delivery log)',
        params: Params,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      if (!(await deleteWebhook(app.db, request.params.webhookId))) throw notFound('This webhook');
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/admin/webhooks/:webhookId/deliveries',
    {
      schema: {
        operationId: 'listWebhookDeliveries',
        tags: ['admin'],
        summary: 'Delivery log of a webhook, newest first (each attempt with its HTTP status)',
        params: Params,
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: ADMIN_LIST_MAX, default: ADMIN_LIST_DEFAULT })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(WebhookDelivery), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      if (!(await findWebhook(app.db, request.params.webhookId))) throw notFound('This webhook');
      return listDeliveries(app.db, request.params.webhookId, request.query.limit ?? 100);
    },
  );
};
