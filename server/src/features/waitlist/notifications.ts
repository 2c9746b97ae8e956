/**
 * In-app notifications, and the one that matters now: when a counting booking is cancelled, the
 * earliest person waiting for that space and local date, whose wished-for time overlaps the freed
 * time, is told (once; their entry becomes `notified`), in the app and by e-mail (queued in the outbox).
 */
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DeskFreeNotificationData, EventNotificationData, Notification } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { rows } from '../../db/db.js';
import { notifications, spaces } from '../../db/schema.js';
import { localDateOf, localDatesCovering } from '../../lib/local-time.js';
import type { BookingRow } from '../bookings/bookings-repo.js';
import { queueDeskFreeMail } from '../mail/booking-mail.js';
import { registrationsToTell } from '../mail/event-mail.js';
import { eventTime } from '../mail/event-templates.js';

type NotificationRow = typeof notifications.$inferSelect;

/** Local wall-clock time of an instant, HH:MM. */
const wall = (iso: string, tz: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );

function render(row: NotificationRow, locale: 'de' | 'en', tz: string): Pick<Notification, 'title' | 'message'> {
  if (row.kind !== 'waitlist_desk_free')
    return renderEventMessage(row.kind, row.data as EventNotificationData, locale, tz);
  const d = row.data as DeskFreeNotificationData;
  const from = wall(d.start, tz);
  const to = localDateOf(new Date(d.end), tz) > d.date ? '24:00' : wall(d.end, tz);
  return locale === 'de'
    ? {
        title: 'Ein Platz ist frei geworden',
        message: `In ${d.spaceName} ist am ${d.date} von ${from} bis ${to} ein Platz frei geworden. Jetzt buchen, solange er frei ist.`,
      }
    : {
        title: 'A desk has become free',
        message: `A desk at ${d.spaceName} has become free on ${d.date} from ${from} to ${to}. Book it while it lasts.`,
      };
}

/** Moved up from an event's waitlist, or the event cancelled: with the event's local date and time. */
function renderEventMessage(
  kind: 'event_promoted' | 'event_cancelled',
  d: EventNotificationData,
  locale: 'de' | 'en',
  tz: string,
): Pick<Notification, 'title' | 'message'> {
  const when = eventTime(new Date(d.start), new Date(d.end), tz, locale);
  const note = d.message?.trim();
  if (kind === 'event_promoted') {
    return locale === 'de'
      ? {
          title: 'Sie sind nachgerückt',
          message: `Bei „${d.title}“ in ${d.spaceName} (${when}) ist ein Platz frei geworden: Sie sind jetzt angemeldet.`,
        }
      : {
          title: 'You have moved up',
          message: `A place has come free at “${d.title}” at ${d.spaceName} (${when}): you are now registered.`,
        };
  }
  return locale === 'de'
    ? {
        title: 'Veranstaltung abgesagt',
        message: `„${d.title}“ in ${d.spaceName} (${when}) findet nicht statt.${note ? ` Nachricht vom Team: ${note}` : ''}`,
      }
    : {
        title: 'Event cancelled',
        message: `“${d.title}” at ${d.spaceName} (${when}) will not take place.${note ? ` Message from the team: ${note}` : ''}`,
      };
}

/**
 * The in-app messages an event change causes (subscribed to the events' change hook in app.ts):
 * `event_promoted` for a registration moved up from the waitlist, `event_cancelled` for everyone
 * registered or waiting when staff cancel. Accounts only (no walk-in guests, no erased accounts),
 * and nothing about an event that is over. Written in the transaction of the change.
 */
export const notificationsOnEventChange = {
  async onChange(
    db: Db,
    change: { type: string; registrationIds: string[]; now: Date; message?: string | null },
  ): Promise<void> {
    const kind: 'event_promoted' | 'event_cancelled' | null =
      change.type === 'registration.promoted'
        ? 'event_promoted'
        : change.type === 'event.cancelled'
          ? 'event_cancelled'
          : null;
    if (!kind) return;
    const items = (await registrationsToTell(db, change.registrationIds)).filter(
      ({ registration: r, event, erased }) =>
        r.userId !== null &&
        !erased &&
        event.endAt > change.now &&
        (kind === 'event_promoted' ? r.status === 'registered' : r.status !== 'cancelled'),
    );
    if (items.length === 0) return;
    const userIds = items.map((i) => i.registration.userId!);
    // told once per registration, however often the change is heard (a retried transaction)
    const told = await db
      .select({ registrationId: sql<string>`${notifications.data}->>'registrationId'` })
      .from(notifications)
      .where(
        and(
          inArray(notifications.userId, userIds),
          eq(notifications.kind, kind),
          inArray(sql`${notifications.data}->>'registrationId'`, change.registrationIds),
        ),
      );
    const toldIds = new Set(told.map((n) => n.registrationId));
    const values = items
      .filter((i) => !toldIds.has(i.registration.id))
      .map(({ registration: r, event: e }) => {
        const data: EventNotificationData = {
          eventId: e.id,
          registrationId: r.id,
          spaceId: e.spaceId,
          spaceName: e.space.name,
          title: e.title,
          start: e.startAt.toISOString(),
          end: e.endAt.toISOString(),
          ...(kind === 'event_cancelled' ? { message: change.message ?? null } : {}),
        };
        return { userId: r.userId!, kind, spaceId: e.spaceId, data, createdAt: change.now };
      });
    if (values.length > 0) await db.insert(notifications).values(values);
  },
};

/**
 * Tells the next waiting person about the time a cancelled booking frees (only its part still
 * ahead). The entry is claimed with SKIP LOCKED so that two cancellations at once tell two people.
 * Everything happens in one transaction — a savepoint when called inside the cancellation's, so
 * that the offer exists exactly when the cancellation does, and a failure here undoes only itself.
 */
export async function notifyWaitlist(db: Db, booking: BookingRow, now: Date): Promise<string | null> {
  const start = new Date(Math.max(booking.startAt.getTime(), now.getTime()));
  const end = booking.endAt;
  if (end <= start) return null;
  return db.transaction(async (tx) => {
    const [space] = await tx
      .select({ name: spaces.name, timezone: spaces.timezone })
      .from(spaces)
      .where(eq(spaces.id, booking.spaceId));
    if (!space) return null;
    const dates = localDatesCovering({ start, end }, space.timezone);
    const [entry] = await rows<{ id: string; user_id: string; date: string }>(
      tx,
      sql`
      update waitlist_entries set status = 'notified', notified_at = ${now.toISOString()}::timestamptz
      where id = (
        select w.id from waitlist_entries w
        where w.space_id = ${booking.spaceId}
          and w.date = any(${`{${dates.join(',')}}`}::date[])
          and w.status = 'waiting'
          and w.user_id is distinct from ${booking.userId}::uuid
          and (w.date + make_interval(mins => coalesce(w.start_minute, 0))) at time zone ${space.timezone} < ${end.toISOString()}::timestamptz
          and (w.date + make_interval(mins => coalesce(w.end_minute, 1440))) at time zone ${space.timezone} > ${start.toISOString()}::timestamptz
        order by w.created_at, w.id
        limit 1
        for update skip locked)
      returning id, user_id, to_char(date, 'YYYY-MM-DD') as date`,
    );
    if (!entry) return null;
    const data: DeskFreeNotificationData = {
      spaceId: booking.spaceId,
      spaceName: space.name,
      date: entry.date,
      waitlistEntryId: entry.id,
      start: start.toISOString(),
      end: end.toISOString(),
    };
    const [row] = await tx
      .insert(notifications)
      .values({ userId: entry.user_id, kind: 'waitlist_desk_free', spaceId: booking.spaceId, data, createdAt: now })
      .returning({ id: notifications.id });
    await queueDeskFreeMail(
      tx,
      entry.user_id,
      {
        spaceId: booking.spaceId,
        spaceName: space.name,
        date: entry.date,
        start,
        end,
        timezone: space.timezone,
        waitlistEntryId: entry.id,
      },
      now,
    );
    return row!.id;
  });
}

export async function listNotifications(
  db: Db,
  userId: string,
  locale: 'de' | 'en',
  unreadOnly: boolean,
): Promise<Notification[]> {
  const rows = await db
    .select({ n: notifications, tz: spaces.timezone })
    .from(notifications)
    .leftJoin(spaces, eq(spaces.id, notifications.spaceId))
    .where(and(eq(notifications.userId, userId), unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(200);
  return rows.map(({ n, tz }) => toNotificationDto(n, locale, tz ?? 'UTC'));
}

function toNotificationDto(n: NotificationRow, locale: 'de' | 'en', tz: string): Notification {
  return {
    id: n.id,
    kind: n.kind,
    ...render(n, locale, tz),
    data: n.data as Notification['data'],
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

/** Marks one of the caller's notifications read (first read time kept); null if not theirs. */
export async function markRead(
  db: Db,
  userId: string,
  locale: 'de' | 'en',
  id: string,
  now: Date,
): Promise<Notification | null> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)));
  const [row] = await db
    .select({ n: notifications, tz: spaces.timezone })
    .from(notifications)
    .leftJoin(spaces, eq(spaces.id, notifications.spaceId))
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return row ? toNotificationDto(row.n, locale, row.tz ?? 'UTC') : null;
}

export async function markAllRead(db: Db, userId: string, now: Date): Promise<number> {
  const updated = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return updated.length;
}

/** Every notification of a person (GDPR export). */
export async function notificationsForExport(db: Db, userId: string) {
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(notifications.createdAt);
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    data: n.data,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  }));
}
