import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { BOOKING_LIST_DEFAULT, Booking, BookingQuery, CreateBookingBody, Id } from '@popdesk/shared';
import { businessRule, conflict, notFound } from '../../lib/problems.js';
import { EXCLUSION_VIOLATION, pgError } from '../../lib/pg-errors.js';
import { caller, problems } from '../../lib/http.js';
import type { AuthUser } from '../../lib/auth-user.js';
import { findBooking, listBookings, toBookingDto, transition } from './bookings-repo.js';
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
      const result = await createBooking(app.db, {
        actor: caller(request),
        body: request.body,
        idempotencyKey: parseKey(request.headers['idempotency-key']),
        now: app.clock(),
        desks: app.caches.desks,
      });
      // (a no-show released on the way changes nothing the availability answers show)
      app.caches.availability.invalidate(result.body.spaceId);
      if (result.replayed) reply.header('Idempotent-Replayed', 'true');
      return reply.code(201).send(result.body);
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
      return listBookings(app.db, {
        userId: user.id,
        managedSpaceIds: user.role === 'admin' ? undefined : user.role === 'staff' ? user.spaceIds : [],
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
        response: { 200: Booking, ...problems(400, 401, 404) },
      },
    },
    async (request) => toBookingDto((await visibleBooking(caller(request), request.params.bookingId)).booking),
  );

  app.post(
    '/bookings/:bookingId/cancel',
    {
      schema: {
        operationId: 'cancelBooking',
        tags: ['bookings'],
        summary: 'Cancel (holders before its end; staff any time)',
        params: BookingParams,
        response: { 200: Booking, ...problems(400, 401, 404, 422) },
      },
    },
    async (request) => {
      const now = app.clock();
      const { booking, access } = await visibleBooking(caller(request), request.params.bookingId);
      if (booking.status === 'cancelled') return toBookingDto(booking);
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
      );
      return toBookingDto(updated ?? (await findBooking(app.db, booking.id))!);
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
        return toBookingDto(updated ?? (await findBooking(app.db, booking.id))!);
      } catch (err) {
        // staff checking in a late no-show whose desk has been booked again meanwhile
        if (pgError(err)?.code === EXCLUSION_VIOLATION)
          throw conflict('desk-taken', 'Desk already booked', 'The desk was released and booked again meanwhile.');
        throw err;
      }
    },
  );
};
