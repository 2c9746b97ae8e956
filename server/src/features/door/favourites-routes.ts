/** The caller's favourite desks (behind authentication): list, mark (idempotent), unmark. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { FAVOURITES_MAX, FavouriteDesk, Id } from '@popdesk/shared';
import { caller, problems } from '../../lib/http.js';
import { pgError } from '../../lib/pg-errors.js';
import { businessRule, notFound, unauthorized } from '../../lib/problems.js';
import { addFavourite, findFavourite, listFavourites, removeFavourite } from './favourites-repo.js';

const DeskParams = Type.Object({ deskId: Id });
const FOREIGN_KEY_VIOLATION = '23503';

export const favouritesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/favourites',
    {
      schema: {
        operationId: 'listMyFavourites',
        tags: ['accounts'],
        summary: 'My favourite desks, in the order I marked them',
        response: { 200: Type.Array(FavouriteDesk), ...problems(401) },
      },
    },
    async (request) => listFavourites(app.db, caller(request).id),
  );

  app.put(
    '/me/favourites/:deskId',
    {
      schema: {
        operationId: 'addMyFavourite',
        tags: ['accounts'],
        summary: `Mark a desk as a favourite: 201 with it when new, 204 when it already was; at most ${FAVOURITES_MAX}`,
        params: DeskParams,
        response: { 201: FavouriteDesk, 204: Type.Null(), ...problems(400, 401, 404, 422) },
      },
    },
    async (request, reply) => {
      const user = caller(request);
      let result;
      try {
        result = await addFavourite(app.db, user.id, request.params.deskId, app.clock());
      } catch (err) {
        // the desk was deleted between the look-up and the insert
        if (pgError(err)?.code === FOREIGN_KEY_VIOLATION) throw notFound('This desk');
        throw err;
      }
      if (result === 'erased') throw unauthorized();
      if (result === 'no-such-desk') throw notFound('This desk');
      if (result === 'too-many')
        throw businessRule(
          'too-many-favourites',
          'Too many favourites',
          `You may keep at most ${FAVOURITES_MAX} favourite desks; remove one first.`,
        );
      if (result === 'already') return reply.code(204).send(null);
      return reply.code(201).send((await findFavourite(app.db, user.id, request.params.deskId))!);
    },
  );

  app.delete(
    '/me/favourites/:deskId',
    {
      schema: {
        operationId: 'removeMyFavourite',
        tags: ['accounts'],
        summary: 'Unmark a favourite desk (204 also when it was not one)',
        params: DeskParams,
        response: { 204: Type.Null(), ...problems(400, 401) },
      },
    },
    async (request, reply) => {
      await removeFavourite(app.db, caller(request).id, request.params.deskId);
      return reply.code(204).send(null);
    },
  );
};
