/**
 * Contract paths whose features arrive with later work (calendar feed). They
 * answer 501 problem documents so that clients see a clear "not yet" rather than a 404.
 */
import type { FastifyPluginAsync } from 'fastify';
import { notImplemented } from '../../lib/problems.js';

export const pendingRoutes: FastifyPluginAsync = async (app) => {
  const pending = (what: string) => async () => {
    throw notImplemented(what);
  };
  app.get('/me/calendar.ics', { schema: { hide: true } }, pending('The calendar feed'));
};

export const publicPendingRoutes: FastifyPluginAsync = async (app) => {
  app.get('/calendar/:token', { schema: { hide: true } }, async () => {
    throw notImplemented('The calendar feed');
  });
};
