/**
 * `GET /api/spaces/:spaceId/board` (public): the space now, for a tablet at the entrance. Anyone
 * may read it — it names places and times, never people — and a token sent along is ignored.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Board, Id } from '@popdesk/shared';
import { problems } from '../../lib/http.js';
import { notFound } from '../../lib/problems.js';
import { loadBoard } from './board.js';

/** The board asks again every 30 s; a shared cache may answer for half of that. */
const BOARD_MAX_AGE_SECONDS = 15;

export const publicBoardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/spaces/:spaceId/board',
    {
      schema: {
        operationId: 'getSpaceBoard',
        tags: ['spaces'],
        summary: 'The space now: each desk and room free (until when), taken or closed, and today’s public events',
        description:
          'Public, for a tablet at the entrance. No personal data: no names, no booking or user ids. ' +
          '`freeUntil` is the next booking, event or closing time; `nextFreeAt` the next free moment today (or null).',
        params: Type.Object({ spaceId: Id }),
        response: { 200: Board, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const { spaceId } = request.params;
      const origin = app.config.publicUrl ?? `${request.protocol}://${request.host}`;
      const board = await loadBoard(
        app.db,
        app.caches.availability,
        spaceId,
        app.clock(),
        `${origin}/spaces/${spaceId}`,
      );
      if (!board) throw notFound('This space');
      reply.header('Cache-Control', `public, max-age=${BOARD_MAX_AGE_SECONDS}`);
      return board;
    },
  );
};
