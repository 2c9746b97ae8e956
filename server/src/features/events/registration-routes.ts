/**
 * Registrations (contract, "Events"): register or join the waitlist, one's own registrations,
 * withdraw, and for the event's staff the list with names and the check-in.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CreateRegistrationBody, Id, Registration } from '@popdesk/shared';
import { caller, problems } from '../../lib/http.js';
import { forbidden } from '../../lib/problems.js';
import { canManageSpace } from '../accounts/access.js';
import { toEventDto } from './event-dto.js';
import { findEvents } from './events-repo.js';
import { checkIn, register, visibleEvent, withdraw } from './registration-actions.js';
import { toRegistrationDto, toStaffRegistrationDto } from './registration-dto.js';
import { listForEvent, listForUser } from './registrations-repo.js';

const EventParams = Type.Object({ eventId: Id });
const RegistrationParams = Type.Object({ registrationId: Id });
const MyRegistrationsQuery = Type.Object(
  { all: Type.Optional(Type.Boolean({ description: 'Cancelled registrations too', default: false })) },
  { additionalProperties: false },
);

/** Behind authentication. */
export const registrationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const context = (request: Parameters<typeof caller>[0]) => ({
    caller: caller(request),
    now: app.clock(),
    log: request.log,
  });

  app.post(
    '/events/:eventId/registrations',
    {
      schema: {
        operationId: 'registerForEvent',
        tags: ['events'],
        summary: 'Register for an event: a place while one is left, else the waitlist',
        description:
          '`{}` registers the caller (until the event starts). Staff of the event’s space and admins may ' +
          'send `{userId}` to register that person, or `{guestName}` to add a walk-in participant ' +
          '(`attended` at once, until the event ends; 422 `event-full` when no place is left); a person ' +
          'they add once the event has started is a walk-in too. 409 `already-registered`; 422 ' +
          '`registration-closed` once the event has started, has ended or is cancelled.',
        params: EventParams,
        body: CreateRegistrationBody,
        response: { 201: Registration, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const ctx = context(request);
      const placed = await register(app.db, request.params.eventId, request.body, ctx);
      const dto = toRegistrationDto(placed);
      // staff adding someone see whom they added
      const forStaff = placed.row.guestName !== null ? { guestName: placed.row.guestName } : {};
      return reply.code(201).send({ ...dto, ...forStaff });
    },
  );

  app.get(
    '/me/registrations',
    {
      schema: {
        operationId: 'listMyRegistrations',
        tags: ['events'],
        summary: 'My registrations, each with its event: upcoming first (soonest first), then past ones',
        querystring: MyRegistrationsQuery,
        response: { 200: Type.Array(Registration), ...problems(400, 401) },
      },
    },
    async (request) => {
      const { caller: me, now } = context(request);
      const mine = await listForUser(app.db, me.id, now, { all: request.query.all === true });
      const records = new Map(
        (await findEvents(app.db, [...new Set(mine.map((r) => r.row.eventId))])).map((e) => [e.event.id, e]),
      );
      return mine.map((r) => ({
        ...toRegistrationDto({ row: r.row, position: r.position }),
        event: toEventDto(records.get(r.row.eventId)!, { viewer: me, publicUrl: app.config.publicUrl }),
      }));
    },
  );

  app.delete(
    '/registrations/:registrationId',
    {
      schema: {
        operationId: 'withdrawRegistration',
        tags: ['events'],
        summary: 'Withdraw a registration (its owner until the event starts; staff, admins); the waitlist moves up',
        params: RegistrationParams,
        response: { 204: Type.Null(), ...problems(400, 401, 404, 422) },
      },
    },
    async (request, reply) => {
      await withdraw(app.db, request.params.registrationId, context(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/events/:eventId/registrations',
    {
      schema: {
        operationId: 'listEventRegistrations',
        tags: ['events'],
        summary: 'Staff and admins: who is registered, with names; holding a place, then waiting, then cancelled',
        params: EventParams,
        response: { 200: Type.Array(Registration), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { caller: me, now } = context(request);
      const event = await visibleEvent(app.db, me, request.params.eventId);
      if (!canManageSpace(me, event.spaceId))
        throw forbidden('Only this space’s staff and admins see who is registered.');
      const list = await listForEvent(app.db, event.id);
      return list.map((r) => toStaffRegistrationDto({ ...r, position: r.position ?? null }, event, now));
    },
  );

  app.post(
    '/registrations/:registrationId/check-in',
    {
      schema: {
        operationId: 'checkInRegistration',
        tags: ['events'],
        summary:
          'Staff and admins: check a participant in (from 60 minutes before the start to 24 hours after the end)',
        params: RegistrationParams,
        response: { 200: Registration, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const ctx = context(request);
      const placed = await checkIn(app.db, request.params.registrationId, ctx);
      return { ...toRegistrationDto(placed), guestName: placed.row.guestName };
    },
  );
};
