import { Type, type Static } from '@sinclair/typebox';
import { Id, Instant, LocalDate, WallTime } from './primitives.js';

export const WAITLIST_STATUSES = ['waiting', 'notified', 'withdrawn'] as const;
export const WaitlistStatus = Type.Union(WAITLIST_STATUSES.map((s) => Type.Literal(s)));
export type WaitlistStatus = Static<typeof WaitlistStatus>;

/** A local wall-clock time `HH:MM` on the entry's date, or an RFC 3339 instant on that date. */
const TimeOnDate = Type.Union([WallTime, Instant]);

export const CreateWaitlistBody = Type.Object(
  {
    date: LocalDate,
    start: Type.Optional(TimeOnDate),
    end: Type.Optional(TimeOnDate),
  },
  { additionalProperties: false },
);
export type CreateWaitlistBody = Static<typeof CreateWaitlistBody>;

export const WaitlistEntry = Type.Object({
  id: Id,
  spaceId: Id,
  spaceName: Type.String(),
  date: LocalDate,
  /** Local wall-clock times; null = any time that day. */
  start: Type.Union([WallTime, Type.Null()]),
  end: Type.Union([WallTime, Type.Null()]),
  status: WaitlistStatus,
  /** 1 = next to be told; null once no longer waiting. */
  position: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
  createdAt: Instant,
  notifiedAt: Type.Union([Instant, Type.Null()]),
});
export type WaitlistEntry = Static<typeof WaitlistEntry>;

/** `GET /api/spaces/:spaceId/waitlist?date=`: who waits on a date (staff and admins). */
export const WaitlistDateQuery = Type.Object({ date: LocalDate }, { additionalProperties: false });
export type WaitlistDateQuery = Static<typeof WaitlistDateQuery>;

/** An entry as the space's staff see it: with the account that waits. */
export const WaitingEntry = Type.Composite([WaitlistEntry, Type.Object({ userId: Id })]);
export type WaitingEntry = Static<typeof WaitingEntry>;

export const NOTIFICATION_KINDS = ['waitlist_desk_free', 'event_promoted', 'event_cancelled'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** `waitlist_desk_free`: a desk came free on the day the person waits for. */
export const DeskFreeNotificationData = Type.Object({
  spaceId: Id,
  spaceName: Type.String(),
  date: LocalDate,
  waitlistEntryId: Id,
  /** The freed time. */
  start: Instant,
  end: Instant,
});
export type DeskFreeNotificationData = Static<typeof DeskFreeNotificationData>;

/** `event_promoted` (moved up from the waitlist, now registered) and `event_cancelled`. */
export const EventNotificationData = Type.Object({
  eventId: Id,
  registrationId: Id,
  spaceId: Id,
  spaceName: Type.String(),
  title: Type.String(),
  start: Instant,
  end: Instant,
  /** `event_cancelled`: the space team's message to the registrants, if any */
  message: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});
export type EventNotificationData = Static<typeof EventNotificationData>;

export const Notification = Type.Object({
  id: Id,
  kind: Type.Union(NOTIFICATION_KINDS.map((k) => Type.Literal(k))),
  title: Type.String(),
  message: Type.String(),
  /** By `kind`: DeskFreeNotificationData or EventNotificationData */
  data: Type.Union([DeskFreeNotificationData, EventNotificationData]),
  createdAt: Instant,
  readAt: Type.Union([Instant, Type.Null()]),
});
export type Notification = Static<typeof Notification>;

export const NotificationQuery = Type.Object(
  { unread: Type.Optional(Type.Boolean({ description: 'Only unread notifications' })) },
  { additionalProperties: false },
);
export type NotificationQuery = Static<typeof NotificationQuery>;

/** `POST /api/me/notifications/read-all`: how many were marked read. */
export const MarkedRead = Type.Object({ marked: Type.Integer({ minimum: 0 }) });
export type MarkedRead = Static<typeof MarkedRead>;
