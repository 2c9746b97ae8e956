/** GDPR: what we store about a person (Art. 15) and erasing it (Art. 17). */
import { and, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  bookings,
  desks,
  idempotencyKeys,
  passwordResetTokens,
  spaces,
  staffSpaces,
  users,
  outbox,
} from '../../db/schema.js';
import type { AuthUser } from '../../lib/auth-user.js';
import { newCalendarToken, nextWholeSecond, toUserDto } from '../accounts/users-repo.js';
import { entriesForExport, eraseWaitlistData } from '../waitlist/waitlist-repo.js';
import { notificationsForExport } from '../waitlist/notifications.js';
import { bookingEvents, type EventLog } from '../bookings/booking-events.js';
import { mailForExport } from '../mail/outbox-repo.js';
import { registrationsForExport } from '../events/registrations-repo.js';
import { cancelRegistrationsOfErased } from '../events/registration-actions.js';
import { eraseFavourites, favouritesForExport } from '../door/favourites-repo.js';
import type { MailTransport } from '../mail/transport.js';

export async function exportPersonalData(db: Db, me: AuthUser) {
  const [profile] = await db
    .select({ createdAt: users.createdAt, group: users.group, locale: users.locale })
    .from(users)
    .where(eq(users.id, me.id));
  const own = await db
    .select({ booking: bookings, deskName: desks.name, spaceName: spaces.name, town: spaces.town })
    .from(bookings)
    .innerJoin(desks, eq(desks.id, bookings.deskId))
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .where(eq(bookings.userId, me.id))
    .orderBy(bookings.startAt);
  return {
    exportedAt: new Date().toISOString(),
    profile: { ...toUserDto(me), createdAt: profile?.createdAt.toISOString() ?? null },
    bookings: own.map(({ booking: b, deskName, spaceName, town }) => ({
      id: b.id,
      space: spaceName,
      town,
      desk: deskName,
      start: b.startAt.toISOString(),
      end: b.endAt.toISOString(),
      status: b.status,
      createdAt: b.createdAt.toISOString(),
      checkedInAt: b.checkedInAt?.toISOString() ?? null,
      cancelledAt: b.cancelledAt?.toISOString() ?? null,
    })),
    waitlist: await entriesForExport(db, me.id),
    eventRegistrations: await registrationsForExport(db, me.id),
    notifications: await notificationsForExport(db, me.id),
    emails: await mailForExport(db, me.id),
    favouriteDesks: await favouritesForExport(db, me.id),
  };
}

/**
 * Erase name, e-mail and password; the row stays as an anonymous id so that past bookings keep
 * counting in the statistics. Future bookings are cancelled so that their desks become free, with
 * the side effects of any cancellation (a `booking.cancelled` webhook each, the waitlist told
 * about the freed time) but no e-mail: they are queued after the address is gone, and
 * `recipient()` finds none. Queued and sent e-mails go with the account. Registrations for events
 * ahead are cancelled likewise (the waitlist moves up); past ones stay with the anonymous account.
 * Favourite desks are deleted.
 */
export async function eraseAccount(
  db: Db,
  me: AuthUser,
  now: Date,
  opts: { transport?: MailTransport; log?: EventLog } = {},
) {
  const mailIds = await db.transaction(async (tx) => {
    // first, before bookings: an event's row lock comes before the bookings table (as events take it),
    // and whatever this queues for the person goes with their e-mails below
    await cancelRegistrationsOfErased(tx, me.id, now, opts.log);
    const released = await tx
      .update(bookings)
      .set({ status: 'cancelled', cancelledAt: now })
      .where(
        and(
          eq(bookings.userId, me.id),
          gt(bookings.startAt, now),
          inArray(bookings.status, ['confirmed', 'checked_in']),
        ),
      )
      .returning();
    await tx.delete(idempotencyKeys).where(eq(idempotencyKeys.userId, me.id));
    // queued and sent e-mails hold the address and the text: they go with the account (no report counts them)
    const mails = await tx.delete(outbox).where(eq(outbox.userId, me.id)).returning({ id: outbox.id });
    await tx.delete(staffSpaces).where(eq(staffSpaces.userId, me.id));
    // the row stays while the account does (erased, not deleted): its reset links go now
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, me.id));
    await eraseWaitlistData(tx, me.id, now);
    await tx
      .update(users)
      .set({
        email: null,
        name: null,
        passwordHash: null,
        role: 'coworker',
        erasedAt: now,
        tokensValidAfter: nextWholeSecond(),
        calendarToken: newCalendarToken(),
      })
      .where(eq(users.id, me.id));
    // favourites say where the person sat: they go (the row stays, so no cascade). After the row's
    // update, in the order adding one takes its locks: the person, then their favourites
    await eraseFavourites(tx, me.id);
    // (a webhook each, and the freed desk-time offered to people waiting)
    await bookingEvents.emit(tx, 'booking.cancelled', released, now, opts.log);
    return mails.map((m) => m.id);
  });
  // and so do the copies the transport keeps (the .eml files without SMTP)
  await opts.transport
    ?.forget?.(mailIds)
    .catch((err) => opts.log?.error({ err }, 'could not delete the erased person’s e-mail files'));
}
