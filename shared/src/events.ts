/**
 * Events: workshops, trial days, meetings with limited places (contract, "Events"). An event lies
 * inside one opening interval of one local day of its space, may take places (desks, rooms, tables)
 * for its time, and takes registrations up to `capacity`; the rest wait in order.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Id, Instant, LocalDate, MultilineText, Text } from './primitives.js';
import {
  EVENT_CAPACITY_MAX,
  EVENT_DESCRIPTION_MAX,
  EVENT_PLACES_MAX,
  EVENT_TITLE_MAX,
  EVENT_DUPLICATES_MAX,
  NAME_MAX,
} from './limits.js';

export const EVENT_KINDS = ['workshop', 'trial_day', 'meeting', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EventKind = Type.Union(
  EVENT_KINDS.map((k) => Type.Literal(k)),
  { description: 'workshop, trial_day (a trial day of coworking), meeting or other' },
);

export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export const EventStatus = Type.Union(EVENT_STATUSES.map((s) => Type.Literal(s)));

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled', 'attended'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const RegistrationStatus = Type.Union(REGISTRATION_STATUSES.map((s) => Type.Literal(s)));

export const Event = Type.Object({
  id: Id,
  spaceId: Id,
  title: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  kind: EventKind,
  start: Instant,
  end: Instant,
  capacity: Type.Integer(),
  /** `registered` + `attended` registrations */
  registered: Type.Integer({ description: 'Registrations holding a place (registered or attended)' }),
  waitlisted: Type.Integer({ description: 'Registrations still waiting' }),
  deskIds: Type.Array(Id, { description: 'The places (desks, rooms, tables) the event takes for its time' }),
  public: Type.Boolean(),
  status: EventStatus,
  // ---- extensions ----
  spaceName: Type.Optional(Type.String()),
  town: Type.Optional(Type.String()),
  timezone: Type.Optional(Type.String({ description: "The space's IANA time zone" })),
  attended: Type.Optional(Type.Integer({ description: 'Staff/admin: registrations checked in' })),
  copiedFrom: Type.Optional(Type.Union([Id, Type.Null()], { description: 'The event this one was duplicated from' })),
  /** The caller's own registration, when signed in and registered or waiting. */
  myRegistration: Type.Optional(
    Type.Union([
      Type.Object({ id: Id, status: RegistrationStatus, position: Type.Union([Type.Integer(), Type.Null()]) }),
      Type.Null(),
    ]),
  ),
  url: Type.Optional(Type.String({ description: "The event's public page" })),
});
export type Event = Static<typeof Event>;

const eventFields = {
  title: Text(EVENT_TITLE_MAX),
  description: Type.Optional(Type.Union([MultilineText(EVENT_DESCRIPTION_MAX), Type.Null()])),
  kind: EventKind,
  start: Instant,
  end: Instant,
  capacity: Type.Integer({ minimum: 1, maximum: EVENT_CAPACITY_MAX }),
  deskIds: Type.Optional(Type.Array(Id, { maxItems: EVENT_PLACES_MAX, uniqueItems: true })),
  public: Type.Optional(Type.Boolean({ default: true })),
};

export const CreateEventBody = Type.Object(eventFields, { additionalProperties: false });
export type CreateEventBody = Static<typeof CreateEventBody>;

export const UpdateEventBody = Type.Partial(Type.Object(eventFields), {
  additionalProperties: false,
  minProperties: 1,
});
export type UpdateEventBody = Static<typeof UpdateEventBody>;

/** `POST /api/events/:eventId/duplicate`: copies at the same local time on other dates (a series). */
export const DuplicateEventBody = Type.Object(
  { dates: Type.Array(LocalDate, { minItems: 1, maxItems: EVENT_DUPLICATES_MAX, uniqueItems: true }) },
  { additionalProperties: false },
);
export type DuplicateEventBody = Static<typeof DuplicateEventBody>;

export const CancelEventBody = Type.Object(
  {
    message: Type.Optional(
      Type.Union([MultilineText(EVENT_DESCRIPTION_MAX), Type.Null()], {
        description: 'A message to the registrants, in their e-mail',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CancelEventBody = Static<typeof CancelEventBody>;

export const EventListQuery = Type.Object(
  {
    from: Type.Optional(
      Type.Union([LocalDate, Instant], { description: 'Events ending after this (date: in the space zone)' }),
    ),
    to: Type.Optional(
      Type.Union([LocalDate, Instant], { description: 'Events starting before this (a date: inclusive)' }),
    ),
  },
  { additionalProperties: false },
);
export type EventListQuery = Static<typeof EventListQuery>;

export const Registration = Type.Object({
  id: Id,
  eventId: Id,
  userId: Type.Union([Id, Type.Null()]),
  status: RegistrationStatus,
  position: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
    description: 'Place in the waitlist (1 = next to move up); null unless waitlisted',
  }),
  createdAt: Instant,
  // ---- extensions ----
  /** staff/admin of the event's space only */
  userName: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  guestName: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  checkedInAt: Type.Optional(Type.Union([Instant, Type.Null()])),
  /** staff/admin, once the event has ended: registered and never checked in */
  noShow: Type.Optional(Type.Boolean()),
  /** `GET /api/me/registrations`: the event, so a list needs no second request */
  event: Type.Optional(Event),
});
export type Registration = Static<typeof Registration>;

/** `POST /api/events/:eventId/registrations`: `{}` for oneself; staff add a walk-in participant by name. */
export const CreateRegistrationBody = Type.Object(
  {
    guestName: Type.Optional(Text(NAME_MAX)),
    userId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type CreateRegistrationBody = Static<typeof CreateRegistrationBody>;
