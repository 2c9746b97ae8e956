/**
 * Builds the PopDesk app. `server.ts` starts it; tests build the same app with the same options
 * (an in-memory PGlite or DATABASE_URL, a clock of their own).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.js';
import { openDatabase, type Database, type Db } from './db/client.js';
import { systemClock, type Clock } from './lib/clock.js';
import { installValidators } from './plugins/validation.js';
import errors from './plugins/errors.js';
import auth from './plugins/auth.js';
import docs from './plugins/docs.js';
import scheduler from './plugins/scheduler.js';
import web from './plugins/web.js';
import { ensureAdmin } from './features/accounts/bootstrap-admin.js';
import { accountRoutes, authRoutes } from './features/accounts/routes.js';
import { manageSpaceRoutes, publicSpaceRoutes } from './features/spaces/routes.js';
import { bookingRoutes } from './features/bookings/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { pendingRoutes, publicPendingRoutes } from './features/pending/routes.js';
import { reportRoutes } from './features/reports/routes.js';
import { waitlistRoutes } from './features/waitlist/routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    db: Db;
    clock: Clock;
  }
}

export interface AppOptions {
  config: Config;
  clock?: Clock;
  /** pino options, or false for silence (tests). */
  logger?: boolean | object;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    requestTimeout: 30_000,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    ajv: { customOptions: {} },
  }).withTypeProvider<TypeBoxTypeProvider>();
  installValidators(app);

  const database = await openDatabase(config);
  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('db', database.db);
  app.decorate('clock', options.clock ?? systemClock);
  app.addHook('onClose', async () => database.close());
  try {
    await database.migrate();
    if (config.admin) await ensureAdmin(database.db, config.admin);
  } catch (err) {
    await database.close();
    throw err;
  }

  await app.register(errors);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'style-src': ["'self'", "'unsafe-inline'"] },
    },
  });
  await app.register(docs);
  await app.register(auth);
  await app.register(scheduler);

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(publicSpaceRoutes);
      await api.register(publicPendingRoutes);
      await api.register(async (protectedApi) => {
        protectedApi.addHook('onRequest', app.authenticate);
        await protectedApi.register(accountRoutes);
        await protectedApi.register(manageSpaceRoutes);
        await protectedApi.register(bookingRoutes);
        await protectedApi.register(reportRoutes);
        await protectedApi.register(waitlistRoutes);
        await protectedApi.register(pendingRoutes);
      });
    },
    { prefix: '/api' },
  );
  await app.register(web);
  return app;
}
