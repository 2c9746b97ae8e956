import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  BOOKING_LIST_DEFAULT,
  Booking,
  BookingGetQuery,
  BookingQuery,
  CancelBookingBody,
  CancelManyAnswer,
  CancelManyBody,
  CreateBookingBody,
  Id,
} from '@popdesk/shared';
import { businessRule, conflict, forbidden, notFound } from '../../lib/problems.js';
import { EXCLUSION_VIOLATION, pgError } from '../../lib/pg-errors.js';
import { caller, problems } from '../../lib/http.js';
import type { AuthUser } from '../../lib/auth-user.js';
import {
  findBooking,
  findHolder,
  listBookings,
  toBookingDto,
  transition,
  withHolder,
  type BookingRow,
} from './bookings-repo.js';
import { cancelMany } from './cancel-many.js';
import { canManageSpace } from '../accounts/access.js';
import { createBooking } from './create-booking.js';
import { parseKey } from './idempotency.js';
import { findSpaceRow } from '../spaces/spaces-repo.js';
import { withBookingEvent } from './booking-events.js';
import { bookingAccess } from './booking-access.js';

const CHECK_IN_OPENS_MS = 15 * 60_000;
const BookingParams = Type.Object({ bookingId: Id });

export const bookingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** The booking, or 404 for ids that do not exist or belong to someone else (no leaking). */
  async function visibleBooking(user: AuthUser, id: string) {
    const booking = await findBooking(app.db, id);
    const access = booking && bookingAccess(user, booking);
    if (!booking || !access) throw notFound('This booking');
    return { booking, access };
  }

  /**
   * A booking's answer: with its holder's name (and e-mail on demand) for staff of its space and
   * admins; as it always was for its holder.
   */
  async function answer(user: AuthUser, row: BookingRow, email = false, extra?: Partial<Booking>) {
    const dto = { ...toBookingDto(row), ...extra };
    if (!canManageSpace(user, row.spaceId)) return dto;
    return withHolder(dto, await findHolder(app.db, row.userId), email);
  }

  app.post(
    '/bookings',
    {
      schema: {
        operationId: 'createBooking',
        tags: ['bookings'],
        summary: 'Book a desk (staff: for someone, or a walk-in guest)',
        headers: Type.Object({
          'idempotency-key': Type.Optional(Type.String({ description: 'Repeat-safe key, 1–255 characters' })),
        }),
        body: CreateBookingBody,
        response: {
          201: {
            description: 'The booking; a repeated Idempotency-Key answers with the booking its first request made',
            headers: {
              'Idempotent-Replayed': Type.String({ description: '`true` when this answer repeats an earlier one' }),
            },
            content: { 'application/json': { schema: Booking } },
          },
          ...problems(400, 401, 403, 404, 409, 422),
        },
      },
      // the hottest write: it drops just its space's free-desk answers, not every cache
      config: { invalidates: 'own' },
    },
    async (request, reply) => {
      const actor = caller(request);
      const result = await createBooking(app.db, {
        actor,
        body: request.body,
        idempotencyKey: parseKey(request.headers['idempotency-key']),
        now: app.clock(),
        desks: app.caches.desks,
      });
      // (a no-show released on the way changes nothing the availability answers show)
      app.caches.availability.invalidate(result.body.spaceId);
      if (result.replayed) reply.header('Idempotent-Replayed', 'true');
      // staff booking for someone see whom they booked for
      const body = canManageSpace(actor, result.body.spaceId)
        ? withHolder(result.body, await findHolder(app.db, result.body.userId), false)
        : result.body;
      return reply.code(201).send(body);
    },
  );

  app.get(
    '/bookings',
    {
      schema: {
        operationId: 'listBookings',
        tags: ['bookings'],
        summary: 'Coworkers: their own bookings; staff and admins: their spaces’ bookings',
        querystring: BookingQuery,
        response: { 200: Type.Array(Booking), ...problems(400, 401) },
      },
    },
    async (request) => {
      const user = caller(request);
      const q = request.query;
      const managedSpaceIds = user.role === 'admin' ? undefined : user.role === 'staff' ? user.spaceIds : [];
      return listBookings(app.db, {
        userId: user.id,
        managedSpaceIds,
        // names only where the caller runs the space (a staff member's own bookings elsewhere: none)
        people:
          user.role === 'admin' || user.role === 'staff'
            ? { spaceIds: managedSpaceIds, email: q.include === 'email' }
            : undefined,
        spaceId: q.spaceId,
        status: q.status,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        limit: q.limit ?? BOOKING_LIST_DEFAULT,
      });
    },
  );

  app.get(
    '/bookings/:bookingId',
    {
      schema: {
        operationId: 'getBooking',
        tags: ['bookings'],
        summary: 'One booking',
        params: BookingParams,
        querystring: BookingGetQuery,
        response: { 200: Booking, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const user = caller(request);
      const { booking } = await visibleBooking(user, request.params.bookingId);
      return answer(user, booking, request.query.include === 'email');
    },
  );

  app.post(
    '/bookings/cancel-many',
    {
      schema: {
        operationId: 'cancelManyBookings',
        tags: ['bookings'],
        summary: 'Staff/admin: cancel several bookings at once, with a message to the people (all or nothing)',
        body: CancelManyBody,
        response: { 200: CancelManyAnswer, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = caller(request);
      const { bookingIds, message } = request.body;
      const { unchanged } = await cancelMany(app.db, {
        actor,
        bookingIds,
        ...(message === undefined ? {} : { message }),
        now: app.clock(),
        log: request.log,
      });
      // (the write drops the read caches as every write does; the answers come with the holders' names)
      const spaceIds = actor.role === 'admin' ? undefined : actor.spaceIds;
      const all = await listBookings(app.db, {
        ids: bookingIds,
        managedSpaceIds: spaceIds,
        limit: bookingIds.length,
        people: { spaceIds, email: false },
      });
      const kept = new Set(unchanged);
      return { cancelled: all.filter((b) => !kept.has(b.id)), unchanged: all.filter((b) => kept.has(b.id)) };
    },
  );

  app.post(
    '/bookings/:bookingId/cancel',
    {
      schema: {
        operationId: 'cancelBooking',
        tags: ['bookings'],
        summary: 'Cancel (holders before its end; staff any time, optionally with a message to the holder)',
        params: BookingParams,
        body: CancelBookingBody,
        response: { 200: Booking, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const now = app.clock();
      const user = caller(request);
      const { booking, access } = await visibleBooking(user, request.params.bookingId);
      const message = request.body?.message?.trim();
      if (message && access !== 'manager')
        throw forbidden('Only the space’s staff send a message with a cancellation.');
      if (booking.status === 'cancelled') return answer(user, booking);
      if (booking.status === 'no_show')
        throw businessRule('not-cancellable', 'Not cancellable', 'This booking was released as a no-show.');
      if (access === 'owner' && booking.endAt <= now)
        throw businessRule('booking-ended', 'Booking has ended', 'A booking can be cancelled only before it ends.');
      // (the cancellation's event also offers the freed desk to the next person waiting)
      const updated = await withBookingEvent(
        app.db,
        'booking.cancelled',
        now,
        (tx) => transition(tx, booking, ['confirmed', 'checked_in'], { status: 'cancelled', cancelledAt: now }),
        request.log,
        message ? { message } : undefined,
      );
      return answer(user, updated ?? (await findBooking(app.db, booking.id))!);
    },
  );

  app.post(
    '/bookings/:bookingId/check-in',
    {
      schema: {
        operationId: 'checkInBooking',
        tags: ['bookings'],
        summary: 'Check in (holders from 15 minutes before start until its end; staff any time)',
        params: BookingParams,
        response: { 200: Booking, ...problems(400, 401, 404, 409, 422) },
      },
    },
    async (request) => {
      const now = app.clock();
      const { booking, access } = await visibleBooking(caller(request), request.params.bookingId);
      if (booking.status === 'checked_in') return toBookingDto(booking);
      if (booking.status === 'cancelled')
        throw businessRule('booking-cancelled', 'Booking cancelled', 'A cancelled booking cannot be checked in.');
      if (access === 'owner') {
        const space = (await findSpaceRow(app.db, booking.spaceId))!;
        const releasedAt = booking.startAt.getTime() + space.releaseAfterMinutes * 60_000;
        if (booking.status === 'no_show' || (space.checkInRequired && now.getTime() >= releasedAt)) {
          throw businessRule(
            'released',
            'Booking released',
            'The desk was released because nobody checked in in time.',
          );
        }
        if (now.getTime() < booking.startAt.getTime() - CHECK_IN_OPENS_MS || now >= booking.endAt) {
          throw businessRule(
            'check-in-window',
            'Not in the check-in window',
            'Check-in opens 15 minutes before the start and closes at the end.',
          );
        }
      }
      try {
        const updated = await withBookingEvent(app.db, 'booking.checked_in', now, (tx) =>
          transition(tx, booking, ['confirmed', 'no_show'], { status: 'checked_in', checkedInAt: now }),
        );
        if (updated) return toBookingDto(updated);
        // the conditional UPDATE changed nothing: the booking changed since it was read. A check-in
        // that came first is this one's answer; one that was cancelled meanwhile is not checked in.
        const current = (await findBooking(app.db, booking.id))!;
        if (current.status === 'checked_in') return toBookingDto(current);
        throw businessRule(
          'booking-cancelled',
          'Booking cancelled',
          'The booking was cancelled meanwhile; it cannot be checked in.',
        );
      } catch (err) {
        // staff checking in a late no-show whose desk has been booked again meanwhile
        if (pgError(err)?.code === EXCLUSION_VIOLATION)
          throw conflict('desk-taken', 'Desk already booked', 'The desk was released and booked again meanwhile.');
        throw err;
      }
    },
  );
};
