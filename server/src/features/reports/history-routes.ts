/**
 * The whole history within reach: which months a report can cover (GET /api/reports/months) and
 * the season view, one space or all from month A to month B side by side with totals
 * (GET /api/reports/season), as JSON, CSV or xlsx. Same access as every report: a space's staff,
 * admins, analysts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ReportMonths, ReportMonthsQuery, SeasonQuery, SeasonReport } from '@popdesk/shared';
import { answerFormat } from '../../lib/downloads.js';
import { caller, problems } from '../../lib/http.js';
import { localDateOf } from '../../lib/local-time.js';
import { notFound } from '../../lib/problems.js';
import { findSpaceRow } from '../spaces/spaces-repo.js';
import { csvFormat, seasonCsv } from './csv.js';
import { exportLocale } from './export-format.js';
import { fileFor, reportAnswer, sendCsv, sendXlsx } from './export-reply.js';
import { reportMonths, SEVERAL_SPACES_ZONE } from './months.js';
import { checkCanReadReports, readableSpaces } from './report-access.js';
import { season } from './season.js';
import { checkRange } from './usage.js';
import { wideCsv } from './wide-csv.js';
import { seasonXlsx } from './xlsx.js';

export const historyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** The one space asked for (checked), or every space the caller may read reports of. */
  async function scopeOf(request: { query: { spaceId?: string } } & Parameters<typeof caller>[0]) {
    const user = caller(request);
    const { spaceId } = request.query;
    if (!spaceId) return { spaceIds: readableSpaces(user), space: null };
    const space = await findSpaceRow(app.db, spaceId);
    if (!space) throw notFound('This space');
    checkCanReadReports(user, space.id);
    return { spaceIds: [space.id], space };
  }

  app.get(
    '/reports/months',
    {
      schema: {
        operationId: 'getReportMonths',
        tags: ['reports'],
        summary:
          'The months a report can cover: from the opening or first booking to now or the closing (staff of the space, admins, analysts; without spaceId all spaces the caller may read)',
        querystring: ReportMonthsQuery,
        response: { 200: ReportMonths, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { spaceIds } = await scopeOf(request);
      return reportMonths(app.db, spaceIds, app.clock());
    },
  );

  app.get(
    '/reports/season',
    {
      schema: {
        operationId: 'getSeasonReport',
        tags: ['reports'],
        summary:
          'One space (or all the caller may read) from month A to month B, month by month with totals; at most 36 months; JSON, CSV or xlsx',
        querystring: SeasonQuery,
        response: {
          200: reportAnswer(SeasonReport, 'The months side by side and the totals of the range'),
          ...problems(400, 401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      const { from, to } = request.query;
      checkRange(from, to);
      const { spaceIds, space } = await scopeOf(request);
      const now = app.clock();
      const current = localDateOf(now, space?.timezone ?? SEVERAL_SPACES_ZONE).slice(0, 7);
      const result = await season(app.reportsDb, {
        spaceIds,
        from,
        to,
        current,
        now,
        parts: app.config.reportsParallel,
        store: app.db,
      });
      reply.header('Vary', 'Accept');
      const format = answerFormat(request.query.format, request.headers.accept);
      const locale = exportLocale(request.query.locale);
      const range = from === to ? from : `${from}–${to}`;
      const file = { town: space?.town ?? null, from, to, locale };
      if (format === 'xlsx') {
        return sendXlsx(reply, fileFor(file, 'xlsx'), await seasonXlsx({ ...result, range }, locale));
      }
      if (format === 'csv' && request.query.layout === 'wide') {
        const body = wideCsv(result.series, locale, { months: range, figures: result.totals });
        return sendCsv(reply, fileFor(file, 'csv'), body);
      }
      if (format === 'csv') {
        return sendCsv(
          reply,
          `attachment; filename="popdesk-season-${from}-${to}.csv"`,
          seasonCsv(result.months, result.totals, csvFormat(request.query)),
        );
      }
      const body: SeasonReport = {
        from,
        to,
        spaceId: space?.id ?? null,
        spaceName: space?.name ?? null,
        town: space?.town ?? null,
        timezone: space?.timezone ?? null,
        months: result.months,
        totals: result.totals,
      };
      return reply.send(body);
    },
  );
};
