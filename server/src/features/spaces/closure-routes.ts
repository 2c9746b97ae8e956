/**
 * Closures: one date or a range in one action (one batch, one undo), the whole day or a window of
 * it. Closing a past date changes the reports of its month, so it needs an explicit confirmation.
 */
import { randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import {
  CLOSURE_RANGE_MAX_DAYS,
  Closure,
  ClosureListQuery,
  CreateClosureBody,
  CreatedClosures,
  Id,
  LocalDate,
} from '@popdesk/shared';
import { UNIQUE_VIOLATION, pgError } from '../../lib/pg-errors.js';
import { HttpProblem, badRequest, businessRule, conflict, notFound } from '../../lib/problems.js';
import { problems } from '../../lib/http.js';
import { addDays, isValidDate, localDateOf, parseWallTime } from '../../lib/local-time.js';
import { closedInterval, type ClosureWindow } from './closure-window.js';
import {
  addClosures,
  countingBookingsOverlapping,
  listClosures,
  removeClosureBatch,
  toClosureDto,
} from './closures-repo.js';
import { removeClosure, type SpaceRow } from './spaces-repo.js';

type ManagedSpace = (request: FastifyRequest, spaceId: string) => Promise<SpaceRow>;

const SpaceParams = Type.Object({ spaceId: Id });

function checkDate(value: string | null | undefined, path: string) {
  if (value != null && !isValidDate(value))
    throw badRequest(`${path} is not a calendar date.`, [{ path, message: 'is not a calendar date' }]);
}

/** `starts`/`ends` as a window: both or neither; 00:00–24:00 is the whole day. */
export function parseWindow(starts: string | null | undefined, ends: string | null | undefined): ClosureWindow {
  if (starts == null && ends == null) return { startsMinute: null, endsMinute: null };
  if (starts == null || ends == null) {
    const path = starts == null ? 'body.starts' : 'body.ends';
    throw badRequest('Give both starts and ends for a partial closure, or neither.', [
      { path, message: 'is required with the other end of the window' },
    ]);
  }
  const [s, e] = [parseWallTime(starts), parseWallTime(ends)];
  if (s >= e)
    throw businessRule(
      'invalid-closure-window',
      'Invalid closure window',
      'A partial closure must start before it ends.',
    );
  return s === 0 && e === 1440 ? { startsMinute: null, endsMinute: null } : { startsMinute: s, endsMinute: e };
}

/** The dates from `from` to `until`, inclusive. */
function datesOf(from: string, until: string): string[] {
  const dates: string[] = [];
  for (let d = from; d <= until; d = addDays(d, 1)) dates.push(d);
  return dates;
}

export function closureRoutes(managedSpace: ManagedSpace): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/spaces/:spaceId/closures',
      {
        schema: {
          operationId: 'createClosure',
          tags: ['spaces'],
          summary: 'Close the space on a date or a range of dates, the whole day or from–to',
          description:
            'All dates of one action share a `batchId` (undo: DELETE …/closure-batches/:batchId). A date of the range ' +
            'that is already closed answers 409 listing them (`dates`), and nothing is created. A closure before ' +
            'today (in the space’s zone) changes past reports: without `confirmPast: true` it answers 422 `past-closure`.',
          params: SpaceParams,
          body: CreateClosureBody,
          response: { 201: CreatedClosures, ...problems(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        const space = await managedSpace(request, request.params.spaceId);
        const { date, reason = null, confirmPast = false } = request.body;
        checkDate(date, 'body.date');
        checkDate(request.body.until, 'body.until');
        const until = request.body.until ?? date;
        if (until < date)
          throw businessRule('invalid-date-range', 'Invalid date range', 'The closure ends before it starts.');
        const dates = datesOf(date, until);
        if (dates.length > CLOSURE_RANGE_MAX_DAYS)
          throw businessRule(
            'closure-range-too-long',
            'Range too long',
            `One action closes at most ${CLOSURE_RANGE_MAX_DAYS} days.`,
          );
        const window = parseWindow(request.body.starts, request.body.ends);
        const today = localDateOf(app.clock(), space.timezone);
        const past = dates.filter((d) => d < today);
        if (past.length > 0 && !confirmPast) {
          const months = [...new Set(past.map((d) => d.slice(0, 7)))];
          throw new HttpProblem(
            422,
            'past-closure',
            'Closure in the past',
            `${past.length === 1 ? `${past[0]} is` : `${past.length} of these dates are`} before today (${today}): ` +
              `closing them changes the reports of ${months.join(', ')}. Send confirmPast: true to do so.`,
            { dates: past, months },
          );
        }
        let created;
        try {
          created = await addClosures(app.db, {
            spaceId: space.id,
            dates,
            reason,
            window,
            batchId: randomUUID(),
            createdAt: app.clock(),
          });
        } catch (err) {
          if (pgError(err)?.code === UNIQUE_VIOLATION)
            throw conflict('closure-exists', 'Already closed', 'Some of these dates were closed at the same time.');
          throw err;
        }
        if (created.taken.length > 0) {
          throw new HttpProblem(
            409,
            'closure-exists',
            'Already closed',
            `The space is already closed on ${created.taken.join(', ')}; remove those closures or choose other dates.`,
            { dates: created.taken },
          );
        }
        const affectedBookings = await countingBookingsOverlapping(
          app.db,
          space.id,
          dates.map((d) => closedInterval(d, window, space.timezone)),
        );
        return reply.code(201).send({ ...toClosureDto(created.created[0]!), until, dates, affectedBookings });
      },
    );

    app.get(
      '/spaces/:spaceId/closures',
      {
        schema: {
          operationId: 'listClosures',
          tags: ['spaces'],
          summary: 'Staff: the space’s closures, past ones included, by date',
          params: SpaceParams,
          querystring: ClosureListQuery,
          response: { 200: Type.Array(Closure), ...problems(400, 401, 403, 404, 422) },
        },
      },
      async (request) => {
        const space = await managedSpace(request, request.params.spaceId);
        const { from, to } = request.query;
        checkDate(from, 'querystring.from');
        checkDate(to, 'querystring.to');
        if (from && to && from > to)
          throw businessRule('invalid-date-range', 'Invalid date range', '`to` lies before `from`.');
        return (await listClosures(app.db, space.id, from, to)).map(toClosureDto);
      },
    );

    app.delete(
      '/spaces/:spaceId/closures/:date',
      {
        schema: {
          operationId: 'deleteClosure',
          tags: ['spaces'],
          summary: 'Reopen a closed date',
          params: Type.Object({ spaceId: Id, date: LocalDate }),
          response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const space = await managedSpace(request, request.params.spaceId);
        checkDate(request.params.date, 'params.date');
        if (!(await removeClosure(app.db, space.id, request.params.date)))
          throw notFound(`A closure on ${request.params.date}`);
        return reply.code(204).send(null);
      },
    );

    app.delete(
      '/spaces/:spaceId/closure-batches/:batchId',
      {
        schema: {
          operationId: 'deleteClosureBatch',
          tags: ['spaces'],
          summary: 'Undo one closure action: reopen every date it closed',
          params: Type.Object({ spaceId: Id, batchId: Id }),
          response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const space = await managedSpace(request, request.params.spaceId);
        if ((await removeClosureBatch(app.db, space.id, request.params.batchId)) === 0)
          throw notFound('This closure range');
        return reply.code(204).send(null);
      },
    );
  };
}
