/**
 * Builds the PopDesk app. `server.ts` starts it; tests build the same app with the same options
 * (an in-memory PGlite or DATABASE_URL, a clock of their own).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.js';
import { openDatabase, type Database, type Db } from './db/client.js';
import { systemClock, type Clock } from './lib/clock.js';
import { onlyReads } from './lib/http.js';
import { lazySerializers } from './plugins/serialization.js';
import { installValidators } from './plugins/validation.js';
import errors, { sendProblem } from './plugins/errors.js';
import auth from './plugins/auth.js';
import caches from './plugins/caches.js';
import securityHeaders from './plugins/security-headers.js';
import docs, { requireBearer } from './plugins/docs.js';
import scheduler from './plugins/scheduler.js';
import throttle from './plugins/throttle.js';
import reportsDb from './plugins/reports-db.js';
import web from './plugins/web.js';
import { ensureAdmin } from './features/accounts/bootstrap-admin.js';
import { findAuthUser } from './features/accounts/users-repo.js';
import { accountRoutes, authRoutes } from './features/accounts/routes.js';
import passwordResets from './features/accounts/password-reset.js';
import { passwordResetRoutes } from './features/accounts/password-reset-routes.js';
import { queuePasswordResetMail } from './features/mail/password-reset-mail.js';
import { manageSpaceRoutes, publicSpaceRoutes } from './features/spaces/routes.js';
import { manageEventRoutes, publicEventRoutes } from './features/events/routes.js';
import { publicSurveyRoutes, surveyRoutes } from './features/surveys/routes.js';
import { surveyResponseRoutes } from './features/surveys/response-routes.js';
import { surveyResultsRoutes } from './features/surveys/results-routes.js';
import { publicSurveyQrRoutes, surveyPosterRoutes } from './features/surveys/poster-routes.js';
import { eventChanges } from './features/events/event-changes.js';
import { registrationRoutes } from './features/events/registration-routes.js';
import { bookingRoutes } from './features/bookings/routes.js';
import { bookingEvents } from './features/bookings/booking-events.js';
import { healthRoutes } from './features/health/routes.js';
import { calendarRoutes, publicCalendarRoutes } from './features/calendar/routes.js';
import mailer from './features/mail/plugin.js';
import { outboxRoutes } from './features/mail/routes.js';
import { webhookRoutes } from './features/webhooks/routes.js';
import { webhooksOnBookingChange } from './features/webhooks/on-booking-change.js';
import { mailOnBookingChange } from './features/mail/on-booking-change.js';
import { mailOnEventChange } from './features/mail/on-event-change.js';
import { webhooksOnEventChange } from './features/webhooks/on-event-change.js';
import { notificationsOnEventChange } from './features/waitlist/notifications.js';
import { waitlistOnBookingChange } from './features/waitlist/on-booking-change.js';
import { seriesRoutes } from './features/bookings/series-routes.js';
import { reportRoutes } from './features/reports/routes.js';
import { waitlistRoutes } from './features/waitlist/routes.js';
import audit from './features/audit/audit-hook.js';
import { auditRoutes } from './features/audit/routes.js';
import { privacyRoutes } from './features/privacy/routes.js';
import { imprintRoutes } from './features/privacy/imprint-routes.js';
import { personalDataRoutes } from './features/privacy/personal-data-routes.js';
import { demandRoutes } from './features/surveys/demand-routes.js';
import { publicQrRoutes } from './features/door/qr-routes.js';
import { publicDeskDoorRoutes } from './features/door/desk-door-routes.js';
import { walkUpRoutes } from './features/door/walk-up-routes.js';
import { manageFloorPlanRoutes, publicFloorPlanRoutes } from './features/door/floor-plan-routes.js';
import { publicBoardRoutes } from './features/door/board-routes.js';
import { favouritesRoutes } from './features/door/favourites-routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    db: Db;
    clock: Clock;
    /** Every route as registered ("METHOD /url"), for the authorisation matrix test. */
    routeList: { method: string; url: string }[];
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
    requestTimeout: config.requestTimeoutMs ?? 30_000,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    ajv: { customOptions: {} },
    schemaController: { compilersFactory: { buildSerializer: lazySerializers() } },
    // errors the router raises before any route runs (bad URL encoding, over-long ids) leave as problem documents too
    frameworkErrors: (error, _request, reply) => {
      const status = (error as { statusCode?: number }).statusCode ?? 400;
      return sendProblem(
        reply,
        status >= 400 && status < 500 ? status : 400,
        'invalid-url',
        'The request URL is malformed or too long.',
      );
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  installValidators(app);
  const routeList: { method: string; url: string }[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url });
    // GET and HEAD have no body: no decompression hook on their every request (@fastify/compress reads this
    // in its own onRoute hook, which runs after this one)
    if (onlyReads(route.method)) route.decompress ??= false;
  });

  const database = await openDatabase(config);
  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('db', database.db);
  app.decorate('clock', options.clock ?? systemClock);
  // Graceful close. Fastify's own close handler runs before ours: it stops accepting connections,
  // answers new requests on open ones with 503, and waits in server.close() for the connections
  // still open, so our onClose (the database) comes after the last request in flight. Idle
  // keep-alive sockets would hold server.close() open for the keep-alive timeout: once closing
  // begins, every answer says `Connection: close`, so each connection ends with its last answer.
  // (hooks on every request are written with callbacks, not async: no promise per hook and request)
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', (_request, reply, payload, next) => {
    if (closing) reply.header('connection', 'close');
    next(null, payload);
  });
  app.addHook('onClose', async () => {
    await database.close();
  });
  try {
    await database.migrate();
    if (config.admin) await ensureAdmin(database.db, config.admin);
  } catch (err) {
    await database.close();
    throw err;
  }

  await app.register(errors);
  // JSON, CSV and calendar answers over 1 KiB are sent brotli- or gzip-compressed to clients that
  // accept it (the space list, a month's report and a calendar feed shrink to a fraction on a
  // phone's connection); the SPA's files are compressed once, at build time (plugins/web.ts)
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(securityHeaders, {
    helmet: {
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          // blob: the poster page shows the SVG it fetched with the token
          'img-src': ["'self'", 'data:', 'blob:'],
          'style-src': ["'self'", "'unsafe-inline'"],
        },
      },
    },
  });
  // CORS is closed unless CORS_ORIGINS names the browser origins that may call the API. Closed, the
  // plugin is not registered at all: with `origin: false` it would only run a hook on every request
  // that adds nothing, and answer preflights 404 as the app does without it.
  if ((config.corsOrigins ?? []).length > 0) {
    await app.register(cors, {
      origin: config.corsOrigins,
      credentials: false,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Accept'],
      maxAge: 600,
    });
  }
  await app.register(docs);
  await app.register(caches);
  await app.register(auth, { findUser: findAuthUser });
  await app.register(audit);
  await app.register(mailer);
  // the reset e-mail is queued through mail, which accounts may not import
  await app.register(passwordResets, { queueMail: queuePasswordResetMail(config.publicUrl) });
  await app.register(throttle);
  await app.register(reportsDb);
  await app.register(scheduler);

  // what a booking change causes, queued in its transaction: webhook deliveries, the holder's
  // e-mail, the freed time offered to the next person waiting (in this order)
  bookingEvents.subscribe(webhooksOnBookingChange, mailOnBookingChange, waitlistOnBookingChange);
  // what an event or registration change causes, in its transaction: webhook deliveries, the
  // registrants' e-mails, in-app messages (moved up from the waitlist, the event cancelled)
  eventChanges.subscribe(webhooksOnEventChange, mailOnEventChange, notificationsOnEventChange);

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(passwordResetRoutes);
      await api.register(publicSpaceRoutes);
      // the space's board: public, a token sent along is ignored (no personal data in it)
      await api.register(publicBoardRoutes);
      await api.register(publicEventRoutes);
      await api.register(publicSurveyRoutes);
      // answering a survey: a token sent along is ignored (not even checked), so nothing ties it to a person
      await api.register(surveyResponseRoutes);
      await api.register(publicSurveyQrRoutes);
      // a desk's and a space's QR codes; a desk's page at the door (a token sent along adds the own booking)
      await api.register(publicQrRoutes);
      await api.register(publicDeskDoorRoutes);
      await api.register(publicCalendarRoutes);
      await api.register(privacyRoutes);
      await api.register(imprintRoutes);
      await api.register(publicFloorPlanRoutes);
      await api.register(async (protectedApi) => {
        protectedApi.addHook('onRequest', app.authenticate);
        protectedApi.addHook('onRoute', requireBearer); // in the OpenAPI document: bearer token, 401
        await protectedApi.register(accountRoutes);
        await protectedApi.register(personalDataRoutes);
        await protectedApi.register(manageSpaceRoutes);
        await protectedApi.register(manageEventRoutes);
        await protectedApi.register(surveyRoutes);
        await protectedApi.register(surveyResultsRoutes);
        await protectedApi.register(surveyPosterRoutes);
        await protectedApi.register(registrationRoutes);
        await protectedApi.register(bookingRoutes);
        await protectedApi.register(walkUpRoutes);
        await protectedApi.register(reportRoutes);
        await protectedApi.register(demandRoutes);
        await protectedApi.register(waitlistRoutes);
        await protectedApi.register(favouritesRoutes);
        await protectedApi.register(calendarRoutes);
        await protectedApi.register(seriesRoutes);
        await protectedApi.register(outboxRoutes);
        await protectedApi.register(webhookRoutes);
        await protectedApi.register(auditRoutes);
        await protectedApi.register(manageFloorPlanRoutes);
      });
    },
    { prefix: '/api' },
  );
  await app.register(web);
  return app;
}
