/**
 * The e-mails about events, in German and English (the recipient's `users.locale`): registered or
 * on the waitlist, moved up, the event cancelled, a registration withdrawn. The time is the
 * space's local wall clock ("Do., 21. Oktober 2027, 10:00–12:00 Uhr"); each mail names the place
 * and links the event's page (under PUBLIC_URL; without it, no link).
 */
import { localDateOf } from '../../lib/local-time.js';
import { eventLocation, type Locale } from '../calendar/ics.js';
import { mailLinks } from './links.js';
import { mailDate, wallTime } from './mail-dates.js';
import { greeting, signature, teamMessage, type Rendered } from './templates.js';

/** What an event mail shows of the event and its space. */
export interface MailEvent {
  id: string;
  title: string;
  startAt: Date;
  endAt: Date;
  space: { name: string; address: string | null; town: string; timezone: string };
}

/** "Do., 21. Oktober 2027" / "Thu, 21 October 2027" */
const eventDate = (d: Date, tz: string, locale: Locale) => mailDate(d, tz, locale, 'short');

/** "Do., 21. Oktober 2027, 10:00–12:00 Uhr" / "Thu, 21 October 2027, 10:00–12:00", in the space's zone. */
export function eventTime(startAt: Date, endAt: Date, tz: string, locale: Locale): string {
  // an event lies inside one local day; one that runs to midnight ends at 24:00, not 00:00
  const to = localDateOf(endAt, tz) > localDateOf(startAt, tz) ? '24:00' : wallTime(endAt, tz);
  return `${eventDate(startAt, tz, locale)}, ${wallTime(startAt, tz)}–${to}${locale === 'de' ? ' Uhr' : ''}`;
}

/** The event as every mail shows it: title, time, place, and the link to its page. */
function eventBlock(e: MailEvent, locale: Locale): string {
  const link = mailLinks.event(e.id);
  const page = link ? `\n${locale === 'de' ? 'Zur Veranstaltung' : 'The event’s page'}: ${link}` : '';
  return `${e.title}\n${eventTime(e.startAt, e.endAt, e.space.timezone, locale)}\n${eventLocation(e)}${page}`;
}

const subjectDate = (e: MailEvent, locale: Locale) => eventDate(e.startAt, e.space.timezone, locale);
/** Registered (with the calendar file), or on the waitlist at `position`. */
export function registrationMail(
  name: string,
  e: MailEvent,
  locale: Locale,
  waitlist: { position: number } | null,
): Rendered {
  const de = locale === 'de';
  if (waitlist) {
    return de
      ? {
          subject: `Warteliste, Platz ${waitlist.position}: ${e.title}`,
          body: `${greeting(name, locale)}\n\ndiese Veranstaltung ist ausgebucht. Sie stehen auf der Warteliste, auf Platz ${waitlist.position}:\n\n${eventBlock(e, locale)}\n\nWird ein Platz frei, rücken Sie der Reihe nach auf und bekommen eine E-Mail.${signature(locale)}`,
        }
      : {
          subject: `On the waitlist, place ${waitlist.position}: ${e.title}`,
          body: `${greeting(name, locale)}\n\nthis event is fully booked. You are on the waitlist, in place ${waitlist.position}:\n\n${eventBlock(e, locale)}\n\nIf a place comes free, people move up in order and you will get an e-mail.${signature(locale)}`,
        };
  }
  return de
    ? {
        subject: `Sie sind angemeldet: ${e.title}, ${subjectDate(e, locale)}`,
        body: `${greeting(name, locale)}\n\nSie sind angemeldet:\n\n${eventBlock(e, locale)}\n\nDie Kalenderdatei ist angehängt. Falls Sie nicht kommen können, melden Sie sich bitte ab, damit jemand von der Warteliste nachrücken kann.${signature(locale)}`,
      }
    : {
        subject: `You are registered: ${e.title}, ${subjectDate(e, locale)}`,
        body: `${greeting(name, locale)}\n\nyou are registered:\n\n${eventBlock(e, locale)}\n\nThe calendar file is attached. If you cannot come, please withdraw so that someone on the waitlist can move up.${signature(locale)}`,
      };
}

/** Moved up from the waitlist: now registered (with the calendar file). */
export function promotedMail(name: string, e: MailEvent, locale: Locale): Rendered {
  return locale === 'de'
    ? {
        subject: `Ein Platz ist frei: Sie sind jetzt angemeldet – ${e.title}`,
        body: `${greeting(name, locale)}\n\nbei dieser Veranstaltung ist ein Platz frei geworden, und Sie sind von der Warteliste nachgerückt. Sie sind jetzt angemeldet:\n\n${eventBlock(e, locale)}\n\nDie Kalenderdatei ist angehängt. Falls Sie nicht mehr kommen können, melden Sie sich bitte ab.${signature(locale)}`,
      }
    : {
        subject: `A place is free for you: you are now registered – ${e.title}`,
        body: `${greeting(name, locale)}\n\na place has come free at this event and you have moved up from the waitlist. You are now registered:\n\n${eventBlock(e, locale)}\n\nThe calendar file is attached. If you can no longer come, please withdraw.${signature(locale)}`,
      };
}

/** The event is cancelled by the space's team (with their message, if any). */
export function eventCancelledMail(name: string, e: MailEvent, locale: Locale, message?: string | null): Rendered {
  return locale === 'de'
    ? {
        subject: `Abgesagt: ${e.title}, ${subjectDate(e, locale)}`,
        body: `${greeting(name, locale)}\n\ndiese Veranstaltung wurde abgesagt und findet nicht statt:\n\n${eventBlock(e, locale)}${teamMessage(message, locale)}\n\nWir bitten um Verständnis.${signature(locale)}`,
      }
    : {
        subject: `Cancelled: ${e.title}, ${subjectDate(e, locale)}`,
        body: `${greeting(name, locale)}\n\nthis event has been cancelled and will not take place:\n\n${eventBlock(e, locale)}${teamMessage(message, locale)}\n\nWe are sorry for the inconvenience.${signature(locale)}`,
      };
}

/** A registration withdrawn (by the person, or by the space's team: then with their message, if any). */
export function registrationCancelledMail(
  name: string,
  e: MailEvent,
  locale: Locale,
  message?: string | null,
): Rendered {
  return locale === 'de'
    ? {
        subject: `Abmeldung: ${e.title}, ${subjectDate(e, locale)}`,
        body: `${greeting(name, locale)}\n\nIhre Anmeldung zu dieser Veranstaltung ist storniert:\n\n${eventBlock(e, locale)}${teamMessage(message, locale)}\n\nSie können sich auf der Seite der Veranstaltung jederzeit wieder anmelden, solange sie nicht begonnen hat.${signature(locale)}`,
      }
    : {
        subject: `Registration cancelled: ${e.title}, ${subjectDate(e, locale)}`,
        body: `${greeting(name, locale)}\n\nyour registration for this event has been cancelled:\n\n${eventBlock(e, locale)}${teamMessage(message, locale)}\n\nYou can register again on the event’s page until it starts.${signature(locale)}`,
      };
}
