/** Weekly booking series: book one in a request; cancel the rest of one. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CancelSeriesBody, CancelSeriesResult, CreateSeriesBody, Id, SeriesResult } from '@popdesk/shared';
import { caller, problems } from '../../lib/http.js';
import { toBookingDto } from './bookings-repo.js';
import { cancelSeries } from './cancel-series.js';
import { createSeries } from './create-series.js';

export const seriesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/bookings/series',
    {
      schema: {
        operationId: 'createSeries',
        tags: ['bookings'],
        summary:
          'Book a weekly series (atomic: all or nothing; partial: what is possible); lists each failed occurrence and why',
        body: CreateSeriesBody,
        response: { 201: SeriesResult, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const result = await createSeries(app.db, {
        actor: caller(request),
        body: request.body,
        now: app.clock(),
        log: request.log,
      });
      return reply.code(201).send(result.body);
    },
  );

  app.post(
    '/bookings/series/:seriesId/cancel',
    {
      schema: {
        operationId: 'cancelSeries',
        tags: ['bookings'],
        summary: 'Cancel the rest of a series (occurrences starting at or after `from`, default now)',
        params: Type.Object({ seriesId: Id }),
        body: CancelSeriesBody,
        response: { 200: CancelSeriesResult, ...problems(400, 401, 404) },
      },
      // the body is optional: no body means "from now on"
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) => {
      const now = app.clock();
      const from = request.body.from ? new Date(request.body.from) : now;
      const cancelled = await cancelSeries(app.db, {
        actor: caller(request),
        seriesId: request.params.seriesId,
        from,
        now,
      });
      return { seriesId: request.params.seriesId, cancelled: cancelled.map((b) => toBookingDto(b)) };
    },
  );
};
