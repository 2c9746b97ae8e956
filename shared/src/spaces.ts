import { Type, type Static } from '@sinclair/typebox';
import {
  Id,
  Instant,
  LocalDate,
  MultilineText,
  SingleLineText,
  Text,
  TimeZone,
  WallTime,
  Weekday,
} from './primitives.js';
import { DeskFeatures, PlanPosition } from './door.js';
import {
  ADDRESS_MAX,
  BOOKING_HORIZON_MAX_DAYS,
  CLOSURE_RANGE_MAX_DAYS,
  CLOSURE_REASON_MAX,
  DESK_NAME_MAX,
  NAME_MAX,
  OPENING_HOURS_MAX,
  RELEASE_AFTER_MAX_MINUTES,
  RELEASE_AFTER_MIN_MINUTES,
  SPACE_DESCRIPTION_MAX,
  MIN_BOOKING_MINUTES_MIN,
  MIN_BOOKING_MINUTES_MAX,
  MAX_FUTURE_BOOKINGS_MIN,
  MAX_FUTURE_BOOKINGS_MAX,
  ROOM_SEATS_MAX,
} from './limits.js';

const NullableDate = Type.Union([LocalDate, Type.Null()]);

export const Space = Type.Object({
  id: Id,
  name: Type.String(),
  town: Type.String(),
  address: Type.Union([Type.String(), Type.Null()]),
  description: Type.Union([Type.String(), Type.Null()]),
  timezone: Type.String(),
  opensOn: NullableDate,
  closesOn: NullableDate,
  bookingHorizonDays: Type.Integer(),
  checkInRequired: Type.Boolean(),
  releaseAfterMinutes: Type.Integer(),
  minBookingMinutes: Type.Integer({ description: 'Fair use: shortest own booking of a coworker, in minutes' }),
  maxFutureBookingsPerPerson: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Fair use: counting bookings of this space not yet ended that one coworker may hold; null = no limit',
  }),
  deskCount: Type.Integer({ description: 'Desks only (places of kind desk); rooms and tables are not counted' }),
  coworkersMayBookRooms: Type.Boolean({
    description: 'Coworkers may book a room or table themselves (otherwise only staff and admins)',
  }),
});
export type Space = Static<typeof Space>;

const spaceFields = {
  name: Text(NAME_MAX),
  town: Text(NAME_MAX),
  address: Type.Optional(Type.Union([SingleLineText(ADDRESS_MAX), Type.Null()])),
  description: Type.Optional(Type.Union([MultilineText(SPACE_DESCRIPTION_MAX), Type.Null()])),
  timezone: Type.Optional(TimeZone),
  opensOn: Type.Optional(NullableDate),
  closesOn: Type.Optional(NullableDate),
  bookingHorizonDays: Type.Optional(Type.Integer({ minimum: 0, maximum: BOOKING_HORIZON_MAX_DAYS })),
  checkInRequired: Type.Optional(Type.Boolean()),
  releaseAfterMinutes: Type.Optional(
    Type.Integer({ minimum: RELEASE_AFTER_MIN_MINUTES, maximum: RELEASE_AFTER_MAX_MINUTES }),
  ),
  minBookingMinutes: Type.Optional(
    Type.Integer({ minimum: MIN_BOOKING_MINUTES_MIN, maximum: MIN_BOOKING_MINUTES_MAX }),
  ),
  maxFutureBookingsPerPerson: Type.Optional(
    Type.Union([Type.Integer({ minimum: MAX_FUTURE_BOOKINGS_MIN, maximum: MAX_FUTURE_BOOKINGS_MAX }), Type.Null()]),
  ),
  coworkersMayBookRooms: Type.Optional(Type.Boolean()),
};

export const CreateSpaceBody = Type.Object(spaceFields, { additionalProperties: false });
export type CreateSpaceBody = Static<typeof CreateSpaceBody>;

export const UpdateSpaceBody = Type.Partial(Type.Object(spaceFields), {
  additionalProperties: false,
  minProperties: 1,
});
export type UpdateSpaceBody = Static<typeof UpdateSpaceBody>;

export const PLACE_KINDS = ['desk', 'room'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const PlaceKind = Type.Union(
  PLACE_KINDS.map((k) => Type.Literal(k)),
  { description: 'desk (one person; counted in desk-hours) or room (a room or table with seats)' },
);

export const Desk = Type.Object({
  id: Id,
  spaceId: Id,
  name: Type.String(),
  activeFrom: NullableDate,
  activeUntil: NullableDate,
  kind: PlaceKind,
  seats: Type.Union([Type.Integer(), Type.Null()], { description: 'Seats of a room or table; null for a desk' }),
  features: DeskFeatures,
  // ---- extensions ----
  planX: Type.Optional(Type.Union([Type.Number(), Type.Null()], { description: 'Place on the floor plan (0–1)' })),
  planY: Type.Optional(Type.Union([Type.Number(), Type.Null()], { description: 'Place on the floor plan (0–1)' })),
});
export type Desk = Static<typeof Desk>;

export const CreateDeskBody = Type.Object(
  {
    name: Text(DESK_NAME_MAX),
    activeFrom: Type.Optional(NullableDate),
    activeUntil: Type.Optional(NullableDate),
    kind: Type.Optional(PlaceKind),
    seats: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: ROOM_SEATS_MAX }), Type.Null()])),
    features: Type.Optional(DeskFeatures),
    planX: Type.Optional(PlanPosition.properties.planX),
    planY: Type.Optional(PlanPosition.properties.planY),
  },
  { additionalProperties: false },
);
export type CreateDeskBody = Static<typeof CreateDeskBody>;

export const UpdateDeskBody = Type.Partial(CreateDeskBody, { additionalProperties: false, minProperties: 1 });
export type UpdateDeskBody = Static<typeof UpdateDeskBody>;

export const OpeningHour = Type.Object(
  { weekday: Weekday, opens: WallTime, closes: WallTime },
  { additionalProperties: false },
);
export type OpeningHour = Static<typeof OpeningHour>;
export const OpeningHoursBody = Type.Array(OpeningHour, { maxItems: OPENING_HOURS_MAX });

export const Closure = Type.Object({
  spaceId: Id,
  date: LocalDate,
  reason: Type.Union([Type.String(), Type.Null()]),
  starts: Type.Optional(
    Type.Union([WallTime, Type.Null()], {
      description: 'A partial closure: closed from this local time; null = the whole day',
    }),
  ),
  ends: Type.Optional(
    Type.Union([WallTime, Type.Null()], { description: 'A partial closure: closed until this local time' }),
  ),
  batchId: Type.Optional(
    Type.Union([Id, Type.Null()], { description: 'Shared by the closures made in one action (a date range)' }),
  ),
  createdAt: Type.Optional(Instant),
  affectedBookings: Type.Optional(
    Type.Integer({ description: 'Counting bookings on that date when the closure was made' }),
  ),
});
export type Closure = Static<typeof Closure>;

export const CreateClosureBody = Type.Object(
  {
    date: LocalDate,
    reason: Type.Optional(Type.Union([SingleLineText(CLOSURE_REASON_MAX), Type.Null()])),
    until: Type.Optional(
      Type.Union([LocalDate, Type.Null()], {
        description: `Inclusive last date of a range (at most ${CLOSURE_RANGE_MAX_DAYS} days)`,
      }),
    ),
    starts: Type.Optional(
      Type.Union([WallTime, Type.Null()], { description: 'Closed only from this time (with ends)' }),
    ),
    ends: Type.Optional(
      Type.Union([WallTime, Type.Null()], { description: 'Closed only until this time (with starts)' }),
    ),
    confirmPast: Type.Optional(
      Type.Boolean({ description: 'Required for a closure touching a past date: the reports of those months change' }),
    ),
  },
  { additionalProperties: false },
);
export type CreateClosureBody = Static<typeof CreateClosureBody>;

/** The answer to creating closures: the first date's closure, and what the whole action made. */
export const CreatedClosures = Type.Composite([
  Closure,
  Type.Object({
    until: LocalDate,
    dates: Type.Array(LocalDate),
    affectedBookings: Type.Integer({ description: 'Counting bookings overlapping the new closures, all dates' }),
  }),
]);
export type CreatedClosures = Static<typeof CreatedClosures>;

export const ClosureListQuery = Type.Object(
  { from: Type.Optional(LocalDate), to: Type.Optional(LocalDate) },
  { additionalProperties: false },
);
export type ClosureListQuery = Static<typeof ClosureListQuery>;

export const SpaceDetail = Type.Composite([
  Space,
  Type.Object({ desks: Type.Array(Desk), openingHours: Type.Array(OpeningHour), closures: Type.Array(Closure) }),
]);
export type SpaceDetail = Static<typeof SpaceDetail>;

/**
 * A space in the list (`GET /api/spaces`): its weekly hours and the closures of the next two
 * weeks come along, enough to tell whether it is open now and when it opens next without a
 * request per space.
 */
export const SpaceSummary = Type.Composite([
  Space,
  Type.Object({
    openingHours: Type.Array(OpeningHour),
    upcomingClosures: Type.Array(Closure, {
      description: 'Closures from today (in the space’s zone) to 15 days ahead',
    }),
  }),
]);
export type SpaceSummary = Static<typeof SpaceSummary>;

export const Interval = Type.Object({ start: Instant, end: Instant });
export type Interval = Static<typeof Interval>;

/** An event taking a place for part of the day: the place is not free then. */
export const PlaceEvent = Type.Object({
  eventId: Id,
  title: Type.Union([Type.String(), Type.Null()], {
    description: 'null for an event that is not public, unless the caller is staff of the space or an admin',
  }),
  start: Instant,
  end: Instant,
});
export type PlaceEvent = Static<typeof PlaceEvent>;

export const Availability = Type.Object({
  date: LocalDate,
  timezone: Type.String(),
  open: Type.Array(Interval),
  desks: Type.Array(
    Type.Object({
      deskId: Id,
      name: Type.String(),
      free: Type.Array(Interval, { description: 'Open time neither booked nor taken by an event' }),
      kind: Type.Optional(PlaceKind),
      seats: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
      events: Type.Optional(Type.Array(PlaceEvent, { description: 'Events taking this place that day, by start' })),
      // ---- extension ----
      features: Type.Optional(DeskFeatures),
    }),
  ),
});
export type Availability = Static<typeof Availability>;
