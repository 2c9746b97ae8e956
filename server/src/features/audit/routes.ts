import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuditPage, AuditQuery } from '@popdesk/shared';
import { caller, problems } from '../../lib/http.js';
import { forbidden } from '../../lib/problems.js';
import { listAudit } from './audit-repo.js';

/** Admins: who among staff and admins did what, newest first. */
export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit-log',
    {
      schema: {
        operationId: 'listAuditLog',
        tags: ['audit'],
        summary: 'Admin: the audit log of staff and admin actions (ids and roles only, no names)',
        querystring: AuditQuery,
        response: { 200: AuditPage, ...problems(400, 401, 403) },
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
