import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Id, Instant } from '@popdesk/shared';
import { caller, problems } from '../../lib/http.js';
import { forbidden } from '../../lib/problems.js';
import { listAudit } from './audit-repo.js';

const AuditEntry = Type.Object({
  id: Id,
  at: Instant,
  actorId: Type.Union([Id, Type.Null()]),
  actorRole: Type.String(),
  action: Type.String(),
  spaceId: Type.Union([Id, Type.Null()]),
  targetType: Type.Union([Type.String(), Type.Null()]),
  targetId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
});

const AuditQuery = Type.Object(
  {
    from: Type.Optional(Instant),
    to: Type.Optional(Instant),
    actorId: Type.Optional(Id),
    spaceId: Type.Optional(Id),
    action: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    targetId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

/** Admins: who among staff and admins did what, newest first. */
export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit-log',
    {
      schema: {
        tags: ['audit'],
        summary: 'Admin: the audit log of staff and admin actions (ids and roles only, no names)',
        querystring: AuditQuery,
        response: { 200: Type.Object({ items: Type.Array(AuditEntry), nextOffset: Type.Union([Type.Integer(), Type.Null()]) }), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      if (caller(request).role !== 'admin') throw forbidden('Only admins read the audit log.');
      const q = request.query;
      return listAudit(app.db, {
        ...q,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
      });
    },
  );
};
