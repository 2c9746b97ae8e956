/**
 * The waitlist (join for a date, see and leave one's entries; staff see who waits) and the
 * caller's in-app notifications.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateWaitlistBody,
  Id,
  MarkedRead,
  Notification,
  NotificationQuery,
  WaitingEntry,
  WaitlistDateQuery,
  WaitlistEntry,
} from '@popdesk/shared';
import { caller, problems } from '../../lib/http.js';
import { UNIQUE_VIOLATION, pgError } from '../../lib/pg-errors.js';
import { badRequest, conflict, forbidden, notFound } from '../../lib/problems.js';
import { isValidDate } from '../../lib/local-time.js';
import { canManageSpace } from '../accounts/access.js';
import { findSpaceRow, isClosed, loadOpeningHours } from '../spaces/spaces-repo.js';
import { checkWaitlistRules, wishedMinutes } from './waitlist-rules.js';
import { findEntry, insertEntry, listOwnEntries, listWaiting, withdrawEntry } from './waitlist-repo.js';
import { listNotifications, markAllRead, markRead } from './notifications.js';

const SpaceParams = Type.Object({ spaceId: Id });

export const waitlistRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/spaces/:spaceId/waitlist',
    {
      schema: {
        operationId: 'joinWaitlist',
        tags: ['waitlist'],
        summary:
          'Wait for a desk on a date (optionally between two times); told in-app when a booking then is cancelled',
        params: SpaceParams,
        body: CreateWaitlistBody,
        response: { 201: WaitlistEntry, ...problems(400, 401, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const user = caller(request);
      const { date } = request.body;
      if (!isValidDate(date))
        throw badRequest('body.date is not a calendar date.', [
          { path: 'body.date', message: 'is not a calendar date' },
        ]);
      const space = await findSpaceRow(app.db, request.params.spaceId);
      if (!space) throw notFound('This space');
      const now = app.clock();
      const wish = wishedMinutes(request.body, space.timezone);
      await checkWaitlistRules({
        space,
        date,
        wish,
        hours: await loadOpeningHours(app.db, space.id),
        closed: await isClosed(app.db, space.id, date),
        now,
        privileged: canManageSpace(user, space.id),
      });
      try {
        const entry = await insertEntry(app.db, { spaceId: space.id, userId: user.id, date, ...wish, createdAt: now });
        return reply.code(201).send(entry);
      } catch (err) {
        if (pgError(err)?.code === UNIQUE_VIOLATION)
          throw conflict(
            'already-waiting',
            'Already on the waitlist',
            `You are already waiting for ${date} in this space.`,
          );
        throw err;
      }
    },
  );

  app.get(
    '/spaces/:spaceId/waitlist',
    {
      schema: {
        operationId: 'listWaitlist',
        tags: ['waitlist'],
        summary: 'Staff and admins: who is waiting on a date, in turn',
        params: SpaceParams,
        querystring: WaitlistDateQuery,
        response: { 200: Type.Array(WaitingEntry), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { date } = request.query;
      if (!isValidDate(date))
        throw badRequest('querystring.date is not a calendar date.', [
          { path: 'querystring.date', message: 'is not a calendar date' },
        ]);
      const space = await findSpaceRow(app.db, request.params.spaceId);
      if (!space) throw notFound('This space');
      if (!canManageSpace(caller(request), space.id))
        throw forbidden('Only this space’s staff and admins see its waitlist.');
      return listWaiting(app.db, space.id, date);
    },
  );

  app.get(
    '/me/waitlist',
    {
      schema: {
        operationId: 'listMyWaitlist',
        tags: ['waitlist'],
        summary: 'My waitlist entries (waiting or notified)',
        response: { 200: Type.Array(WaitlistEntry), ...problems(401) },
      },
    },
    async (request) => listOwnEntries(app.db, caller(request).id),
  );

  app.delete(
    '/waitlist/:entryId',
    {
      schema: {
        operationId: 'leaveWaitlist',
        tags: ['waitlist'],
        summary: 'Leave the waitlist (its holder, the space’s staff, admins)',
        params: Type.Object({ entryId: Id }),
        response: { 204: Type.Null(), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const user = caller(request);
      const found = await findEntry(app.db, request.params.entryId);
      const visible = found && (found.row.userId === user.id || canManageSpace(user, found.row.spaceId));
      if (!found || !visible || found.row.status === 'withdrawn') throw notFound('This waitlist entry');
      await withdrawEntry(app.db, found.row.id, app.clock());
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        tags: ['notifications'],
        summary: 'My in-app notifications, newest first',
        querystring: NotificationQuery,
        response: { 200: Type.Array(Notification), ...problems(400, 401) },
      },
    },
    async (request) => {
      const user = caller(request);
      return listNotifications(app.db, user.id, user.locale, request.query.unread === true);
    },
  );

  app.post(
    '/me/notifications/:notificationId/read',
    {
      schema: {
        operationId: 'markNotificationRead',
        tags: ['notifications'],
        summary: 'Mark one notification read',
        params: Type.Object({ notificationId: Id }),
        response: { 200: Notification, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const user = caller(request);
      const read = await markRead(app.db, user.id, user.locale, request.params.notificationId, app.clock());
      if (!read) throw notFound('This notification');
      return read;
    },
  );

  app.post(
    '/me/notifications/read-all',
    {
      schema: {
        operationId: 'markAllNotificationsRead',
        tags: ['notifications'],
        summary: 'Mark all my notifications read',
        response: { 200: MarkedRead, ...problems(401) },
      },
    },
    async (request) => ({ marked: await markAllRead(app.db, caller(request).id, app.clock()) }),
  );
};
