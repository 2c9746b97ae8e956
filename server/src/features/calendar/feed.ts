/** A person's calendar feed: their bookings and their registrations for events, in one calendar. */
import type { Db } from '../../db/client.js';
import { feedBookings, feedRegistrations } from './calendar-repo.js';
import { addBookings, newCalendar, type Locale } from './ics.js';
import { addRegistrations } from './registration-ics.js';

export async function feed(db: Db, userId: string, locale: Locale, now: Date): Promise<string> {
  const cal = newCalendar({ locale });
  addBookings(cal, await feedBookings(db, userId, now), { locale, now });
  addRegistrations(cal, await feedRegistrations(db, userId, now), { locale, now });
  return cal.toString();
}
