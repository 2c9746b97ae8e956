/**
 * The e-mails PopDesk sends, in German and English (the recipient's `users.locale`). Dates and
 * times are the space's local wall clock, named with its zone.
 */
import { addDays, localDateOf } from '../../lib/local-time.js';
import { eventLocation, type CalendarBooking, type Locale } from '../calendar/ics.js';
import { mailLinks } from './links.js';
import { mailDate, wallTime } from './mail-dates.js';

export interface Rendered {
  subject: string;
  body: string;
}

const longDate = (d: Date, tz: string, locale: Locale) => mailDate(d, tz, locale, 'long');

/** "Dienstag, 2. November 2027, 09:00–13:00 (Europe/Berlin)" */
function when(item: CalendarBooking, locale: Locale): string {
  const { startAt, endAt } = item.booking;
  const tz = item.space.timezone;
  const to = localDateOf(endAt, tz) > localDateOf(startAt, tz) ? '24:00' : wallTime(endAt, tz);
  return `${longDate(startAt, tz, locale)}, ${wallTime(startAt, tz)}–${to} (${tz})`;
}

function lines(items: CalendarBooking[], locale: Locale): string {
  const desk = locale === 'de' ? 'Arbeitsplatz' : 'Desk';
  const first = items[0]!;
  const where = `${eventLocation(first)}\n${desk}: ${first.deskName}`;
  return `${where}\n\n${items.map((i) => `• ${when(i, locale)}`).join('\n')}`;
}

/**
 * The links of a booking mail: its day in the space's planner, and "my bookings" (where it is
 * cancelled or checked in). A series links its first date. Empty without PUBLIC_URL.
 */
function bookingLinks(items: CalendarBooking[], locale: Locale): string {
  const first = items[0]!;
  const day = mailLinks.spaceDay(first.booking.spaceId, localDateOf(first.booking.startAt, first.space.timezone));
  const mine = mailLinks.myBookings();
  const de = locale === 'de';
  const links = [
    day && `${de ? 'Ihre Buchung im Tagesplan' : 'Your booking in the day plan'}: ${day}`,
    mine && `${de ? 'Meine Buchungen (einchecken, absagen)' : 'My bookings (check in, cancel)'}: ${mine}`,
  ].filter(Boolean);
  return links.length > 0 ? `\n\n${links.join('\n')}` : '';
}

/**
 * When a booking is, seen from `now` in the space's zone: "heute"/"today" on the same local
 * date, "morgen"/"tomorrow" on the next, else "am Montag, 5. März 2026"/"on Monday, 5 March 2026".
 */
export function relativeDay(start: Date, tz: string, now: Date, locale: Locale): string {
  const day = localDateOf(start, tz);
  const today = localDateOf(now, tz);
  if (day === today) return locale === 'de' ? 'heute' : 'today';
  if (day === addDays(today, 1)) return locale === 'de' ? 'morgen' : 'tomorrow';
  return `${locale === 'de' ? 'am' : 'on'} ${longDate(start, tz, locale)}`;
}

export const greeting = (name: string, locale: Locale) =>
  locale === 'de' ? `Hallo ${name || 'zusammen'},` : `Hello ${name || 'there'},`;
export const signature = (locale: Locale) => (locale === 'de' ? '\n\nIhr PopDesk-Team' : '\n\nYour PopDesk team');

/**
 * The invitation to the space's post-visit survey (a link to the survey alone, nothing about the
 * person or the booking); empty without such a survey or without PUBLIC_URL.
 */
export function postVisitLine(surveyId: string | null | undefined, locale: Locale): string {
  const url = surveyId ? mailLinks.survey(surveyId) : null;
  if (!url) return '';
  return locale === 'de'
    ? `\n\nNach Ihrem Besuch: Wie war es? Zwei Minuten, anonym: ${url}`
    : `\n\nAfter your visit: how was it? Two minutes, anonymous: ${url}`;
}

/** `surveyId`: the space's open post-visit survey, linked after the booking's links. */
export function confirmationMail(
  name: string,
  items: CalendarBooking[],
  locale: Locale,
  surveyId?: string | null,
): Rendered {
  const first = items[0]!;
  const many = items.length > 1;
  const survey = postVisitLine(surveyId, locale);
  if (locale === 'de') {
    return {
      subject: many
        ? `Buchungen bestätigt: ${items.length} Termine in ${first.space.name}`
        : `Buchung bestätigt: ${first.space.name}, ${longDate(first.booking.startAt, first.space.timezone, 'de')}`,
      body: `${greeting(name, locale)}\n\n${many ? 'Ihre Buchungen sind bestätigt' : 'Ihre Buchung ist bestätigt'}:\n\n${lines(items, locale)}\n\n${many ? 'Die Kalenderdateien sind angehängt (eine je Tag).' : 'Die Kalenderdatei ist angehängt.'} Absagen können Sie jederzeit in PopDesk unter „Meine Buchungen“.${bookingLinks(items, locale)}${survey}${signature(locale)}`,
    };
  }
  return {
    subject: many
      ? `Bookings confirmed: ${items.length} dates at ${first.space.name}`
      : `Booking confirmed: ${first.space.name}, ${longDate(first.booking.startAt, first.space.timezone, 'en')}`,
    body: `${greeting(name, locale)}\n\n${many ? 'Your bookings are confirmed' : 'Your booking is confirmed'}:\n\n${lines(items, locale)}\n\n${many ? 'The calendar files are attached (one per day).' : 'The calendar file is attached.'} You can cancel any time in PopDesk under “My bookings”.${bookingLinks(items, locale)}${survey}${signature(locale)}`,
  };
}

/**
 * The space team's message, quoted (each line behind "> ", so it cannot pass for PopDesk's own
 * text); empty without one.
 */
export function teamMessage(message: string | null | undefined, locale: Locale): string {
  const text = message?.trim();
  if (!text) return '';
  const quoted = text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
  return `\n\n${locale === 'de' ? 'Nachricht vom Team des Space' : 'Message from the space’s team'}:\n${quoted}`;
}

export function cancellationMail(name: string, items: CalendarBooking[], locale: Locale, message?: string): Rendered {
  const first = items[0]!;
  if (locale === 'de') {
    return {
      subject: `Buchung storniert: ${first.space.name}, ${longDate(first.booking.startAt, first.space.timezone, 'de')}`,
      body: `${greeting(name, locale)}\n\n${items.length > 1 ? 'Diese Buchungen wurden storniert' : 'Diese Buchung wurde storniert'}:\n\n${lines(items, locale)}${teamMessage(message, locale) || '\n\nDer Platz ist wieder frei.'}${signature(locale)}`,
    };
  }
  return {
    subject: `Booking cancelled: ${first.space.name}, ${longDate(first.booking.startAt, first.space.timezone, 'en')}`,
    body: `${greeting(name, locale)}\n\n${items.length > 1 ? 'These bookings have been cancelled' : 'This booking has been cancelled'}:\n\n${lines(items, locale)}${teamMessage(message, locale) || '\n\nThe desk is free again.'}${signature(locale)}`,
  };
}

/**
 * The reminder, rendered when it is queued (`now`): "heute" for a booking later the same local day,
 * "morgen" for the next, in the space's zone (it is queued up to 24 hours ahead, so both happen).
 */
export function reminderMail(name: string, item: CalendarBooking, locale: Locale, now: Date): Rendered {
  const when = relativeDay(item.booking.startAt, item.space.timezone, now, locale);
  const at = wallTime(item.booking.startAt, item.space.timezone);
  if (locale === 'de') {
    return {
      subject: `Erinnerung: ${when}, ${at} Uhr, in ${item.space.name}`,
      body: `${greeting(name, locale)}\n\nzur Erinnerung an Ihre Buchung ${when}:\n\n${lines([item], locale)}\n\nFalls Sie nicht kommen können, sagen Sie bitte in PopDesk ab, damit jemand anderes den Platz nutzen kann.${bookingLinks([item], locale)}${signature(locale)}`,
    };
  }
  return {
    subject: `Reminder: ${when}, ${at}, at ${item.space.name}`,
    body: `${greeting(name, locale)}\n\na reminder of your booking ${when}:\n\n${lines([item], locale)}\n\nIf you cannot come, please cancel in PopDesk so that someone else can use the desk.${bookingLinks([item], locale)}${signature(locale)}`,
  };
}

export function deskFreeMail(
  name: string,
  d: { spaceId: string; spaceName: string; date: string; start: Date; end: Date; timezone: string },
  locale: Locale,
): Rendered {
  const link = mailLinks.spaceDay(d.spaceId, d.date);
  const from = wallTime(d.start, d.timezone);
  const to = localDateOf(d.end, d.timezone) > d.date ? '24:00' : wallTime(d.end, d.timezone);
  const day = longDate(d.start, d.timezone, locale);
  if (locale === 'de') {
    return {
      subject: `Ein Platz ist frei geworden: ${d.spaceName}`,
      body: `${greeting(name, locale)}\n\nin ${d.spaceName} ist am ${day} von ${from} bis ${to} ein Platz frei geworden. Jetzt in PopDesk buchen, solange er frei ist${link ? `:\n${link}` : '.'}${signature(locale)}`,
    };
  }
  return {
    subject: `A desk has become free: ${d.spaceName}`,
    body: `${greeting(name, locale)}\n\na desk at ${d.spaceName} has become free on ${day} from ${from} to ${to}. Book it in PopDesk while it lasts${link ? `:\n${link}` : '.'}${signature(locale)}`,
  };
}
