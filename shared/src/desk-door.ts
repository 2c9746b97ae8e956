/**
 * The desk's own page at the door (`GET /api/desks/:deskId/door`, an extension of the contract's
 * "At the door"): what the page a desk's QR code leads to shows before anyone taps.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Id, Instant, LocalDate } from './primitives.js';
import { Desk } from './spaces.js';
import { Booking } from './bookings.js';
import { BoardState } from './door.js';

export const DeskDoor = Type.Object({
  desk: Desk,
  space: Type.Object({
    id: Id,
    name: Type.String(),
    town: Type.String(),
    timezone: Type.String(),
    minBookingMinutes: Type.Integer(),
    checkInRequired: Type.Boolean(),
  }),
  now: Type.Object({
    /** the server's now */
    at: Instant,
    /** today in the space's zone */
    date: LocalDate,
    state: BoardState,
    /** while free: until when (the next booking or event, a closure or the end of the opening interval) — where a walk-up without `until` ends */
    freeUntil: Type.Union([Instant, Type.Null()]),
    /** while taken or closed: the next moment it is free today; null when not again today */
    nextFreeAt: Type.Union([Instant, Type.Null()]),
    /** the end of the current opening interval (closures cut it); null while closed */
    openUntil: Type.Union([Instant, Type.Null()]),
    /**
     * Where a walk-up without `until` made now would end (the earlier of freeUntil and openUntil:
     * a booking lies within one opening interval); null when the desk is not free now
     */
    walkUpUntil: Type.Union([Instant, Type.Null()]),
  }),
  /**
   * Signed in (a token sent): the caller's booking of this desk that runs now or starts within
   * WALK_UP_GRACE_MINUTES — what a walk-up would check in; absent without a token or without one.
   * (Optional rather than nullable: the OpenAPI document names `Booking` once, never nullable.)
   */
  myBooking: Type.Optional(Booking),
});
export type DeskDoor = Static<typeof DeskDoor>;
