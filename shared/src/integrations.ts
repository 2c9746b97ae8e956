/**
 * Wire schemas of the integrations: e-mail outbox (admin view), webhooks for municipal systems,
 * and weekly booking series.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Booking } from './bookings.js';
import { Id, Instant, LocalDate, Nullable, Text, WallTime } from './primitives.js';
import {
  ADMIN_LIST_DEFAULT,
  ADMIN_LIST_MAX,
  SERIES_MAX_WEEKS,
  WEBHOOK_DESCRIPTION_MAX,
  WEBHOOK_URL_MAX,
} from './limits.js';

// ---- e-mail outbox -------------------------------------------------------------------------

export const OUTBOX_KINDS = [
  'booking_confirmation',
  'booking_cancellation',
  'booking_reminder',
  'waitlist_desk_free',
  'password_reset',
  'event_registration',
  'event_promoted',
  'event_cancelled',
] as const;
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export const OutboxStatus = Type.Union(OUTBOX_STATUSES.map((s) => Type.Literal(s)));
export type OutboxStatus = Static<typeof OutboxStatus>;

export const OutboxMessage = Type.Object({
  id: Id,
  kind: Type.Union(OUTBOX_KINDS.map((k) => Type.Literal(k))),
  bookingId: Nullable(Id),
  to: Type.String(),
  locale: Type.Union([Type.Literal('de'), Type.Literal('en')]),
  subject: Type.String(),
  body: Type.String(),
  attachments: Type.Array(Type.Object({ filename: Type.String(), contentType: Type.String() })),
  status: OutboxStatus,
  attempts: Type.Integer(),
  nextAttemptAt: Instant,
  lastError: Nullable(Type.String()),
  /** How it left: `smtp`, `file` (DATA_DIR/outbox) or `db` (kept in the database only). */
  transport: Nullable(Type.String()),
  createdAt: Instant,
  sentAt: Nullable(Instant),
});
export type OutboxMessage = Static<typeof OutboxMessage>;

export const OutboxQuery = Type.Object(
  {
    status: Type.Optional(OutboxStatus),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: ADMIN_LIST_MAX, default: ADMIN_LIST_DEFAULT })),
  },
  { additionalProperties: false },
);
export type OutboxQuery = Static<typeof OutboxQuery>;

// ---- webhooks ------------------------------------------------------------------------------

export const WEBHOOK_EVENTS = [
  'booking.created',
  'booking.cancelled',
  'booking.checked_in',
  'booking.no_show',
  'event.created',
  'event.cancelled',
  'registration.created',
  'registration.cancelled',
] as const;
export const WebhookEvent = Type.Union(WEBHOOK_EVENTS.map((e) => Type.Literal(e)));
export type WebhookEvent = Static<typeof WebhookEvent>;

export const Webhook = Type.Object({
  id: Id,
  url: Type.String(),
  events: Type.Array(WebhookEvent),
  description: Nullable(Type.String()),
  active: Type.Boolean(),
  createdAt: Instant,
});
export type Webhook = Static<typeof Webhook>;

/** The answer to creating a webhook: the only time the signing secret is shown. */
export const WebhookCreated = Type.Composite([Webhook, Type.Object({ secret: Type.String() })]);
export type WebhookCreated = Static<typeof WebhookCreated>;

export const CreateWebhookBody = Type.Object(
  {
    url: Type.String({
      pattern: '^https?://',
      maxLength: WEBHOOK_URL_MAX,
      description: 'http(s) URL that receives POSTed events',
    }),
    events: Type.Array(WebhookEvent, { minItems: 1, uniqueItems: true }),
    description: Type.Optional(Text(WEBHOOK_DESCRIPTION_MAX)),
  },
  { additionalProperties: false },
);
export type CreateWebhookBody = Static<typeof CreateWebhookBody>;

export const WebhookDelivery = Type.Object({
  id: Id,
  webhookId: Id,
  event: WebhookEvent,
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('sending'),
    Type.Literal('delivered'),
    Type.Literal('failed'),
  ]),
  attempts: Type.Integer(),
  nextAttemptAt: Instant,
  lastStatusCode: Type.Union([Type.Integer(), Type.Null()]),
  lastError: Nullable(Type.String()),
  log: Type.Array(
    Type.Object({
      at: Instant,
      statusCode: Type.Union([Type.Integer(), Type.Null()]),
      error: Type.Union([Type.String(), Type.Null()]),
      durationMs: Type.Integer(),
    }),
  ),
  body: Type.String({ description: 'The JSON body sent' }),
  createdAt: Instant,
  deliveredAt: Nullable(Instant),
});
export type WebhookDelivery = Static<typeof WebhookDelivery>;

// ---- weekly booking series -----------------------------------------------------------------

export const CreateSeriesBody = Type.Object(
  {
    deskId: Id,
    firstDate: LocalDate,
    startTime: WallTime,
    endTime: WallTime,
    /** Number of weekly occurrences (1–52) … */
    weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: SERIES_MAX_WEEKS })),
    /** … or the last date (inclusive, at most 52 occurrences). */
    until: Type.Optional(LocalDate),
    mode: Type.Union([Type.Literal('atomic'), Type.Literal('partial')], {
      description: 'atomic: all or nothing; partial: book what is possible',
    }),
    userId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type CreateSeriesBody = Static<typeof CreateSeriesBody>;

export const SeriesFailure = Type.Object({
  date: LocalDate,
  start: Instant,
  end: Instant,
  /** 409 (taken) or 422 (a booking rule). */
  status: Type.Integer(),
  /** The problem slug: desk-taken, overlapping-booking, closed-day, outside-opening-hours, beyond-horizon … */
  reason: Type.String(),
  detail: Type.String(),
});
export type SeriesFailure = Static<typeof SeriesFailure>;

export const SeriesResult = Type.Object({
  seriesId: Id,
  mode: Type.Union([Type.Literal('atomic'), Type.Literal('partial')]),
  booked: Type.Array(Booking),
  failed: Type.Array(SeriesFailure),
});
export type SeriesResult = Static<typeof SeriesResult>;

export const CancelSeriesBody = Type.Object(
  { from: Type.Optional(Instant) },
  { additionalProperties: false, description: 'Cancel the occurrences starting at or after `from` (default: now)' },
);
export type CancelSeriesBody = Static<typeof CancelSeriesBody>;

export const CancelSeriesResult = Type.Object({ seriesId: Id, cancelled: Type.Array(Booking) });
export type CancelSeriesResult = Static<typeof CancelSeriesResult>;
