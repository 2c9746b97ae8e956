/**
 * Reports for a space's staff and admins: the monthly report (JSON or CSV) and the usage series.
 * Nothing in them identifies a person: no names, e-mails or ids, and small user groups folded.
 * The figures come from `app.reportsDb` (a read replica when REPORTS_DATABASE_URL is set).
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Id, MonthlyReport, MonthlyReportQuery, UsageQuery, UsageReport } from '@popdesk/shared';
import { caller, problems } from '../../lib/http.js';
import { forbidden, notFound } from '../../lib/problems.js';
import { canManageSpace } from '../accounts/access.js';
import { findSpaceRow } from '../spaces/spaces-repo.js';
import { csvFormat, monthlyReportCsv, usageCsv, wantsCsv } from './csv.js';
import { monthlyReport } from './monthly-report.js';
import { checkMonth, checkRange, usageSeries } from './usage.js';

const csvOr = <T extends object>(schema: T, description: string) => ({
  description,
  headers: {
    'Content-Disposition': Type.String({ description: 'CSV answers: `attachment; filename="popdesk-….csv"`' }),
  },
  content: {
    'application/json': { schema },
    'text/csv': { schema: Type.String({ description: 'CSV (RFC 4180, or German Excel with locale=de)' }) },
  },
});

function sendCsv(reply: FastifyReply, filename: string, body: string) {
  return reply
    .type('text/csv; charset=utf-8; header=present')
    .header('Content-Disposition', `attachment; filename="${filename}"`)
    .send(body);
}

export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/spaces/:spaceId/reports/monthly',
    {
      schema: {
        operationId: 'getMonthlyReport',
        tags: ['reports'],
        summary:
          'Monthly usage report of a space (staff of the space, admins); JSON, or CSV with Accept: text/csv or format=csv',
        params: Type.Object({ spaceId: Id }),
        querystring: MonthlyReportQuery,
        response: { 200: csvOr(MonthlyReport, 'The month’s figures'), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { month } = request.query;
      checkMonth(month, 'querystring.month');
      const space = await findSpaceRow(app.db, request.params.spaceId);
      if (!space) throw notFound('This space');
      if (!canManageSpace(caller(request), space.id)) throw forbidden('Reports are for this space’s staff and admins.');
      // (a space made a moment ago may not have reached the replica yet: then from the primary)
      const report = ((await monthlyReport(app.reportsDb, space.id, month)) ??
        (await monthlyReport(app.db, space.id, month)))!;
      reply.header('Vary', 'Accept');
      if (wantsCsv(request.query.format, request.headers.accept)) {
        return sendCsv(
          reply,
          `popdesk-${month}-${space.id.slice(0, 8)}.csv`,
          monthlyReportCsv(report, csvFormat(request.query)),
        );
      }
      return reply.send(report);
    },
  );

  app.get(
    '/reports/usage',
    {
      schema: {
        operationId: 'getUsageReport',
        tags: ['reports'],
        summary: 'Monthly figures as a series per space (admins: all spaces, staff: theirs); at most 36 months',
        querystring: UsageQuery,
        response: { 200: csvOr(UsageReport, 'One row per space and month'), ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const user = caller(request);
      const { from, to, spaceId } = request.query;
      checkRange(from, to);
      let spaceIds: string[] | null;
      if (spaceId) {
        if (!(await findSpaceRow(app.db, spaceId))) throw notFound('This space');
        if (!canManageSpace(user, spaceId)) throw forbidden('Reports are for this space’s staff and admins.');
        spaceIds = [spaceId];
      } else if (user.role === 'admin') {
        spaceIds = null;
      } else if (user.role === 'staff') {
        spaceIds = user.spaceIds;
      } else {
        throw forbidden('Reports are for staff and admins.');
      }
      const series = await usageSeries(app.reportsDb, { spaceIds, from, to, parts: app.config.reportsParallel });
      reply.header('Vary', 'Accept');
      if (wantsCsv(request.query.format, request.headers.accept)) {
        return sendCsv(reply, `popdesk-usage-${from}-${to}.csv`, usageCsv(series, csvFormat(request.query)));
      }
      return reply.send(series);
    },
  );
};
