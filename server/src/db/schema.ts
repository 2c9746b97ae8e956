/**
 * The whole PopDesk schema. Instants are `timestamptz` (UTC), calendar dates of a space are `date`
 * in that space's zone, wall-clock times are minutes after local midnight (0‥1440).
 * Constraints drizzle cannot express (the btree_gist exclusion constraints that make double
 * bookings impossible) live in the hand-written migration `migrations/0001_booking_exclusion.sql`.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const localDate = (name: string) => date(name, { mode: 'string' });

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** null once the account is erased (GDPR Art. 17); the row stays so bookings keep counting. */
    email: text('email'),
    name: text('name'),
    passwordHash: text('password_hash'),
    role: text('role', { enum: ['coworker', 'staff', 'admin', 'analyst'] })
      .notNull()
      .default('coworker'),
    group: text('user_group').notNull().default('other'),
    locale: text('locale', { enum: ['de', 'en'] })
      .notNull()
      .default('de'),
    /** Secret for the calendar feed URL; rotating it revokes old links. */
    calendarToken: text('calendar_token').notNull(),
    /** Tokens issued before this instant are rejected (logout everywhere, password change, erase). */
    tokensValidAfter: instant('tokens_valid_after').notNull().defaultNow(),
    createdAt: instant('created_at').notNull().defaultNow(),
    erasedAt: instant('erased_at'),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_calendar_token_key').on(t.calendarToken),
  ],
);

export const spaces = pgTable('spaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  town: text('town').notNull(),
  address: text('address'),
  description: text('description'),
  timezone: text('timezone').notNull().default('Europe/Berlin'),
  opensOn: localDate('opens_on'),
  closesOn: localDate('closes_on'),
  bookingHorizonDays: integer('booking_horizon_days').notNull().default(28),
  checkInRequired: boolean('check_in_required').notNull().default(false),
  releaseAfterMinutes: integer('release_after_minutes').notNull().default(30),
  /** Fair use: a coworker's own booking lasts at least this long (5–1440). */
  minBookingMinutes: integer('min_booking_minutes').notNull().default(30),
  /** Fair use: counting bookings of this space a coworker may hold that have not ended; null = no limit. */
  maxFutureBookingsPerPerson: integer('max_future_bookings_per_person'),
  /** Coworkers may book a room (a place of kind `room`) themselves; otherwise only staff book rooms. */
  coworkersMayBookRooms: boolean('coworkers_may_book_rooms').notNull().default(false),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const staffSpaces = pgTable(
  'staff_spaces',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.spaceId] })],
);

export const desks = pgTable(
  'desks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id),
    name: text('name').notNull(),
    /**
     * A bookable place: a `desk` (one person; the reports' desk-hours count these only) or a `room`
     * (a room or table with `seats`, booked for a meeting or taken by an event).
     */
    kind: text('kind', { enum: ['desk', 'room'] })
      .notNull()
      .default('desk'),
    /** Seats of a room or table; null for a desk. */
    seats: integer('seats'),
    activeFrom: localDate('active_from'),
    activeUntil: localDate('active_until'),
    /** What the desk offers (shared DESK_FEATURES): monitor, standing, quiet, window, power, accessible, docking. */
    features: text('features')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Where the desk sits on its space's floor plan: fractions (0–1) of the plan's width and height. */
    planX: real('plan_x'),
    planY: real('plan_y'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('desks_space_idx').on(t.spaceId),
    check('desks_kind', sql`${t.kind} in ('desk', 'room')`),
    check('desks_seats', sql`${t.seats} is null or ${t.seats} between 1 and 1000`),
    check(
      'desks_features',
      sql`${t.features} <@ array['monitor', 'standing', 'quiet', 'window', 'power', 'accessible', 'docking']::text[]`,
    ),
    check(
      'desks_plan_position',
      sql`(${t.planX} is null) = (${t.planY} is null) and coalesce(${t.planX} between 0 and 1 and ${t.planY} between 0 and 1, true)`,
    ),
  ],
);

/** A coworker's favourite desks ("book my usual"). */
export const favouriteDesks = pgTable(
  'favourite_desks',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    deskId: uuid('desk_id')
      .notNull()
      .references(() => desks.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.deskId] })],
);

/**
 * A space's floor plan: a sanitised SVG or a PNG, base64 in `data`, with its pixel size (an SVG's
 * viewBox size), so that desks can be placed on it in fractions.
 */
export const floorPlans = pgTable(
  'floor_plans',
  {
    spaceId: uuid('space_id')
      .primaryKey()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    mediaType: text('media_type', { enum: ['image/svg+xml', 'image/png'] }).notNull(),
    data: text('data').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [check('floor_plans_media_type', sql`${t.mediaType} in ('image/svg+xml', 'image/png')`)],
);

export const openingHours = pgTable(
  'opening_hours',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    opensMinute: smallint('opens_minute').notNull(),
    closesMinute: smallint('closes_minute').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.weekday, t.opensMinute] }),
    check('opening_hours_weekday', sql`${t.weekday} between 1 and 7`),
    check(
      'opening_hours_range',
      sql`0 <= ${t.opensMinute} and ${t.opensMinute} < ${t.closesMinute} and ${t.closesMinute} <= 1440`,
    ),
  ],
);

export const closures = pgTable(
  'closures',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    date: localDate('date').notNull(),
    reason: text('reason'),
    /**
     * A partial closure: closed from `startsMinute` to `endsMinute` (local wall-clock minutes of
     * the date, 0–1440); both null = the whole day.
     */
    startsMinute: smallint('starts_minute'),
    endsMinute: smallint('ends_minute'),
    /** The closures made in one action (a date range) share it, so that one undo removes them all. */
    batchId: uuid('batch_id'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.date] }),
    index('closures_batch_idx').on(t.batchId),
    check(
      'closures_window',
      sql`(${t.startsMinute} is null and ${t.endsMinute} is null) or (0 <= ${t.startsMinute} and ${t.startsMinute} < ${t.endsMinute} and ${t.endsMinute} <= 1440)`,
    ),
  ],
);

export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deskId: uuid('desk_id')
      .notNull()
      .references(() => desks.id),
    /** Denormalised from the desk so that per-space queries and reports need no join. */
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id),
    /** null for walk-in guests. */
    userId: uuid('user_id').references(() => users.id),
    guestName: text('guest_name'),
    startAt: instant('start_at').notNull(),
    endAt: instant('end_at').notNull(),
    status: text('status', { enum: ['confirmed', 'checked_in', 'cancelled', 'no_show'] })
      .notNull()
      .default('confirmed'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
    checkedInAt: instant('checked_in_at'),
    cancelledAt: instant('cancelled_at'),
    /** Set on every occurrence of a weekly series booked in one request. */
    seriesId: uuid('series_id'),
  },
  (t) => [
    index('bookings_series_idx')
      .on(t.seriesId)
      .where(sql`${t.seriesId} is not null`),
    check('bookings_start_before_end', sql`${t.startAt} < ${t.endAt}`),
    // (end, status, person as well: the reports read a month's bookings from this index alone)
    index('bookings_space_start_idx').on(t.spaceId, t.startAt, t.endAt, t.status, t.userId),
    index('bookings_user_start_idx').on(t.userId, t.startAt),
    index('bookings_due_no_show_idx')
      .on(t.startAt)
      .where(sql`${t.status} = 'confirmed'`),
    // Reports find a month's bookings by start from two days before the month (bookings_space_start_idx);
    // bookings longer than that, which the booking rules never make but an import might, are here.
    index('bookings_space_long_idx')
      .on(t.spaceId, t.endAt)
      .where(sql`${t.endAt} - ${t.startAt} > interval '2 days'`),
    // … and whether a person's counting booking in this space is their first there (newUsers).
    index('bookings_space_user_start_idx')
      .on(t.spaceId, t.userId, t.startAt)
      .where(sql`${t.status} in ('confirmed', 'checked_in') and ${t.userId} is not null`),
  ],
);

/** One row per Idempotency-Key and user: the request's fingerprint and the answer it got. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/**
 * A workshop, trial day, meeting or other gathering in a space, with limited places. It lies inside
 * one opening interval of one local day. Registrations never exceed `capacity`: every registration
 * write locks the event's row first (registrations-repo.ts).
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id),
    title: text('title').notNull(),
    description: text('description'),
    kind: text('kind', { enum: ['workshop', 'trial_day', 'meeting', 'other'] }).notNull(),
    startAt: instant('start_at').notNull(),
    endAt: instant('end_at').notNull(),
    capacity: integer('capacity').notNull(),
    public: boolean('public').notNull().default(true),
    status: text('status', { enum: ['scheduled', 'cancelled'] })
      .notNull()
      .default('scheduled'),
    /** The event this one was duplicated from (a series of sessions). */
    copiedFrom: uuid('copied_from'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    cancelledAt: instant('cancelled_at'),
  },
  (t) => [
    check('events_start_before_end', sql`${t.startAt} < ${t.endAt}`),
    check('events_capacity', sql`${t.capacity} between 1 and 10000`),
    check('events_kind', sql`${t.kind} in ('workshop', 'trial_day', 'meeting', 'other')`),
    check('events_status', sql`${t.status} in ('scheduled', 'cancelled')`),
    index('events_space_start_idx').on(t.spaceId, t.startAt),
    index('events_start_idx').on(t.startAt),
  ],
);

/**
 * The places (desks, rooms, tables) an event takes, for the event's time. `active` is false once
 * the event is cancelled. No two active event places of one desk overlap (exclusion constraint), and
 * the triggers of migration 0009 keep event places and counting bookings of a desk apart under any
 * concurrency (both take the desk's advisory lock, class 71004, then look at the other table).
 */
export const eventPlaces = pgTable(
  'event_places',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    deskId: uuid('desk_id')
      .notNull()
      .references(() => desks.id),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id),
    startAt: instant('start_at').notNull(),
    endAt: instant('end_at').notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.deskId] }),
    check('event_places_start_before_end', sql`${t.startAt} < ${t.endAt}`),
    index('event_places_space_start_idx').on(t.spaceId, t.startAt),
  ],
);

/**
 * A person's place at an event (or a walk-in participant's, with `guestName` and no account).
 * `registered` and `attended` hold a place; `waitlisted` wait in order of `createdAt`.
 */
export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** null for a walk-in participant added by staff. */
    userId: uuid('user_id').references(() => users.id),
    guestName: text('guest_name'),
    status: text('status', { enum: ['registered', 'waitlisted', 'cancelled', 'attended'] }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull().defaultNow(),
    /** When a waitlisted registration moved up to `registered`. */
    promotedAt: instant('promoted_at'),
    checkedInAt: instant('checked_in_at'),
    cancelledAt: instant('cancelled_at'),
  },
  (t) => [
    check('registrations_status', sql`${t.status} in ('registered', 'waitlisted', 'cancelled', 'attended')`),
    check('registrations_who', sql`${t.userId} is not null or ${t.guestName} is not null`),
    index('registrations_event_status_idx').on(t.eventId, t.status, t.createdAt),
    index('registrations_user_idx').on(t.userId, t.createdAt),
    // one live registration per person and event (a second → 409)
    uniqueIndex('registrations_one_per_person_key')
      .on(t.eventId, t.userId)
      .where(sql`${t.status} <> 'cancelled' and ${t.userId} is not null`),
  ],
);

/** Booking attempts rejected because the desk was taken: turned-away demand for the reports. */
export const turnedAway = pgTable(
  'turned_away',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    deskId: uuid('desk_id').references(() => desks.id),
    requestedStart: instant('requested_start').notNull(),
    requestedEnd: instant('requested_end').notNull(),
    at: instant('at').notNull().defaultNow(),
  },
  (t) => [index('turned_away_space_start_idx').on(t.spaceId, t.requestedStart)],
);

/** Failed login attempts per throttle key (client address or account), shared by all instances. */
/**
 * A one-time password-reset link: only the SHA-256 of the token is kept; it works once
 * (`usedAt`) and until `expiresAt` (60 minutes).
 */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('password_reset_tokens_hash_key').on(t.tokenHash),
    index('password_reset_tokens_user_idx').on(t.userId),
  ],
);

export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStart: instant('window_start').notNull(),
});

/**
 * Someone who wants a desk on a local date (optionally only between two wall-clock times) and
 * found none. `waiting` entries are told in turn when a booking on that date is cancelled; every
 * entry, whatever became of it, is turned-away demand in the reports.
 */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    date: localDate('date').notNull(),
    /** Minutes after local midnight (0‥1440); null = any time that day. */
    startMinute: smallint('start_minute'),
    endMinute: smallint('end_minute'),
    status: text('status', { enum: ['waiting', 'notified', 'withdrawn'] })
      .notNull()
      .default('waiting'),
    createdAt: instant('created_at').notNull().defaultNow(),
    notifiedAt: instant('notified_at'),
    withdrawnAt: instant('withdrawn_at'),
  },
  (t) => [
    check(
      'waitlist_entries_range',
      sql`${t.startMinute} is null or ${t.endMinute} is null or ${t.startMinute} < ${t.endMinute}`,
    ),
    index('waitlist_entries_space_date_idx').on(t.spaceId, t.date, t.createdAt),
    index('waitlist_entries_user_idx').on(t.userId, t.date),
    uniqueIndex('waitlist_entries_one_waiting_key')
      .on(t.userId, t.spaceId, t.date)
      .where(sql`${t.status} = 'waiting'`),
  ],
);

/** In-app messages to one person (e-mail delivery arrives later). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['waitlist_desk_free', 'event_promoted', 'event_cancelled'] }).notNull(),
    spaceId: uuid('space_id').references(() => spaces.id, { onDelete: 'cascade' }),
    /** What the message is about, for the client to render (no one else's personal data). */
    data: jsonb('data').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    readAt: instant('read_at'),
  },
  (t) => [index('notifications_user_created_idx').on(t.userId, t.createdAt)],
);

/**
 * Who did what among staff and admin actions (GDPR accountability, Art. 5(2)). Deliberately
 * free of personal data: the actor's id and role, the action, the space and the target's id —
 * no names, no e-mails; `details` holds only non-personal facts (a role, a date, a count).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: instant('at').notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    spaceId: uuid('space_id'),
    targetType: text('target_type'),
    targetId: text('target_id'),
    details: jsonb('details'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_space_at_idx').on(t.spaceId, t.at),
    index('audit_log_actor_at_idx').on(t.actorId, t.at),
  ],
);

/**
 * E-mail queue (transactional outbox): a message is queued in the same transaction as the change it
 * reports and sent later by the scheduler's worker, so that mail never blocks or fails a booking.
 * Workers claim rows with FOR UPDATE SKIP LOCKED; a claimed row is leased until `next_attempt_at`,
 * so a crashed worker's message is retried, never lost. `dedupe_key` makes a message (the reminder)
 * queue at most once.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', {
      // a TypeScript list only (no check constraint): adding a kind needs no migration
      enum: [
        'booking_confirmation',
        'booking_cancellation',
        'booking_reminder',
        'waitlist_desk_free',
        'password_reset',
        'event_registration',
        'event_promoted',
        'event_cancelled',
      ],
    }).notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    bookingId: uuid('booking_id').references(() => bookings.id, { onDelete: 'cascade' }),
    toAddress: text('to_address').notNull(),
    locale: text('locale', { enum: ['de', 'en'] }).notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** [{filename, contentType, content}] (text content, e.g. an .ics file). */
    attachments: jsonb('attachments')
      .notNull()
      .default(sql`'[]'::jsonb`),
    dedupeKey: text('dedupe_key'),
    status: text('status', { enum: ['pending', 'sending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    /** How it left: smtp, file (DATA_DIR/outbox) or db (kept in the database only). */
    transport: text('transport'),
    createdAt: instant('created_at').notNull().defaultNow(),
    sentAt: instant('sent_at'),
  },
  (t) => [
    uniqueIndex('outbox_dedupe_key').on(t.dedupeKey),
    index('outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} in ('pending', 'sending')`),
    index('outbox_created_idx').on(t.createdAt),
  ],
);

/** Municipal systems told about booking changes: an admin registers a URL and the events it wants. */
export const webhooks = pgTable('webhooks', {
  id: uuid('id').primaryKey().defaultRandom(),
  url: text('url').notNull(),
  events: text('events').array().notNull(),
  /** HMAC-SHA256 key for the PopDesk-Signature header; shown once, when the webhook is made. */
  secret: text('secret').notNull(),
  description: text('description'),
  active: boolean('active').notNull().default(true),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: instant('created_at').notNull().defaultNow(),
});

/** One event for one webhook: queued with the booking change, sent and retried by the worker. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    /** The exact JSON body that is signed and sent. */
    body: text('body').notNull(),
    status: text('status', { enum: ['pending', 'sending', 'delivered', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    /** Every attempt: [{at, statusCode, error, durationMs}]. */
    log: jsonb('log')
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdAt: instant('created_at').notNull().defaultNow(),
    deliveredAt: instant('delivered_at'),
  },
  (t) => [
    index('webhook_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} in ('pending', 'sending')`),
    index('webhook_deliveries_webhook_idx').on(t.webhookId, t.createdAt),
    // (retention deletes finished deliveries by age)
    index('webhook_deliveries_created_idx').on(t.createdAt),
  ],
);

/**
 * Surveys of a town, optionally of one space (contract, "Surveys"). The questions are stored as the
 * wire format's JSON (shared/src/surveys.ts); `status` is what staff set, a survey past `closes_on`
 * is closed as well. No creator is stored: a survey is the town's, not a person's.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    town: text('town').notNull(),
    spaceId: uuid('space_id').references(() => spaces.id, { onDelete: 'set null' }),
    intro: text('intro'),
    language: text('language', { enum: ['de', 'en'] })
      .notNull()
      .default('de'),
    template: text('template', { enum: ['commuter', 'post-visit', 'interest'] }),
    questions: jsonb('questions').notNull(),
    closesOn: localDate('closes_on'),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('surveys_status', sql`${t.status} in ('open', 'closed')`),
    check('surveys_language', sql`${t.language} in ('de', 'en')`),
    check('surveys_template', sql`${t.template} in ('commuter', 'post-visit', 'interest')`),
    index('surveys_space_idx').on(t.spaceId),
    index('surveys_town_idx').on(t.town),
  ],
);

/**
 * One anonymous response: the answers and the day they came in — no account, no address, no
 * cookie, not even the time of day (which could be matched against access logs).
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').notNull(),
    submittedOn: localDate('submitted_on').notNull(),
  },
  (t) => [index('survey_responses_survey_idx').on(t.surveyId, t.submittedOn)],
);

/**
 * The report figures (MonthFigures, numbers only) of a closed space-month, so that a roll-up reads
 * them instead of recomputing the month from its bookings (features/reports/summaries.ts). A row
 * counts only while its `generation` equals the space's in `report_generations`: triggers on every
 * table a figure depends on bump it, in the writing transaction, whenever a write touches a past
 * month of the space (migrations/0013_report_summaries.sql). Names, town and zone are joined live.
 */
export const reportMonthFigures = pgTable(
  'report_month_figures',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    /** first day of the month */
    month: localDate('month').notNull(),
    generation: bigint('generation', { mode: 'number' }).notNull(),
    openDays: integer('open_days').notNull(),
    availableDeskHours: doublePrecision('available_desk_hours').notNull(),
    bookedDeskHours: doublePrecision('booked_desk_hours').notNull(),
    occupiedDeskHours: doublePrecision('occupied_desk_hours').notNull(),
    utilisation: doublePrecision('utilisation').notNull(),
    occupancy: doublePrecision('occupancy').notNull(),
    bookings: integer('bookings').notNull(),
    cancellations: integer('cancellations').notNull(),
    noShows: integer('no_shows').notNull(),
    uniqueUsers: integer('unique_users').notNull(),
    newUsers: integer('new_users').notNull(),
    guestBookings: integer('guest_bookings').notNull(),
    peakConcurrentDesks: integer('peak_concurrent_desks').notNull(),
    turnedAway: integer('turned_away').notNull(),
    turnedAwayAttempts: integer('turned_away_attempts').notNull(),
    waitlistEntries: integer('waitlist_entries').notNull(),
    /** EventFigures, as figuresQuery builds it */
    events: json('events').notNull(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.month] })],
);

/**
 * Per space, a counter the report-summary triggers bump whenever a write touches a closed month of
 * the space (no row = 0). Only writes to the past take its row lock: bookings for today or later
 * never do, so it never serialises them. No foreign key: a space's deletion bumps it on the way.
 */
export const reportGenerations = pgTable('report_generations', {
  spaceId: uuid('space_id').primaryKey(),
  generation: bigint('generation', { mode: 'number' }).notNull(),
});

export const schema = {
  auditLog,
  users,
  spaces,
  staffSpaces,
  desks,
  openingHours,
  closures,
  bookings,
  idempotencyKeys,
  turnedAway,
  loginThrottle,
  passwordResetTokens,
  waitlistEntries,
  events,
  eventPlaces,
  registrations,
  notifications,
  outbox,
  webhooks,
  webhookDeliveries,
  surveys,
  surveyResponses,
  favouriteDesks,
  floorPlans,
  reportMonthFigures,
  reportGenerations,
};
