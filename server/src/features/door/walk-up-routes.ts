/** `POST /api/desks/:deskId/walk-up` (signed in): check in, or book and check in, at the desk (walk-up.ts). */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Booking, Id, WalkUpBody } from '@popdesk/shared';
import { caller, problems } from '../../lib/http.js';
import { walkUp } from './walk-up.js';

export const walkUpRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/desks/:deskId/walk-up',
    {
      schema: {
        operationId: 'walkUpToDesk',
        tags: ['bookings'],
        summary: 'At the desk: check in the own booking (now or within 15 minutes), or book the desk now, checked in',
        description:
          '200: the caller’s booking of this desk that runs now or starts within 15 minutes, checked in. ' +
          '201: none, and the desk is free now — a new booking from now (rounded down to 5 minutes) until ' +
          '`until` or the end of its free time (the next booking or event, a closure, the end of the opening ' +
          'interval), checked in; it may be shorter than the space’s minimum only when it takes all that free time. ' +
          '409 `desk-taken` when taken now (or `until` runs into a booking or event); 422 `space-closed` when closed ' +
          'now, `walk-up-desks-only` for a room, `until-not-after-now`, `outside-opening-hours`, `closed`, ' +
          '`booking-too-short`, `too-many-bookings`.',
        params: Type.Object({ deskId: Id }),
        // an empty body, or none at all, is a walk-up until the end of the free time
        body: Type.Union([WalkUpBody, Type.Null()]),
        response: {
          200: { description: 'The own booking, checked in', content: { 'application/json': { schema: Booking } } },
          201: { description: 'A new booking, checked in', content: { 'application/json': { schema: Booking } } },
          ...problems(400, 401, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const result = await walkUp(app.db, {
        actor: caller(request),
        deskId: request.params.deskId,
        ...(request.body?.until === undefined ? {} : { until: request.body.until }),
        now: app.clock(),
        caches: app.caches,
      });
      return reply.code(result.statusCode).send(result.body);
    },
  );
};
