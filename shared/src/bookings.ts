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
  /**
   * The account holder's name: only for staff of the booking's space and admins (null for a guest
   * or an erased account); never for coworkers, analysts or in reports.
   */
  userName: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  /** The holder's e-mail, on demand (`include=email`), under the same rules as `userName`. */
  userEmail: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});
export type Booking = Static<typeof Booking>;

/** `include=email`: staff and admins also get the holder's e-mail (`userEmail`). */
export const BookingInclude = Type.Optional(
  Type.Literal('email', { description: 'Staff/admin: add the holder’s e-mail (`userEmail`) for their spaces' }),
);

export const BookingGetQuery = Type.Object({ include: BookingInclude }, { additionalProperties: false });
export type BookingGetQuery = Static<typeof BookingGetQuery>;

export const CANCEL_MESSAGE_MAX = 1000;
export const CANCEL_MANY_MAX = 200;
/**
 * A message from the space's team to the holder, sent with the cancellation e-mail: line breaks
 * allowed, other control characters (CR, NUL, ESC …) refused.
 */
export const CancelMessage = Type.String({
  maxLength: CANCEL_MESSAGE_MAX,
  pattern: '^[^\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F]*$',
  description: 'Message to the holder (staff/admin), at most 1000 characters; line breaks (LF) allowed',
});

export const CancelBookingBody = Type.Union([
  Type.Object({ message: Type.Optional(CancelMessage) }, { additionalProperties: false }),
  Type.Null(),
]);
export type CancelBookingBody = Static<typeof CancelBookingBody>;

export const CancelManyBody = Type.Object(
  {
    bookingIds: Type.Array(Id, { minItems: 1, maxItems: CANCEL_MANY_MAX, uniqueItems: true }),
    message: Type.Optional(CancelMessage),
  },
  { additionalProperties: false },
);
export type CancelManyBody = Static<typeof CancelManyBody>;

export const CancelManyAnswer = Type.Object({
  /** every booking now cancelled, including those that already were */
  cancelled: Type.Array(Booking),
  /** bookings left as they were because they cannot be cancelled any more (released as no-shows) */
  unchanged: Type.Array(Booking),
});
export type CancelManyAnswer = Static<typeof CancelManyAnswer>;

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
    include: BookingInclude,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: BOOKING_LIST_MAX, default: BOOKING_LIST_DEFAULT })),
  },
  { additionalProperties: false },
);
export type BookingQuery = Static<typeof BookingQuery>;
