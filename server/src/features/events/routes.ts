/**
 * Events (contract, "Events"): the public lists, an event's page and its .ics for everyone; the
 * space's staff and admins create, change, cancel and duplicate them. Non-public events exist only
 * for their space's staff and admins (404 for everyone else, as if there were none).
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import {
  CancelEventBody,
  CreateEventBody,
  DuplicateEventBody,
  Event,
  EventKind,
  EventListQuery,
  Id,
  UpdateEventBody,
} from '@popdesk/shared';
import type { AuthUser } from '../../lib/auth-user.js';
import { caller, problems } from '../../lib/http.js';
import { isValidDate } from '../../lib/local-time.js';
import { badRequest, businessRule, forbidden, notFound } from '../../lib/problems.js';
import { canManageSpace } from '../accounts/access.js';
import { findSpaceRow } from '../spaces/spaces-repo.js';
import { duplicateEvent } from './duplicate-event.js';
import { eventPageUrl, managesEvent, maySeeEvent, toEventDto } from './event-dto.js';
import { eventCalendar } from './event-ics.js';
import { cancelEvent, createEvent, updateEvent } from './event-writes.js';
import { findEvent, findEvents, listEvents, type EventRecord, type ListBound } from './events-repo.js';

const SpaceParams = Type.Object({ spaceId: Id });
const EventParams = Type.Object({ eventId: Id });
const AllEventsQuery = Type.Object(
  {
    ...EventListQuery.properties,
    spaceId: Type.Optional(Id),
    kind: Type.Optional(EventKind),
  },
  { additionalProperties: false },
);

/** Without from/to a list shows what is ahead: from now, for this many days. */
const DEFAULT_LIST_DAYS = 90;
/** The longest period one list may cover. */
const MAX_LIST_DAYS = 366;
const DAY_MS = 86_400_000;

/** A list bound: a local date (in each event's space zone) or an instant. */
function parseBound(value: string | undefined, fallback: Date, path: string): ListBound {
  if (value === undefined) return { instant: fallback };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (!isValidDate(value)) throw badRequest(`${path} is not a calendar date.`, [{ path, message: 'is not a date' }]);
    return { date: value };
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw badRequest(`${path} is not an instant.`, [{ path, message: 'is not an instant' }]);
  return { instant: new Date(ms) };
}

/** The period a list asks for: `from` (default now) to `to` (default 90 days on), at most a year. */
function listPeriod(query: { from?: string; to?: string }, now: Date): { from: ListBound; to: ListBound } {
  const from = parseBound(query.from, now, 'querystring.from');
  const fromMs = 'instant' in from ? from.instant.getTime() : Date.parse(`${from.date}T00:00:00Z`);
  const to = parseBound(query.to, new Date(fromMs + DEFAULT_LIST_DAYS * DAY_MS), 'querystring.to');
  // a date ends at its (local) midnight; zones lie within a day of UTC, which the bounds allow for
  const toMs = 'instant' in to ? to.instant.getTime() : Date.parse(`${to.date}T00:00:00Z`) + DAY_MS;
  if (toMs < fromMs) throw businessRule('invalid-date-range', 'Invalid date range', '`to` lies before `from`.');
  if (toMs - fromMs > (MAX_LIST_DAYS + 1) * DAY_MS)
    throw businessRule('range-too-long', 'Range too long', `One list covers at most ${MAX_LIST_DAYS} days.`);
  return { from, to };
}

const ics = {
  description: 'iCalendar file with one event (times in UTC)',
  headers: { 'Content-Disposition': Type.String({ description: '`attachment; filename="popdesk-event-….ics"`' }) },
  content: { 'text/calendar': { schema: Type.String({ description: 'RFC 5545 iCalendar' }) } },
};

/**
 * Public: lists, an event, its .ics. They need no token, but know a caller who sends one (staff see
 * more, everyone their own registration); a token sent must be valid (401 otherwise).
 */
export const publicEventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers.authorization !== undefined) await app.authenticate(request, reply);
  });
  const dto = (record: EventRecord, viewer: AuthUser | null) =>
    toEventDto(record, { viewer, publicUrl: app.config.publicUrl });

  async function visibleEvent(request: FastifyRequest, eventId: string): Promise<EventRecord> {
    const viewer = request.auth;
    const record = await findEvent(app.db, eventId, viewer?.id ?? null);
    if (!record || !maySeeEvent(viewer, record)) throw notFound('This event');
    return record;
  }

  app.get(
    '/events',
    {
      schema: {
        operationId: 'listEvents',
        tags: ['events'],
        summary: 'Scheduled public events of every space (staff and admins: also their spaces’ non-public ones)',
        description:
          'Events that end after `from` and start before `to` (a date is read in each space’s zone, `to` inclusive); ' +
          `by default from now for ${DEFAULT_LIST_DAYS} days, at most ${MAX_LIST_DAYS} days. Ordered by start.`,
        querystring: AllEventsQuery,
        response: { 200: Type.Array(Event), ...problems(400, 401, 422) },
      },
    },
    async (request) => {
      const viewer = request.auth;
      const period = listPeriod(request.query, app.clock());
      const found = await listEvents(app.db, {
        viewer,
        spaceId: request.query.spaceId,
        kind: request.query.kind,
        ...period,
        withCancelled: false,
      });
      return found.map((r) => dto(r, viewer));
    },
  );

  app.get(
    '/spaces/:spaceId/events',
    {
      schema: {
        operationId: 'listSpaceEvents',
        tags: ['events'],
        summary: 'A space’s events: public scheduled ones; its staff and admins see all, cancelled ones too',
        description: 'The period as in `GET /api/events`. Ordered by start.',
        params: SpaceParams,
        querystring: EventListQuery,
        response: { 200: Type.Array(Event), ...problems(400, 401, 404, 422) },
      },
    },
    async (request) => {
      const viewer = request.auth;
      const space = await findSpaceRow(app.db, request.params.spaceId);
      if (!space) throw notFound('This space');
      const period = listPeriod(request.query, app.clock());
      const found = await listEvents(app.db, {
        viewer,
        spaceId: space.id,
        ...period,
        withCancelled: viewer !== null && canManageSpace(viewer, space.id),
      });
      return found.map((r) => dto(r, viewer));
    },
  );

  app.get(
    '/events/:eventId',
    {
      schema: {
        operationId: 'getEvent',
        tags: ['events'],
        summary: 'An event (non-public ones: their space’s staff and admins only)',
        description: 'Signed in, the answer carries the caller’s own registration (`myRegistration`).',
        params: EventParams,
        response: { 200: Event, ...problems(400, 401, 404) },
      },
    },
    async (request) => dto(await visibleEvent(request, request.params.eventId), request.auth),
  );

  app.get(
    '/events/:eventId/event.ics',
    {
      schema: {
        operationId: 'getEventCalendar',
        tags: ['events'],
        summary: 'An event as an .ics file (RFC 5545), as visible as the event',
        params: EventParams,
        response: { 200: ics, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const record = await visibleEvent(request, request.params.eventId);
      const body = eventCalendar(record, {
        now: app.clock(),
        url: eventPageUrl(app.config.publicUrl, record.event.id),
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="popdesk-event-${record.event.id.slice(0, 8)}.ics"`)
        .send(body);
    },
  );
};

/** Behind authentication: the space's staff and admins run its events. */
export const manageEventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const dto = (record: EventRecord, viewer: AuthUser) =>
    toEventDto(record, { viewer, publicUrl: app.config.publicUrl });

  /** The event for its managers; 404 for those who may not even see it, 403 for those who only may. */
  async function managedEvent(request: FastifyRequest, eventId: string) {
    const user = caller(request);
    const record = await findEvent(app.db, eventId);
    if (!record || !maySeeEvent(user, record)) throw notFound('This event');
    if (!managesEvent(user, record)) throw forbidden('Only admins and this space’s staff may change its events.');
    const space = (await findSpaceRow(app.db, record.event.spaceId))!;
    return { user, record, space };
  }

  const reread = async (eventId: string, user: AuthUser) => dto((await findEvent(app.db, eventId, user.id))!, user);

  app.post(
    '/spaces/:spaceId/events',
    {
      schema: {
        operationId: 'createEvent',
        tags: ['events'],
        summary: 'Staff: create an event (inside one opening interval of one day), taking places for its time',
        description:
          '422 `outside-opening-hours`, `closed`, `outside-space-life`, `unknown-place` (a place not of this space or ' +
          'not in use that day); 409 `event-places-booked` with `conflicts: [{bookingId, deskId, deskName, start, ' +
          'end, userName}]` when bookings hold the places then, 409 `event-places-taken` when another event does.',
        params: SpaceParams,
        body: CreateEventBody,
        response: { 201: Event, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const user = caller(request);
      const space = await findSpaceRow(app.db, request.params.spaceId);
      if (!space) throw notFound('This space');
      if (!canManageSpace(user, space.id)) throw forbidden('Only admins and this space’s staff create its events.');
      const id = await createEvent(app.db, {
        space,
        body: request.body,
        actorId: user.id,
        now: app.clock(),
        log: request.log,
      });
      return reply.code(201).send(await reread(id, user));
    },
  );

  app.patch(
    '/events/:eventId',
    {
      schema: {
        operationId: 'updateEvent',
        tags: ['events'],
        summary: 'Staff: change an event (more capacity lets people waiting move up)',
        description:
          'The rules and 409s of creating one apply to a new time or new places. 422 `capacity-below-registered` ' +
          'when fewer places than people holding one, `event-cancelled` for a cancelled event, `event-ended` for ' +
          'moving one that has ended.',
        params: EventParams,
        body: UpdateEventBody,
        response: { 200: Event, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { user, record, space } = await managedEvent(request, request.params.eventId);
      await updateEvent(app.db, {
        event: record.event,
        deskIds: record.deskIds,
        space,
        body: request.body,
        now: app.clock(),
        log: request.log,
      });
      return reread(record.event.id, user);
    },
  );

  app.post(
    '/events/:eventId/cancel',
    {
      schema: {
        operationId: 'cancelEvent',
        tags: ['events'],
        summary: 'Staff: cancel an event; its places are free again and the people registered or waiting are told',
        description: 'An optional `message` goes into their e-mail. Cancelling a cancelled event changes nothing.',
        params: EventParams,
        body: Type.Union([CancelEventBody, Type.Null()]),
        response: { 200: Event, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { user, record } = await managedEvent(request, request.params.eventId);
      await cancelEvent(app.db, {
        eventId: record.event.id,
        message: request.body?.message?.trim() || null,
        now: app.clock(),
        log: request.log,
      });
      return reread(record.event.id, user);
    },
  );

  app.post(
    '/events/:eventId/duplicate',
    {
      schema: {
        operationId: 'duplicateEvent',
        tags: ['events'],
        summary: 'Staff: copy an event to other dates, at the same local time (a series of sessions)',
        description:
          'Same places, capacity, kind and visibility; `copiedFrom` names the original. All or nothing: the first ' +
          'date that breaks a rule (422) or whose places are taken (409) is named in the answer (`date`), and ' +
          'nothing is created.',
        params: EventParams,
        body: DuplicateEventBody,
        response: { 201: Type.Array(Event), ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { user, record, space } = await managedEvent(request, request.params.eventId);
      const ids = await duplicateEvent(app.db, {
        source: record,
        space,
        dates: request.body.dates,
        actorId: user.id,
        now: app.clock(),
        log: request.log,
      });
      return reply.code(201).send((await findEvents(app.db, ids)).map((r) => dto(r, user)));
    },
  );
};
