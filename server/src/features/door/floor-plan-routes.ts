/**
 * A space's floor plan: staff upload an SVG or a PNG (checked, never cleaned: floor-plan-image.ts),
 * everyone may see it and where the desks are on it. Desks are placed with `PATCH /api/desks/:deskId
 * {planX, planY}` (features/spaces).
 */
import { createHash } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { FLOOR_PLAN_MAX_BYTES, FloorPlanMeta, Id } from '@popdesk/shared';
import { caller, problems } from '../../lib/http.js';
import { businessRule, forbidden, HttpProblem, notFound } from '../../lib/problems.js';
import { canManageSpace } from '../accounts/access.js';
import { findSpaceRow } from '../spaces/spaces-repo.js';
import { FLOOR_PLAN_MEDIA_TYPES, inspectFloorPlan, type FloorPlanMediaType } from './floor-plan-image.js';
import {
  deleteFloorPlan,
  findFloorPlan,
  findFloorPlanInfo,
  saveFloorPlan,
  toFloorPlanMeta,
} from './floor-plan-repo.js';

const SpaceParams = Type.Object({ spaceId: Id });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Shown on its own (opened in a tab), the plan may run nothing and load nothing: an SVG that got
 * past the check still could not act. Inside the app it is an `<img>`, where SVGs never run scripts.
 */
const PLAN_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
/** Plans change seldom; the meta's URL carries a version, and the ETag makes revalidation cheap. */
const PLAN_CACHE = 'public, max-age=300';

const header = (description: string) => Type.String({ description });
const planHeaders = {
  ETag: header('Changes with every upload'),
  'Cache-Control': header(PLAN_CACHE),
  'Content-Security-Policy': header(PLAN_CSP),
  'X-Content-Type-Options': header('nosniff'),
};
/** An image body: no JSON Schema type (the body is bytes), so validation lets it through to the check. */
const imageBody = (description: string) => Type.Unsafe<Buffer>({ format: 'binary', description });

const unsupportedType = () =>
  new HttpProblem(
    415,
    'unsupported-media-type',
    'Unsupported media type',
    'Send the plan as the raw file with Content-Type image/svg+xml or image/png.',
  );

/** Public: the plan and what it is. */
export const publicFloorPlanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/spaces/:spaceId/floor-plan',
    {
      schema: {
        operationId: 'getFloorPlan',
        tags: ['spaces'],
        summary: 'The space’s floor plan (SVG or PNG), as uploaded (public)',
        params: SpaceParams,
        response: {
          200: {
            description: 'The plan, in the type it was uploaded as',
            headers: planHeaders,
            content: {
              'image/svg+xml': { schema: imageBody('SVG, checked on upload') },
              'image/png': { schema: imageBody('PNG') },
            },
          },
          304: Type.Null({ description: 'Not modified: If-None-Match names the current ETag' }),
          ...problems(400, 404),
        },
      },
    },
    async (request, reply) => {
      const plan = await findFloorPlan(app.db, request.params.spaceId);
      if (!plan) throw notFound('A floor plan of this space');
      const etag = `"${createHash('sha256').update(plan.data).digest('base64url').slice(0, 32)}"`;
      reply
        .header('ETag', etag)
        .header('Cache-Control', PLAN_CACHE)
        .header('Content-Security-Policy', PLAN_CSP)
        .header('X-Content-Type-Options', 'nosniff');
      const wanted = request.headers['if-none-match'];
      if (wanted !== undefined && wanted.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
        return reply.code(304).send(null);
      return reply.type(plan.mediaType).send(Buffer.from(plan.data, 'base64'));
    },
  );

  app.get(
    '/spaces/:spaceId/floor-plan/meta',
    {
      schema: {
        operationId: 'getFloorPlanMeta',
        tags: ['spaces'],
        summary: 'The floor plan’s type, size and URL (public); the desks’ places are on the desks',
        params: SpaceParams,
        response: { 200: FloorPlanMeta, ...problems(400, 404) },
      },
    },
    async (request) => {
      const plan = await findFloorPlanInfo(app.db, request.params.spaceId);
      if (!plan) throw notFound('A floor plan of this space');
      return toFloorPlanMeta(plan);
    },
  );
};

/** Behind authentication: the space's staff and admins upload and remove the plan. */
export const manageFloorPlanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // the raw file as the body, for these routes only (the rest of the API speaks JSON)
  app.addContentTypeParser(
    [...FLOOR_PLAN_MEDIA_TYPES],
    { parseAs: 'buffer', bodyLimit: FLOOR_PLAN_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );

  async function managedSpace(request: FastifyRequest, spaceId: string) {
    const space = await findSpaceRow(app.db, spaceId);
    if (!space) throw notFound('This space');
    if (!canManageSpace(caller(request), space.id))
      throw forbidden('Only admins and this space’s staff may change its floor plan.');
    return space;
  }

  app.put(
    '/spaces/:spaceId/floor-plan',
    {
      bodyLimit: FLOOR_PLAN_MAX_BYTES,
      // who may upload is settled before a megabyte is read (a malformed id is left to validation: 400)
      preParsing: async (request) => {
        const { spaceId } = request.params as { spaceId: string };
        if (UUID.test(spaceId)) await managedSpace(request, spaceId);
      },
      schema: {
        operationId: 'putFloorPlan',
        tags: ['spaces'],
        summary: `Staff, admins: upload the space’s floor plan, the raw SVG or PNG file as the body (at most ${FLOOR_PLAN_MAX_BYTES} bytes); an SVG that could run or load anything is refused (422 unsafe-svg)`,
        params: SpaceParams,
        body: {
          content: {
            'image/svg+xml': { schema: imageBody('An SVG file (UTF-8)') },
            'image/png': { schema: imageBody('A PNG file') },
          },
        },
        response: { 200: FloorPlanMeta, ...problems(400, 401, 403, 404, 413, 415, 422) },
      },
    },
    async (request) => {
      const spaceId = request.params.spaceId; // (its space and the caller's rights: preParsing)
      const mediaType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
      if (!Buffer.isBuffer(request.body) || !FLOOR_PLAN_MEDIA_TYPES.includes(mediaType as FloorPlanMediaType))
        throw unsupportedType();
      const bytes = request.body;
      const verdict =
        bytes.length === 0
          ? ({ ok: false, reason: 'not-an-image', detail: 'The file is empty.' } as const)
          : inspectFloorPlan(mediaType as FloorPlanMediaType, bytes);
      if (!verdict.ok)
        throw businessRule(
          verdict.reason,
          verdict.reason === 'unsafe-svg' ? 'Unsafe SVG' : 'Not an image',
          verdict.detail,
        );
      const saved = await saveFloorPlan(app.db, {
        spaceId,
        mediaType: mediaType as FloorPlanMediaType,
        width: verdict.width,
        height: verdict.height,
        updatedAt: app.clock(),
        bytes,
      });
      return toFloorPlanMeta(saved);
    },
  );

  app.delete(
    '/spaces/:spaceId/floor-plan',
    {
      schema: {
        operationId: 'deleteFloorPlan',
        tags: ['spaces'],
        summary: 'Staff, admins: remove the floor plan, and with it every desk’s place on it (also when there is none)',
        params: SpaceParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const space = await managedSpace(request, request.params.spaceId);
      await deleteFloorPlan(app.db, space.id);
      return reply.code(204).send(null);
    },
  );
};
