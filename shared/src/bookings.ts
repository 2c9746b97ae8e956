import { Type, type Static } from '@sinclair/typebox';
import { Id, Instant, Text } from './primitives.js';
import { BOOKING_LIST_DEFAULT, BOOKING_LIST_MAX, NAME_MAX } from './limits.js';

export const BOOKING_STATUSES = ['confirmed', 'checked_in', 'cancelled', 'no_show'] as const;
export const BookingStatus = Type.Union(BOOKING_STATUSES.map((s) => Type.Literal(s)));
export type BookingStatus = Static<typeof BookingStatus>;
/** Statuses that hold a desk (and count in reports). */
export const COUNTING_STATUSES = ['confirmed', 'checked_in'] as const;

export const Booking = Type.Object({
  id: Id,
  deskId: Id,
  spaceId: Id,
  userId: Type.Union([Id, Type.Null()]),
  guestName: Type.Union([Type.String(), Type.Null()]),
  start: Instant,
  end: Instant,
  status: BookingStatus,
  createdAt: Instant,
  deskName: Type.Optional(Type.String()),
  spaceName: Type.Optional(Type.String()),
  checkedInAt: Type.Union([Instant, Type.Null()]),
  cancelledAt: Type.Union([Instant, Type.Null()]),
  /** The weekly series (POST /api/bookings/series) this booking is an occurrence of, or null. */
  seriesId: Type.Union([Id, Type.Null()]),
});
export type Booking = Static<typeof Booking>;

export const CreateBookingBody = Type.Object(
  {
    deskId: Id,
    start: Instant,
    end: Instant,
    userId: Type.Optional(Id),
    guestName: Type.Optional(Text(NAME_MAX)),
    checkIn: Type.Optional(
      Type.Boolean({
        description:
          'Staff/admin: record a walk-in checked in at once (the booking runs now or starts within 15 minutes)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CreateBookingBody = Static<typeof CreateBookingBody>;

export const BookingQuery = Type.Object(
  {
    from: Type.Optional(Instant),
    to: Type.Optional(Instant),
    spaceId: Type.Optional(Id),
    status: Type.Optional(BookingStatus),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: BOOKING_LIST_MAX, default: BOOKING_LIST_DEFAULT })),
  },
  { additionalProperties: false },
);
export type BookingQuery = Static<typeof BookingQuery>;
