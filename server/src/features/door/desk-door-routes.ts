/**
 * `GET /api/desks/:deskId/door` (public): the desk, its space and its state now — what the desk's
 * page shows before anyone taps (desk-door.ts). A token sent along adds the caller's own booking
 * of the desk that a walk-up would check in; it is checked when sent (a bad one is 401).
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DeskDoor, Id } from '@popdesk/shared';
import { problems } from '../../lib/http.js';
import { notFound } from '../../lib/problems.js';
import { toBookingDto } from '../bookings/bookings-repo.js';
import { loadDeskContext, toDeskDto } from '../spaces/spaces-repo.js';
import { deskNow, ownBookingNow } from './desk-door.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const publicDeskDoorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers.authorization !== undefined) await app.authenticate(request, reply);
  });

  app.get(
    '/desks/:deskId/door',
    {
      schema: {
        operationId: 'getDeskAtDoor',
        tags: ['spaces'],
        summary: 'A desk, its space and its state now, for the desk’s page (public; with a token: the own booking)',
        description:
          '`now.walkUpUntil` is where a walk-up without `until` would end. With a token, `myBooking` is the ' +
          'caller’s booking of this desk that runs now or starts within 15 minutes (what a walk-up checks in).',
        params: Type.Object({ deskId: Id }),
        response: { 200: DeskDoor, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const deskId = request.params.deskId;
      const ctx = await app.caches.desks.load(
        deskId,
        (c) => c.space.id,
        () => loadDeskContext(app.db, deskId),
      );
      if (!ctx) throw notFound('This desk');
      const { desk, space } = ctx;
      const now = app.clock();
      const [at, mine] = await Promise.all([
        deskNow(app.db, app.caches.availability, ctx, now),
        request.auth ? ownBookingNow(app.db, request.auth.id, ctx, now) : null,
      ]);
      return {
        desk: toDeskDto(desk),
        space: {
          id: space.id,
          name: space.name,
          town: space.town,
          timezone: space.timezone,
          minBookingMinutes: space.minBookingMinutes,
          checkInRequired: space.checkInRequired,
        },
        now: {
          at: now.toISOString(),
          date: at.date,
          state: at.state,
          freeUntil: iso(at.freeUntil),
          nextFreeAt: iso(at.nextFreeAt),
          openUntil: iso(at.openUntil),
          walkUpUntil: iso(at.walkUpUntil),
        },
        ...(mine ? { myBooking: toBookingDto(mine, { deskName: desk.name, spaceName: space.name }) } : {}),
      };
    },
  );
};
