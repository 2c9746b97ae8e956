import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../lib/auth-user.js';
import {
  Availability,
  CreateDeskBody,
  DESK_FEATURES,
  CreateSpaceBody,
  Desk,
  Id,
  LocalDate,
  OpeningHour,
  OpeningHoursBody,
  Space,
  type PlaceKind,
  SpaceDetail,
  SpaceSummary,
  UpdateDeskBody,
  UpdateSpaceBody,
} from '@popdesk/shared';
import { badRequest, businessRule, conflict, forbidden, notFound } from '../../lib/problems.js';
import { caller, problems } from '../../lib/http.js';
import {
  canonicalTimeZone,
  isValidDate,
  isValidTimeZone,
  parseWallTime,
  type OpeningSlot,
} from '../../lib/local-time.js';
import { canManageSpace } from '../accounts/access.js';
import { sendEncodedJson } from '../../lib/encoded-json.js';
import { cachedAvailability } from './availability.js';
import { closureRoutes } from './closure-routes.js';
import { checkFeatures, checkPlanPosition, parseFeatureFilter, sortFeatures } from './desk-features.js';
import {
  cachedSpaceList,
  createDesk,
  createSpace,
  deleteDesk,
  deskHasBookings,
  findDeskRow,
  findSpace,
  findSpaceRow,
  replaceOpeningHours,
  spaceDetail,
  toDeskDto,
  toOpeningHourDto,
  updateDesk,
  updateSpace,
} from './spaces-repo.js';

const SpaceParams = Type.Object({ spaceId: Id });
const DeskParams = Type.Object({ deskId: Id });

function checkDate(value: string | null | undefined, path: string) {
  if (value != null && !isValidDate(value))
    throw badRequest(`${path} is not a calendar date.`, [{ path, message: 'is not a calendar date' }]);
}

function checkBounds(from: string | null | undefined, until: string | null | undefined, what: string) {
  if (from && until && from > until)
    throw businessRule('invalid-date-range', 'Invalid date range', `${what} ends before it starts.`);
}

/** Seats belong to rooms and tables; a room without seats is fine (not known yet). */
function checkSeats(kind: PlaceKind, seats: number | null) {
  if (kind === 'desk' && seats !== null)
    throw businessRule(
      'seats-for-rooms-only',
      'Seats for rooms only',
      'Only a room or table has seats; a desk seats one.',
    );
}

/** Validates weekly hours: real times, opens < closes, no overlapping intervals on one weekday. */
export function parseOpeningHours(list: OpeningHour[]): OpeningSlot[] {
  const slots = list
    .map((h) => ({ weekday: h.weekday, opensMinute: parseWallTime(h.opens), closesMinute: parseWallTime(h.closes) }))
    .sort((a, b) => a.weekday - b.weekday || a.opensMinute - b.opensMinute);
  slots.forEach((s, i) => {
    if (s.opensMinute === 1440 || s.opensMinute >= s.closesMinute) {
      throw businessRule(
        'invalid-opening-hours',
        'Invalid opening hours',
        `Weekday ${s.weekday}: an interval must open before it closes.`,
      );
    }
    const prev = slots[i - 1];
    if (prev && prev.weekday === s.weekday && prev.closesMinute > s.opensMinute) {
      throw businessRule('invalid-opening-hours', 'Invalid opening hours', `Weekday ${s.weekday}: intervals overlap.`);
    }
  });
  return slots;
}

/** Public: what spaces there are and when their desks are free. */
export const publicSpaceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** Who calls a public route: the person behind a valid bearer token, else nobody (never a 401 here). */
  async function optionalCaller(request: FastifyRequest, reply: FastifyReply): Promise<AuthUser | null> {
    if (!request.headers.authorization) return null;
    try {
      await app.authenticate(request, reply);
    } catch {
      return null;
    }
    return request.auth;
  }

  app.get(
    '/spaces',
    {
      schema: {
        operationId: 'listSpaces',
        tags: ['spaces'],
        summary: 'All spaces, each with its weekly hours and the closures of the next two weeks',
        response: { 200: Type.Array(SpaceSummary) },
      },
      compress: false, // compressed once per cached list, not per request
    },
    async (request, reply) =>
      sendEncodedJson(request, reply, await cachedSpaceList(app.db, app.caches.spaceList, app.clock())),
  );

  app.get(
    '/spaces/:spaceId',
    {
      schema: {
        operationId: 'getSpace',
        tags: ['spaces'],
        summary: 'A space with desks, opening hours and closures',
        params: SpaceParams,
        response: { 200: SpaceDetail, ...problems(400, 404) },
      },
    },
    async (request) => {
      const detail = await spaceDetail(app.db, request.params.spaceId, app.clock());
      if (!detail) throw notFound('This space');
      return detail;
    },
  );

  app.get(
    '/spaces/:spaceId/availability',
    {
      schema: {
        operationId: 'getAvailability',
        tags: ['spaces'],
        summary: 'Free time of every desk, room and table on one local date, and the events taking them',
        description:
          'Public. With the bearer token of the space’s staff or an admin, events that are not public show their title too; a missing or invalid token is simply anonymous here. `features=monitor,quiet` lists only the desks that have all of them (rooms have none).',
        params: SpaceParams,
        querystring: Type.Object({
          date: LocalDate,
          features: Type.Optional(
            Type.String({
              maxLength: 200,
              description: `Comma-separated desk features a desk must all have: ${DESK_FEATURES.join(', ')}`,
            }),
          ),
        }),
        response: { 200: Availability, ...problems(400, 404) },
      },
      compress: false, // compressed once per cached answer, not per request
    },
    async (request, reply) => {
      const { date } = request.query;
      const { spaceId } = request.params;
      checkDate(date, 'querystring.date');
      const features = parseFeatureFilter(request.query.features);
      // the space's team sees the titles of events that are not public (the day view)
      const viewer = await optionalCaller(request, reply);
      const team = viewer !== null && canManageSpace(viewer, spaceId);
      // the hottest read of all: served as ready JSON from the read cache while nothing changed
      const answer = await cachedAvailability(
        app.db,
        app.caches.availability,
        spaceId,
        date,
        app.clock(),
        team,
        features,
      );
      if (!answer) throw notFound('This space');
      return sendEncodedJson(request, reply, answer);
    },
  );
};

/** Behind authentication: running spaces (admins, and staff for their own spaces). */
export const manageSpaceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  async function managedSpace(request: FastifyRequest, spaceId: string) {
    const user = caller(request);
    const space = await findSpaceRow(app.db, spaceId);
    if (!space) throw notFound('This space');
    if (!canManageSpace(user, space.id)) throw forbidden('Only admins and this space’s staff may change it.');
    return space;
  }
  async function managedDesk(request: FastifyRequest, deskId: string) {
    const desk = await findDeskRow(app.db, deskId);
    if (!desk) throw notFound('This desk');
    if (!canManageSpace(caller(request), desk.spaceId))
      throw forbidden('Only admins and this space’s staff may change its desks.');
    return desk;
  }

  app.post(
    '/spaces',
    {
      schema: {
        operationId: 'createSpace',
        tags: ['spaces'],
        summary: 'Admin: create a space',
        body: CreateSpaceBody,
        response: { 201: Space, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      if (caller(request).role !== 'admin') throw forbidden('Only admins create spaces.');
      const body = request.body;
      if (body.timezone !== undefined && !isValidTimeZone(body.timezone))
        throw badRequest('timezone is not an IANA time zone.', [
          { path: 'body.timezone', message: 'is not an IANA time zone' },
        ]);
      checkDate(body.opensOn, 'body.opensOn');
      checkDate(body.closesOn, 'body.closesOn');
      checkBounds(body.opensOn, body.closesOn, 'The space’s life');
      const values = body.timezone === undefined ? body : { ...body, timezone: canonicalTimeZone(body.timezone) };
      const id = await createSpace(app.db, values);
      return reply.code(201).send((await findSpace(app.db, id, app.clock()))!);
    },
  );

  app.patch(
    '/spaces/:spaceId',
    {
      schema: {
        operationId: 'updateSpace',
        tags: ['spaces'],
        summary: 'Change a space',
        params: SpaceParams,
        body: UpdateSpaceBody,
        response: { 200: Space, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const space = await managedSpace(request, request.params.spaceId);
      const body = request.body;
      if (body.timezone !== undefined && !isValidTimeZone(body.timezone))
        throw badRequest('timezone is not an IANA time zone.', [
          { path: 'body.timezone', message: 'is not an IANA time zone' },
        ]);
      checkDate(body.opensOn, 'body.opensOn');
      checkDate(body.closesOn, 'body.closesOn');
      checkBounds(
        body.opensOn === undefined ? space.opensOn : body.opensOn,
        body.closesOn === undefined ? space.closesOn : body.closesOn,
        'The space’s life',
      );
      const values = body.timezone === undefined ? body : { ...body, timezone: canonicalTimeZone(body.timezone) };
      await updateSpace(app.db, space.id, values);
      return (await findSpace(app.db, space.id, app.clock()))!;
    },
  );

  app.post(
    '/spaces/:spaceId/desks',
    {
      schema: {
        operationId: 'createDesk',
        tags: ['spaces'],
        summary: 'Add a desk, or a room or table (kind room, with seats)',
        params: SpaceParams,
        body: CreateDeskBody,
        response: { 201: Desk, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const space = await managedSpace(request, request.params.spaceId);
      const { name, activeFrom = null, activeUntil = null, kind = 'desk', seats = null, features = [] } = request.body;
      checkDate(activeFrom, 'body.activeFrom');
      checkDate(activeUntil, 'body.activeUntil');
      checkBounds(activeFrom, activeUntil, 'The desk’s active period');
      checkSeats(kind, seats);
      checkFeatures(kind, features);
      checkPlanPosition(request.body.planX, request.body.planY);
      const desk = await createDesk(app.db, {
        spaceId: space.id,
        name: name.trim(),
        activeFrom,
        activeUntil,
        kind,
        seats,
        features: sortFeatures(features),
        planX: request.body.planX ?? null,
        planY: request.body.planY ?? null,
      });
      return reply.code(201).send(toDeskDto(desk));
    },
  );

  app.patch(
    '/desks/:deskId',
    {
      schema: {
        operationId: 'updateDesk',
        tags: ['spaces'],
        summary: 'Rename a desk, change its active dates, features or place on the plan, or make it a room',
        params: DeskParams,
        body: UpdateDeskBody,
        response: { 200: Desk, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const desk = await managedDesk(request, request.params.deskId);
      const body = request.body;
      checkDate(body.activeFrom, 'body.activeFrom');
      checkDate(body.activeUntil, 'body.activeUntil');
      checkBounds(
        body.activeFrom === undefined ? desk.activeFrom : body.activeFrom,
        body.activeUntil === undefined ? desk.activeUntil : body.activeUntil,
        'The desk’s active period',
      );
      const kind = body.kind ?? desk.kind;
      // a room turned back into a desk loses its seats, a desk turned into a room its features
      const seats = body.seats !== undefined ? body.seats : kind === 'desk' ? null : desk.seats;
      const features = body.features !== undefined ? sortFeatures(body.features) : kind === 'desk' ? desk.features : [];
      checkSeats(kind, seats);
      checkFeatures(kind, features);
      checkPlanPosition(body.planX, body.planY);
      const updated = await updateDesk(app.db, desk.id, {
        ...body,
        ...(body.name ? { name: body.name.trim() } : {}),
        seats,
        features,
      });
      return toDeskDto(updated);
    },
  );

  app.delete(
    '/desks/:deskId',
    {
      schema: {
        operationId: 'deleteDesk',
        tags: ['spaces'],
        summary: 'Delete a desk that never had bookings (else set activeUntil)',
        params: DeskParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const desk = await managedDesk(request, request.params.deskId);
      if (await deskHasBookings(app.db, desk.id)) {
        throw conflict(
          'desk-has-bookings',
          'Desk has bookings',
          'A desk with bookings or events is kept for the records; set activeUntil to retire it.',
        );
      }
      await deleteDesk(app.db, desk.id);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/spaces/:spaceId/opening-hours',
    {
      schema: {
        operationId: 'setOpeningHours',
        tags: ['spaces'],
        summary: 'Replace the weekly opening hours',
        params: SpaceParams,
        body: OpeningHoursBody,
        response: { 200: Type.Array(OpeningHour), ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const space = await managedSpace(request, request.params.spaceId);
      const slots = parseOpeningHours(request.body);
      await replaceOpeningHours(app.db, space.id, slots);
      return slots.map(toOpeningHourDto);
    },
  );

  await app.register(closureRoutes(managedSpace));
};
