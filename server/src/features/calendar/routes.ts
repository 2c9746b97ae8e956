/**
 * Calendar files: the caller's feed (`/me/calendar.ics`), the same feed behind a secret URL for
 * calendar apps that cannot send a header (`/calendar/<token>.ics`; rotating the token revokes it),
 * and one booking as an .ics download.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Id } from '@popdesk/shared';
import { caller, problems } from '../../lib/http.js';
import { notFound } from '../../lib/problems.js';
import { bookingAccess } from '../bookings/booking-access.js';
import { findPlacedBooking } from '../bookings/bookings-repo.js';
import { bookingsCalendar } from './ics.js';
import { FEED_LIMIT, FEED_PAST_DAYS, userByCalendarToken } from './calendar-repo.js';
import { feed } from './feed.js';

/** What a feed holds, for the OpenAPI document (keep in step with FEED_PAST_DAYS and the README). */
const FEED_DESCRIPTION =
  `The person’s bookings of the last ${FEED_PAST_DAYS} days (by end time) and every booking ahead, ` +
  `at most ${FEED_LIMIT} events, oldest first; older bookings are left out to keep the feed small. ` +
  'METHOD:PUBLISH; each event is in its space’s zone (TZID with a VTIMEZONE), DTSTAMP, CREATED and ' +
  'LAST-MODIFIED in UTC; cancelled bookings and released no-shows stay in the feed as ' +
  'STATUS:CANCELLED with SEQUENCE:1, so subscribed calendars remove them. UID is `<bookingId>@popdesk`, ' +
  'the same as in the e-mail invitations. Registrations for events that hold a place (registered or ' +
  'attended) are in the feed too, over the same span and limit, SUMMARY the event’s title, UID ' +
  '`<registrationId>@popdesk`; waiting and withdrawn ones are not; an event cancelled by its staff ' +
  'stays as STATUS:CANCELLED with SEQUENCE:1.';

/** Feed tokens are base64url (see newCalendarToken); anything else is no one's, without a lookup. */
const TOKEN_RE = /^[A-Za-z0-9_-]{16,100}$/;

const ics = (description: string) => ({
  description,
  headers: {
    'Content-Disposition': Type.String({ description: 'single bookings: `attachment; filename="popdesk-….ics"`' }),
  },
  content: { 'text/calendar': { schema: Type.String({ description: 'RFC 5545 iCalendar' }) } },
});

/** Never cached: a feed is reached with a token (header or secret URL), see security-headers.ts. */
function sendIcs(reply: FastifyReply, body: string, opts: { filename?: string } = {}) {
  reply.type('text/calendar; charset=utf-8').header('Cache-Control', 'no-store');
  if (opts.filename) reply.header('Content-Disposition', `attachment; filename="${opts.filename}"`);
  return reply.send(body);
}

/** Behind authentication. */
export const calendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/calendar.ics',
    {
      schema: {
        operationId: 'getMyCalendar',
        tags: ['bookings'],
        summary: 'The caller’s bookings and event registrations as an RFC 5545 calendar',
        description: FEED_DESCRIPTION,
        response: { 200: ics('iCalendar feed'), ...problems(401) },
      },
    },
    async (request, reply) => {
      const me = caller(request);
      return sendIcs(reply, await feed(app.db, me.id, me.locale, app.clock()));
    },
  );

  app.get(
    '/bookings/:bookingId/calendar.ics',
    {
      schema: {
        operationId: 'getBookingCalendar',
        tags: ['bookings'],
        summary: 'One booking as an .ics file (owner, its space’s staff, admins)',
        params: Type.Object({ bookingId: Id }),
        response: { 200: ics('iCalendar file with one event'), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const me = caller(request);
      const item = await findPlacedBooking(app.db, request.params.bookingId);
      if (!item || !bookingAccess(me, item.booking)) throw notFound('This booking');
      const body = bookingsCalendar([item], { locale: me.locale, now: app.clock() });
      return sendIcs(reply, body, { filename: `popdesk-${item.booking.id.slice(0, 8)}.ics` });
    },
  );
};

/** Public: the secret feed URL listed as `calendarUrl` in GET /api/me. */
export const publicCalendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/calendar/:file',
    {
      schema: {
        operationId: 'getCalendarFeed',
        tags: ['bookings'],
        summary: 'The calendar feed behind a per-user secret URL (no header needed)',
        description: FEED_DESCRIPTION,
        params: Type.Object({ file: Type.String({ maxLength: 100, description: '<token>.ics' }) }),
        response: { 200: ics('iCalendar feed'), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const token = request.params.file.replace(/\.ics$/, '');
      const user = TOKEN_RE.test(token) ? await userByCalendarToken(app.db, token) : null;
      // the same 404 for a malformed, an unknown and a rotated token: nothing to probe
      if (!user) throw notFound('This calendar');
      return sendIcs(reply, await feed(app.db, user.id, user.locale, app.clock()));
    },
  );
};
