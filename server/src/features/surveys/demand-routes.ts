/**
 * `GET /api/spaces/:spaceId/demand`: the space's survey answers joined with its visits (demand.ts
 * says how). Read by the same people as the space's reports — its staff, admins and analysts —
 * since it holds nothing personal either: only sums, means and folded counts.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DemandEvidence, DemandQuery, Id, USAGE_MAX_MONTHS } from '@popdesk/shared';
import type { AuthUser } from '../../lib/auth-user.js';
import { caller, problems } from '../../lib/http.js';
import { localDateOf } from '../../lib/local-time.js';
import { badRequest, businessRule, forbidden, notFound } from '../../lib/problems.js';
import { canManageSpace } from '../accounts/access.js';
import { findSpaceRow } from '../spaces/spaces-repo.js';
import { demandEvidence, monthsOf } from './demand.js';
import { answersSubmitted, measuredSurveys, monthBounds, visitsPerMonth } from './demand-repo.js';

/** Months of the default range: the current one and the eleven before it. */
const DEFAULT_MONTHS = 12;

/** The reports' rule (reports/report-access.ts), which surveys may not import: staff of the space, admins, analysts. */
const mayReadDemand = (user: AuthUser, spaceId: string) => user.role === 'analyst' || canManageSpace(user, spaceId);

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

function checkYear(month: string, path: string) {
  const year = Number(month.slice(0, 4));
  if (year < 1900 || year > 9999)
    throw badRequest(`${path} is not a month YYYY-MM.`, [{ path, message: 'is not a month YYYY-MM' }]);
}

/** from/to as asked, or the defaults around the current month; 422 when reversed or too long. */
export function demandRange(query: { from?: string; to?: string }, current: string): { from: string; to: string } {
  const to = query.to ?? (query.from && query.from > current ? query.from : current);
  const from = query.from ?? monthAt(monthIndex(to) - (DEFAULT_MONTHS - 1));
  checkYear(from, 'querystring.from');
  checkYear(to, 'querystring.to');
  const span = monthsOf(from, to).length;
  if (span < 1) throw businessRule('invalid-month-range', 'Invalid month range', `from (${from}) is after to (${to}).`);
  if (span > USAGE_MAX_MONTHS)
    throw businessRule(
      'month-range-too-long',
      'Month range too long',
      `At most ${USAGE_MAX_MONTHS} months at once; ${from} to ${to} is ${span}.`,
    );
  return { from, to };
}

export const demandRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/spaces/:spaceId/demand',
    {
      schema: {
        operationId: 'getSpaceDemand',
        tags: ['surveys'],
        summary:
          'Demand evidence of a space: the answers of its surveys (commute avoided, satisfaction, willingness to pay) joined with its desk visits per month; default the last 12 months, at most 36 (staff of the space, admins, analysts)',
        params: Type.Object({ spaceId: Id }),
        querystring: DemandQuery,
        response: { 200: DemandEvidence, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const space = await findSpaceRow(app.db, request.params.spaceId);
      if (!space) throw notFound('This space');
      if (!mayReadDemand(caller(request), space.id))
        throw forbidden('Demand evidence is for this space’s staff, admins and analysts.');
      const current = localDateOf(app.clock(), space.timezone).slice(0, 7);
      const { from, to } = demandRange(request.query, current);
      const { first, end } = monthBounds(from, to);
      const surveys = await measuredSurveys(app.db, space.id);
      const [responses, visits] = await Promise.all([
        answersSubmitted(
          app.db,
          surveys.map((s) => s.id),
          first,
          end,
        ),
        visitsPerMonth(app.db, space, first, end),
      ]);
      return demandEvidence({ spaceId: space.id, from, to, surveys, responses, visits });
    },
  );
};
