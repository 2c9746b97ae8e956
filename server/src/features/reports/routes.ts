/**
 * Reports for a space's staff, admins and analysts: the monthly report and the usage series, as
 * JSON, CSV (machine or wide, for people) or xlsx; the history and season routes are in
 * history-routes.ts. Nothing in them identifies a person: no names, e-mails or ids, and small user
 * groups folded. The figures come from `app.reportsDb` (a read replica when REPORTS_DATABASE_URL is
 * set).
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Id, MonthlyReport, MonthlyReportQuery, UsageQuery, UsageReport } from '@popdesk/shared';
import { answerFormat } from '../../lib/downloads.js';
import { caller, problems } from '../../lib/http.js';
import { notFound } from '../../lib/problems.js';
import { findSpaceRow } from '../spaces/spaces-repo.js';
import { csvFormat, monthlyReportCsv, usageCsv } from './csv.js';
import { exportLocale } from './export-format.js';
import { fileFor, reportAnswer, sendCsv, sendXlsx } from './export-reply.js';
import { historyRoutes } from './history-routes.js';
import { monthlyReport } from './monthly-report.js';
import { checkCanReadReports, readableSpaces } from './report-access.js';
import { checkMonth, checkRange, usageSeries } from './usage.js';
import { wideCsv } from './wide-csv.js';
import { monthlyReportXlsx, usageXlsx } from './xlsx.js';

export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/spaces/:spaceId/reports/monthly',
    {
      schema: {
        operationId: 'getMonthlyReport',
        tags: ['reports'],
        summary:
          'Monthly usage report of a space (staff of the space, admins, analysts); JSON, CSV (Accept: text/csv or format=csv, layout=wide for people) or xlsx (format=xlsx)',
        params: Type.Object({ spaceId: Id }),
        querystring: MonthlyReportQuery,
        response: { 200: reportAnswer(MonthlyReport, 'The month’s figures'), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { month } = request.query;
      checkMonth(month, 'querystring.month');
      const space = await findSpaceRow(app.db, request.params.spaceId);
      if (!space) throw notFound('This space');
      checkCanReadReports(caller(request), space.id);
      // (a space made a moment ago may not have reached the replica yet: then from the primary)
      const now = app.clock();
      const report = ((await monthlyReport(app.reportsDb, space.id, month, now)) ??
        (await monthlyReport(app.db, space.id, month, now)))!;
      reply.header('Vary', 'Accept');
      const format = answerFormat(request.query.format, request.headers.accept);
      const locale = exportLocale(request.query.locale);
      const file = { town: space.town, from: month, to: month, locale };
      if (format === 'xlsx') return sendXlsx(reply, fileFor(file, 'xlsx'), await monthlyReportXlsx(report, locale));
      if (format === 'csv' && request.query.layout === 'wide') {
        return sendCsv(reply, fileFor(file, 'csv'), wideCsv([report], locale));
      }
      if (format === 'csv') {
        return sendCsv(
          reply,
          `attachment; filename="popdesk-${month}-${space.id.slice(0, 8)}.csv"`,
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
        summary:
          'Monthly figures as a series per space (admins and analysts: all spaces, staff: theirs); at most 36 months; JSON, CSV or xlsx',
        querystring: UsageQuery,
        response: {
          200: reportAnswer(UsageReport, 'One row per space and month'),
          ...problems(400, 401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      const user = caller(request);
      const { from, to, spaceId } = request.query;
      checkRange(from, to);
      let spaceIds: string[] | null;
      let town: string | null = null;
      if (spaceId) {
        const space = await findSpaceRow(app.db, spaceId);
        if (!space) throw notFound('This space');
        checkCanReadReports(user, spaceId);
        spaceIds = [spaceId];
        town = space.town;
      } else {
        spaceIds = readableSpaces(user);
      }
      const series = await usageSeries(app.reportsDb, {
        spaceIds,
        from,
        to,
        parts: app.config.reportsParallel,
        now: app.clock(),
        store: app.db,
        log: request.log,
      });
      reply.header('Vary', 'Accept');
      const format = answerFormat(request.query.format, request.headers.accept);
      const locale = exportLocale(request.query.locale);
      const file = { town, from, to, locale };
      if (format === 'xlsx') return sendXlsx(reply, fileFor(file, 'xlsx'), await usageXlsx(series, locale));
      if (format === 'csv' && request.query.layout === 'wide') {
        return sendCsv(reply, fileFor(file, 'csv'), wideCsv(series, locale));
      }
      if (format === 'csv') {
        return sendCsv(
          reply,
          `attachment; filename="popdesk-usage-${from}-${to}.csv"`,
          usageCsv(series, csvFormat(request.query)),
        );
      }
      return reply.send(series);
    },
  );

  await app.register(historyRoutes);
};
