/**
 * The authorisation matrix as data: every route × every kind of caller → the expected status.
 * One test walks it against the real app; another compares it with the routes the app actually
 * registered, so that a new route without an entry here fails the suite (OWASP API1/API5).
 *
 * Callers: anonymous; coworker (owns the object in question); another coworker; staff of the
 * object's space; staff of another space; admin. Each cell gets fresh fixtures where the request
 * changes state, so cells never depend on order.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auth,
  createSpace,
  makeStaff,
  registerUser,
  startApp,
  type SpaceFixture,
  type TestApp,
  type TestUser,
} from '../harness.js';

const CALLERS = ['anonymous', 'coworker', 'otherCoworker', 'staff', 'otherStaff', 'admin', 'analyst'] as const;
type Caller = (typeof CALLERS)[number];
type Expect = Record<Caller, number>;

const PASSWORD = 'correct horse battery';

/** Shorthands for the common rows. */
const all = (status: number): Expect => ({
  anonymous: status,
  coworker: status,
  otherCoworker: status,
  staff: status,
  otherStaff: status,
  admin: status,
  analyst: status,
});
const signedIn = (status: number): Expect => ({ ...all(status), anonymous: 401 });
const adminOnly = (status: number): Expect => ({
  anonymous: 401,
  coworker: 403,
  otherCoworker: 403,
  staff: 403,
  otherStaff: 403,
  admin: status,
  analyst: 403,
});
const spaceManagers = (status: number): Expect => ({
  anonymous: 401,
  coworker: 403,
  otherCoworker: 403,
  staff: status,
  otherStaff: 403,
  admin: status,
  analyst: 403,
});
/** Reports: the space's staff, admins, and analysts (funders: every report, read-only). */
const reportReaders = (status: number): Expect => ({ ...spaceManagers(status), analyst: status });
/** owner, the space's staff and admins see it; everyone else gets 404 (nothing leaks). */
const ownerOrManagers = (status: number): Expect => ({
  anonymous: 401,
  coworker: status,
  otherCoworker: 404,
  staff: status,
  otherStaff: 404,
  admin: status,
  analyst: 404,
});

interface Fixtures {
  t: TestApp;
  space: SpaceFixture;
  otherSpace: SpaceFixture;
  users: Record<Exclude<Caller, 'anonymous'>, TestUser>;
  calendarFile: string;
  freshUser(as: Exclude<Caller, 'anonymous'>): Promise<TestUser>;
  /** a booking held by a fresh coworker (returned as owner) on its own desk-hour */
  freshBooking(startsNow?: boolean): Promise<{ id: string; owner: TestUser }>;
  nextSlot(): { deskId: string; start: string; end: string };
  nextDate(): string;
}

interface Req {
  path: string;
  body?: unknown;
  /** a token instead of the caller's default one (throwaway accounts, owners of fresh objects) */
  token?: string;
  /** the body's media type, when it is not JSON (the body is then sent as it is) */
  contentType?: string;
}

interface Entry {
  route: string;
  request: (f: Fixtures, who: Caller) => Promise<Req> | Req;
  expect: Expect;
}

/** An owner-specific request: the 'coworker' column acts as the object's owner. */
const asOwner = (who: Caller, owner: TestUser, req: Req): Req =>
  who === 'coworker' ? { ...req, token: owner.token } : req;
/** A request whose side effects (password change, erasure) must hit a throwaway account of the caller's kind. */
const throwaway = async (f: Fixtures, who: Caller, req: (u: TestUser) => Req): Promise<Req> => {
  if (who === 'anonymous') return req({ id: randomUUID(), token: '', email: 'x@test.popdesk' });
  const u = await f.freshUser(who);
  return { ...req(u), token: u.token };
};

export const MATRIX: Entry[] = [
  { route: 'GET /health', request: () => ({ path: '/health' }), expect: all(200) },
  { route: 'GET /ready', request: () => ({ path: '/ready' }), expect: all(200) },
  { route: 'GET /docs', request: () => ({ path: '/docs' }), expect: all(200) },
  { route: 'GET /docs/json', request: () => ({ path: '/docs/json' }), expect: all(200) },
  { route: 'GET /docs/yaml', request: () => ({ path: '/docs/yaml' }), expect: all(200) },
  { route: 'GET /docs/static/index.html', request: () => ({ path: '/docs/static/index.html' }), expect: all(302) },
  {
    route: 'GET /docs/static/swagger-initializer.js',
    request: () => ({ path: '/docs/static/swagger-initializer.js' }),
    expect: all(200),
  },
  { route: 'GET /docs/static/*', request: () => ({ path: '/docs/static/swagger-ui.css' }), expect: all(200) },

  {
    route: 'POST /api/auth/register',
    request: () => ({
      path: '/api/auth/register',
      body: { email: `m-${randomUUID()}@test.popdesk`, password: PASSWORD, name: 'Matrix' },
    }),
    expect: all(201),
  },
  {
    route: 'POST /api/auth/login',
    request: (f) => ({ path: '/api/auth/login', body: { email: f.users.coworker.email, password: PASSWORD } }),
    expect: all(200),
  },
  { route: 'GET /api/spaces', request: () => ({ path: '/api/spaces' }), expect: all(200) },
  { route: 'GET /api/spaces/:spaceId', request: (f) => ({ path: `/api/spaces/${f.space.id}` }), expect: all(200) },
  {
    route: 'GET /api/spaces/:spaceId/availability',
    request: (f) => ({ path: `/api/spaces/${f.space.id}/availability?date=2027-10-21` }),
    expect: all(200),
  },
  {
    route: 'GET /api/spaces/:spaceId/board',
    request: (f) => ({ path: `/api/spaces/${f.space.id}/board` }),
    expect: all(200),
  },
  { route: 'GET /api/calendar/:file', request: (f) => ({ path: `/api/calendar/${f.calendarFile}` }), expect: all(200) },
  {
    route: 'GET /api/spaces/:spaceId/floor-plan',
    request: async (f) => ({ path: await freshFloorPlan(f) }),
    expect: all(200),
  },
  {
    route: 'GET /api/spaces/:spaceId/floor-plan/meta',
    request: async (f) => ({ path: `${await freshFloorPlan(f)}/meta` }),
    expect: all(200),
  },
  {
    route: 'PUT /api/spaces/:spaceId/floor-plan',
    request: (f) => ({
      path: `/api/spaces/${f.space.id}/floor-plan`,
      body: FLOOR_PLAN_SVG,
      contentType: 'image/svg+xml',
    }),
    expect: spaceManagers(200),
  },
  {
    // removing is idempotent: 204 whether or not an earlier cell left a plan
    route: 'DELETE /api/spaces/:spaceId/floor-plan',
    request: (f) => ({ path: `/api/spaces/${f.space.id}/floor-plan` }),
    expect: spaceManagers(204),
  },
  { route: 'GET /api/privacy-info', request: () => ({ path: '/api/privacy-info' }), expect: all(200) },
  { route: 'GET /api/imprint', request: () => ({ path: '/api/imprint' }), expect: all(200) },
  {
    route: 'POST /api/auth/password-reset',
    request: () => ({ path: '/api/auth/password-reset', body: { email: `m-${randomUUID()}@test.popdesk` } }),
    expect: all(202),
  },
  {
    route: 'POST /api/auth/password-reset/confirm',
    request: () => ({ path: '/api/auth/password-reset/confirm', body: { token: randomUUID(), password: PASSWORD } }),
    expect: all(400),
  },

  { route: 'GET /api/me', request: () => ({ path: '/api/me' }), expect: signedIn(200) },
  {
    route: 'PATCH /api/me',
    request: () => ({ path: '/api/me', body: { group: 'freelancer' } }),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/me/calendar-token',
    request: (f, who) => throwaway(f, who, () => ({ path: '/api/me/calendar-token' })),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/me/password',
    request: (f, who) =>
      throwaway(f, who, () => ({
        path: '/api/me/password',
        body: { currentPassword: PASSWORD, newPassword: 'another long password' },
      })),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/me/logout-everywhere',
    request: (f, who) => throwaway(f, who, () => ({ path: '/api/me/logout-everywhere' })),
    expect: signedIn(204),
  },
  { route: 'GET /api/me/export', request: () => ({ path: '/api/me/export' }), expect: signedIn(200) },
  {
    route: 'DELETE /api/me',
    request: (f, who) => throwaway(f, who, () => ({ path: '/api/me' })),
    expect: signedIn(204),
  },
  { route: 'GET /api/me/waitlist', request: () => ({ path: '/api/me/waitlist' }), expect: signedIn(200) },
  { route: 'GET /api/me/notifications', request: () => ({ path: '/api/me/notifications' }), expect: signedIn(200) },
  {
    route: 'POST /api/me/notifications/:notificationId/read',
    request: () => ({ path: `/api/me/notifications/${randomUUID()}/read` }),
    expect: signedIn(404),
  },
  {
    route: 'POST /api/me/notifications/read-all',
    request: () => ({ path: '/api/me/notifications/read-all' }),
    expect: signedIn(200),
  },
  { route: 'GET /api/me/calendar.ics', request: () => ({ path: '/api/me/calendar.ics' }), expect: signedIn(200) },
  { route: 'GET /api/me/favourites', request: () => ({ path: '/api/me/favourites' }), expect: signedIn(200) },
  {
    // a fresh account of the caller's kind, so the desk is new to it (201) wherever the cell runs
    route: 'PUT /api/me/favourites/:deskId',
    request: (f, who) => throwaway(f, who, () => ({ path: `/api/me/favourites/${f.space.deskIds[0]}` })),
    expect: signedIn(201),
  },
  {
    route: 'DELETE /api/me/favourites/:deskId',
    request: (f) => ({ path: `/api/me/favourites/${f.space.deskIds[0]}` }),
    expect: signedIn(204),
  },

  {
    route: 'PUT /api/users/:userId/role',
    request: async (f) => ({
      path: `/api/users/${(await f.freshUser('coworker')).id}/role`,
      body: { role: 'coworker' },
    }),
    expect: adminOnly(200),
  },
  // staff search the accounts that booked in their spaces (an empty list for those who have none)
  {
    route: 'GET /api/users',
    request: () => ({ path: '/api/users?q=test' }),
    expect: { ...adminOnly(200), staff: 200, otherStaff: 200 },
  },
  { route: 'GET /api/audit-log', request: () => ({ path: '/api/audit-log?limit=5' }), expect: adminOnly(200) },
  { route: 'GET /api/admin/outbox', request: () => ({ path: '/api/admin/outbox' }), expect: adminOnly(200) },
  { route: 'GET /api/admin/webhooks', request: () => ({ path: '/api/admin/webhooks' }), expect: adminOnly(200) },
  {
    route: 'POST /api/admin/webhooks',
    request: () => ({
      path: '/api/admin/webhooks',
      body: { url: 'https://hooks.example.invalid/popdesk', events: ['booking.created'] },
    }),
    expect: adminOnly(201),
  },
  {
    route: 'DELETE /api/admin/webhooks/:webhookId',
    request: async (f) => ({ path: `/api/admin/webhooks/${await freshWebhook(f)}` }),
    expect: adminOnly(204),
  },
  {
    route: 'GET /api/admin/webhooks/:webhookId/deliveries',
    request: async (f) => ({ path: `/api/admin/webhooks/${await freshWebhook(f)}/deliveries` }),
    expect: adminOnly(200),
  },

  {
    route: 'POST /api/spaces',
    request: () => ({ path: '/api/spaces', body: { name: 'Matrix space', town: 'Mölln' } }),
    expect: adminOnly(201),
  },
  {
    route: 'PATCH /api/spaces/:spaceId',
    request: (f) => ({ path: `/api/spaces/${f.space.id}`, body: { releaseAfterMinutes: 30 } }),
    expect: spaceManagers(200),
  },
  {
    route: 'POST /api/spaces/:spaceId/desks',
    request: (f) => ({
      path: `/api/spaces/${f.space.id}/desks`,
      body: { name: 'Matrix desk', activeUntil: '2020-01-01' },
    }),
    expect: spaceManagers(201),
  },
  {
    route: 'PATCH /api/desks/:deskId',
    request: (f) => ({ path: `/api/desks/${f.space.deskIds[0]}`, body: { name: 'Desk 1' } }),
    expect: spaceManagers(200),
  },
  {
    route: 'DELETE /api/desks/:deskId',
    request: async (f) => {
      const desk = await f.t
        .http()
        .post(`/api/spaces/${f.space.id}/desks`)
        .set(auth(f.t.adminToken))
        .send({ name: 'Doomed', activeUntil: '2020-01-01' })
        .expect(201);
      return { path: `/api/desks/${desk.body.id}` };
    },
    expect: spaceManagers(204),
  },
  {
    route: 'PUT /api/spaces/:spaceId/opening-hours',
    request: (f) => ({
      path: `/api/spaces/${f.space.id}/opening-hours`,
      body: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
    }),
    expect: spaceManagers(200),
  },
  {
    route: 'POST /api/spaces/:spaceId/closures',
    request: (f) => ({ path: `/api/spaces/${f.space.id}/closures`, body: { date: f.nextDate() } }),
    expect: spaceManagers(201),
  },
  {
    route: 'DELETE /api/spaces/:spaceId/closures/:date',
    request: async (f) => {
      const date = f.nextDate();
      await f.t.http().post(`/api/spaces/${f.space.id}/closures`).set(auth(f.t.adminToken)).send({ date }).expect(201);
      return { path: `/api/spaces/${f.space.id}/closures/${date}` };
    },
    expect: spaceManagers(204),
  },
  {
    route: 'GET /api/spaces/:spaceId/closures',
    request: (f) => ({ path: `/api/spaces/${f.space.id}/closures?from=2027-01-01&to=2028-12-31` }),
    expect: spaceManagers(200),
  },
  {
    route: 'DELETE /api/spaces/:spaceId/closure-batches/:batchId',
    request: async (f) => {
      const from = f.nextDate();
      const until = f.nextDate();
      const made = await f.t
        .http()
        .post(`/api/spaces/${f.space.id}/closures`)
        .set(auth(f.t.adminToken))
        .send({ date: from, until })
        .expect(201);
      return { path: `/api/spaces/${f.space.id}/closure-batches/${made.body.batchId}` };
    },
    expect: spaceManagers(204),
  },
  {
    route: 'GET /api/spaces/:spaceId/waitlist',
    request: (f) => ({ path: `/api/spaces/${f.space.id}/waitlist?date=2027-10-21` }),
    expect: spaceManagers(200),
  },
  {
    route: 'GET /api/spaces/:spaceId/reports/monthly',
    request: (f) => ({ path: `/api/spaces/${f.space.id}/reports/monthly?month=2027-10` }),
    expect: reportReaders(200),
  },
  {
    route: 'GET /api/reports/usage',
    request: (f) => ({ path: `/api/reports/usage?from=2027-09&to=2027-10&spaceId=${f.space.id}` }),
    expect: reportReaders(200),
  },
  {
    route: 'GET /api/reports/months',
    request: (f) => ({ path: `/api/reports/months?spaceId=${f.space.id}` }),
    expect: reportReaders(200),
  },
  {
    route: 'GET /api/reports/season',
    request: (f) => ({ path: `/api/reports/season?from=2027-09&to=2027-10&spaceId=${f.space.id}` }),
    expect: reportReaders(200),
  },
  {
    // the space's survey answers and visits: read as its reports are
    route: 'GET /api/spaces/:spaceId/demand',
    request: (f) => ({ path: `/api/spaces/${f.space.id}/demand?from=2027-09&to=2027-10` }),
    expect: reportReaders(200),
  },

  // surveys: the space's staff and admins run them, analysts read them; anyone answers an open one
  {
    route: 'POST /api/surveys',
    request: (f) => ({ path: '/api/surveys', body: surveyBody(f) }),
    expect: spaceManagers(201),
  },
  {
    route: 'GET /api/surveys',
    request: () => ({ path: '/api/surveys' }),
    expect: { ...reportReaders(200), otherStaff: 200 },
  },
  {
    // a closed survey: gone (410) for everyone but those who run or read it
    route: 'GET /api/surveys/:surveyId',
    request: async (f) => ({ path: `/api/surveys/${await freshSurvey(f, 'closed')}` }),
    expect: {
      anonymous: 410,
      coworker: 410,
      otherCoworker: 410,
      staff: 200,
      otherStaff: 410,
      admin: 200,
      analyst: 200,
    },
  },
  {
    route: 'PATCH /api/surveys/:surveyId',
    request: async (f) => ({ path: `/api/surveys/${await freshSurvey(f)}`, body: { status: 'closed' } }),
    expect: spaceManagers(200),
  },
  {
    route: 'DELETE /api/surveys/:surveyId',
    request: async (f) => ({ path: `/api/surveys/${await freshSurvey(f)}` }),
    expect: spaceManagers(204),
  },
  {
    // a token sent along is ignored: everyone answers as nobody
    route: 'POST /api/surveys/:surveyId/responses',
    request: async (f) => ({
      path: `/api/surveys/${await freshSurvey(f)}/responses`,
      body: { answers: { q1: 'Yes' } },
    }),
    expect: all(201),
  },
  {
    route: 'GET /api/survey-templates',
    request: () => ({ path: '/api/survey-templates?language=en' }),
    expect: { ...reportReaders(200), otherStaff: 200 },
  },
  {
    // the results: read as the space's reports are (analysts without the free texts)
    route: 'GET /api/surveys/:surveyId/results',
    request: async (f) => ({ path: `/api/surveys/${await freshSurvey(f)}/results` }),
    expect: reportReaders(200),
  },
  {
    // public while open (all 200); closed: as the survey itself, gone for everyone else
    route: 'GET /api/surveys/:surveyId/qr.svg',
    request: async (f) => ({ path: `/api/surveys/${await freshSurvey(f, 'closed')}/qr.svg` }),
    expect: {
      anonymous: 410,
      coworker: 410,
      otherCoworker: 410,
      staff: 200,
      otherStaff: 410,
      admin: 200,
      analyst: 200,
    },
  },
  {
    route: 'GET /api/surveys/:surveyId/poster.svg',
    request: async (f) => ({ path: `/api/surveys/${await freshSurvey(f)}/poster.svg?size=a3` }),
    expect: spaceManagers(200),
  },

  {
    route: 'POST /api/bookings',
    request: (f) => ({ path: '/api/bookings', body: f.nextSlot() }),
    expect: signedIn(201),
  },
  { route: 'GET /api/bookings', request: () => ({ path: '/api/bookings' }), expect: signedIn(200) },
  {
    route: 'GET /api/bookings/:bookingId',
    request: async (f, who) => {
      const b = await f.freshBooking();
      return asOwner(who, b.owner, { path: `/api/bookings/${b.id}` });
    },
    expect: ownerOrManagers(200),
  },
  {
    route: 'GET /api/bookings/:bookingId/calendar.ics',
    request: async (f, who) => {
      const b = await f.freshBooking();
      return asOwner(who, b.owner, { path: `/api/bookings/${b.id}/calendar.ics` });
    },
    expect: ownerOrManagers(200),
  },
  {
    route: 'POST /api/bookings/:bookingId/cancel',
    request: async (f, who) => {
      const b = await f.freshBooking();
      return asOwner(who, b.owner, { path: `/api/bookings/${b.id}/cancel` });
    },
    expect: ownerOrManagers(200),
  },
  {
    route: 'POST /api/bookings/cancel-many',
    request: async (f, who) => {
      const b = await f.freshBooking();
      return asOwner(who, b.owner, {
        path: '/api/bookings/cancel-many',
        body: { bookingIds: [b.id], message: 'Sorry' },
      });
    },
    expect: spaceManagers(200),
  },
  {
    route: 'POST /api/bookings/:bookingId/check-in',
    request: async (f, who) => {
      const b = await f.freshBooking(true);
      return asOwner(who, b.owner, { path: `/api/bookings/${b.id}/check-in` });
    },
    expect: ownerOrManagers(200),
  },
  // at the door: QR codes and the desk's page are public; a walk-up is any signed-in person's
  // (a fresh person of the caller's kind on a fresh desk, free now: each cell books its own)
  {
    route: 'GET /api/desks/:deskId/qr.svg',
    request: (f) => ({ path: `/api/desks/${f.space.deskIds[0]}/qr.svg` }),
    expect: all(200),
  },
  {
    route: 'GET /api/spaces/:spaceId/qr.svg',
    request: (f) => ({ path: `/api/spaces/${f.space.id}/qr.svg` }),
    expect: all(200),
  },
  {
    route: 'GET /api/desks/:deskId/door',
    request: (f) => ({ path: `/api/desks/${f.space.deskIds[0]}/door` }),
    expect: all(200),
  },
  {
    route: 'POST /api/desks/:deskId/walk-up',
    request: async (f, who) => {
      const desk = await f.t
        .http()
        .post(`/api/spaces/${f.space.id}/desks`)
        .set(auth(f.t.adminToken))
        .send({ name: `Walk-up ${randomUUID().slice(0, 8)}` })
        .expect(201);
      return throwaway(f, who, () => ({ path: `/api/desks/${desk.body.id}/walk-up`, body: {} }));
    },
    expect: signedIn(201),
  },
  {
    route: 'POST /api/bookings/series',
    request: (f) => {
      const slot = f.nextSlot();
      return {
        path: '/api/bookings/series',
        body: {
          deskId: slot.deskId,
          firstDate: slot.start.slice(0, 10),
          startTime: '08:00',
          endTime: '08:30',
          weeks: 1,
          mode: 'partial',
        },
      };
    },
    expect: signedIn(201),
  },
  {
    route: 'POST /api/bookings/series/:seriesId/cancel',
    request: () => ({ path: `/api/bookings/series/${randomUUID()}/cancel`, body: {} }),
    expect: signedIn(404),
  },

  {
    route: 'POST /api/spaces/:spaceId/waitlist',
    request: (f) => ({ path: `/api/spaces/${f.space.id}/waitlist`, body: { date: '2027-10-25' } }),
    expect: signedIn(201),
  },
  {
    route: 'DELETE /api/waitlist/:entryId',
    request: async (f, who) => {
      const owner = await f.freshUser('coworker');
      const entry = await f.t
        .http()
        .post(`/api/spaces/${f.space.id}/waitlist`)
        .set(auth(owner.token))
        .send({ date: '2027-10-22' })
        .expect(201);
      return asOwner(who, owner, { path: `/api/waitlist/${entry.body.id}` });
    },
    expect: {
      anonymous: 401,
      coworker: 204,
      otherCoworker: 404,
      staff: 204,
      otherStaff: 404,
      admin: 204,
      analyst: 404,
    },
  },
  // events: public lists, pages and .ics; non-public events exist only for their space's staff and admins
  {
    route: 'POST /api/spaces/:spaceId/events',
    request: (f) => ({ path: `/api/spaces/${f.space.id}/events`, body: eventBody() }),
    expect: spaceManagers(201),
  },
  {
    route: 'GET /api/spaces/:spaceId/events',
    request: (f) => ({ path: `/api/spaces/${f.space.id}/events?from=2027-10-01&to=2027-12-31` }),
    expect: all(200),
  },
  { route: 'GET /api/events', request: () => ({ path: '/api/events' }), expect: all(200) },
  {
    route: 'GET /api/events/:eventId',
    request: async (f) => ({ path: `/api/events/${await freshEvent(f, { public: false })}` }),
    expect: { ...ownerOrManagers(200), anonymous: 404, coworker: 404 },
  },
  {
    route: 'GET /api/events/:eventId/event.ics',
    request: async (f) => ({ path: `/api/events/${await freshEvent(f)}/event.ics` }),
    expect: all(200),
  },
  {
    route: 'PATCH /api/events/:eventId',
    request: async (f) => ({ path: `/api/events/${await freshEvent(f)}`, body: { capacity: 6 } }),
    expect: spaceManagers(200),
  },
  {
    route: 'POST /api/events/:eventId/cancel',
    request: async (f) => ({ path: `/api/events/${await freshEvent(f)}/cancel`, body: { message: 'Sorry' } }),
    expect: spaceManagers(200),
  },
  {
    route: 'POST /api/events/:eventId/duplicate',
    request: async (f) => ({ path: `/api/events/${await freshEvent(f)}/duplicate`, body: { dates: ['2027-11-03'] } }),
    expect: spaceManagers(201),
  },
  // registrations: anyone signed in registers for a public event; its staff see the list and check in
  {
    route: 'POST /api/events/:eventId/registrations',
    request: async (f) => ({ path: `/api/events/${await freshEvent(f)}/registrations`, body: {} }),
    expect: signedIn(201),
  },
  { route: 'GET /api/me/registrations', request: () => ({ path: '/api/me/registrations' }), expect: signedIn(200) },
  {
    route: 'GET /api/events/:eventId/registrations',
    request: async (f) => ({ path: `/api/events/${await freshEvent(f)}/registrations` }),
    expect: spaceManagers(200),
  },
  {
    route: 'DELETE /api/registrations/:registrationId',
    request: async (f, who) => {
      const { id, owner } = await freshRegistration(f);
      return asOwner(who, owner, { path: `/api/registrations/${id}` });
    },
    expect: ownerOrManagers(204),
  },
  {
    route: 'POST /api/registrations/:registrationId/check-in',
    request: async (f, who) => {
      // starting in half an hour: check-in is open (the owner may not check themselves in)
      const { id, owner } = await freshRegistration(f, { start: '2027-10-20T10:30:00Z', end: '2027-10-20T11:30:00Z' });
      return asOwner(who, owner, { path: `/api/registrations/${id}/check-in` });
    },
    expect: { ...ownerOrManagers(200), coworker: 403 },
  },
];

/** A survey of the fixture space (its town), one single-choice question. */
const surveyBody = (f: Fixtures) => ({
  title: 'Matrix survey',
  town: 'Oestrich-Winkel',
  spaceId: f.space.id,
  questions: [{ id: 'q1', kind: 'single', text: 'Would you use a space here?', options: ['Yes', 'No'] }],
});

/** A fresh survey of the fixture space, made by an admin (and closed, if asked). */
async function freshSurvey(f: Fixtures, status: 'open' | 'closed' = 'open'): Promise<string> {
  const res = await f.t.http().post('/api/surveys').set(auth(f.t.adminToken)).send(surveyBody(f)).expect(201);
  const id = res.body.id as string;
  if (status === 'closed')
    await f.t.http().patch(`/api/surveys/${id}`).set(auth(f.t.adminToken)).send({ status }).expect(200);
  return id;
}

const FLOOR_PLAN_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><rect width="100" height="50"/></svg>';

/** The fixture space with a floor plan (uploaded by an admin): the plan's path. */
async function freshFloorPlan(f: Fixtures): Promise<string> {
  const path = `/api/spaces/${f.space.id}/floor-plan`;
  await f.t
    .http()
    .put(path)
    .set(auth(f.t.adminToken))
    .set('Content-Type', 'image/svg+xml')
    .send(FLOOR_PLAN_SVG)
    .expect(200);
  return path;
}

/** A fresh coworker's registration (the owner) for a fresh event. */
async function freshRegistration(f: Fixtures, more: Record<string, unknown> = {}) {
  const owner = await f.freshUser('coworker');
  const res = await f.t
    .http()
    .post(`/api/events/${await freshEvent(f, more)}/registrations`)
    .set(auth(owner.token))
    .send({})
    .expect(201);
  return { id: res.body.id as string, owner };
}

/** An event without places (so that it never meets the cells' bookings), Thursday 14:00–15:00 in Berlin. */
const eventBody = (more: Record<string, unknown> = {}) => ({
  title: 'Matrix event',
  kind: 'workshop',
  capacity: 5,
  start: '2027-10-21T12:00:00Z',
  end: '2027-10-21T13:00:00Z',
  ...more,
});

async function freshEvent(f: Fixtures, more: Record<string, unknown> = {}): Promise<string> {
  const res = await f.t
    .http()
    .post(`/api/spaces/${f.space.id}/events`)
    .set(auth(f.t.adminToken))
    .send(eventBody(more))
    .expect(201);
  return res.body.id as string;
}

async function freshWebhook(f: Fixtures): Promise<string> {
  const res = await f.t
    .http()
    .post('/api/admin/webhooks')
    .set(auth(f.t.adminToken))
    .send({ url: 'https://hooks.example.invalid/x', events: ['booking.created'] })
    .expect(201);
  return res.body.id as string;
}

async function makeAnalyst(t: TestApp): Promise<TestUser> {
  const u = await registerUser(t);
  await t.http().put(`/api/users/${u.id}/role`).set(auth(t.adminToken)).send({ role: 'analyst' }).expect(200);
  const login = await t.http().post('/api/auth/login').send({ email: u.email, password: PASSWORD }).expect(200);
  return { ...u, token: login.body.token as string };
}

const methodOf = (route: string) => route.split(' ')[0]!;
const keyOf = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

describe('authorisation matrix', () => {
  let t: TestApp;
  let f: Fixtures;

  beforeAll(async () => {
    t = await startApp();
    // a 5-minute minimum (fair use), so that each cell's booking on "now" can be short
    const space = await createSpace(t, { desks: 6, body: { minBookingMinutes: 5 } });
    const otherSpace = await createSpace(t, { desks: 1 });
    const adminUser = await registerUser(t);
    await t.http().put(`/api/users/${adminUser.id}/role`).set(auth(t.adminToken)).send({ role: 'admin' }).expect(200);
    const adminLogin = await t
      .http()
      .post('/api/auth/login')
      .send({ email: adminUser.email, password: PASSWORD })
      .expect(200);
    const users = {
      coworker: await registerUser(t),
      otherCoworker: await registerUser(t),
      staff: await makeStaff(t, [space.id]),
      otherStaff: await makeStaff(t, [otherSpace.id]),
      admin: { ...adminUser, token: adminLogin.body.token as string },
      analyst: await makeAnalyst(t),
    };
    const me = await t.http().get('/api/me').set(auth(users.coworker.token)).expect(200);
    let slot = 0;
    let day = 0;
    const freshUser = async (as: Exclude<Caller, 'anonymous'>): Promise<TestUser> => {
      if (as === 'coworker' || as === 'otherCoworker') return registerUser(t);
      if (as === 'staff') return makeStaff(t, [space.id]);
      if (as === 'otherStaff') return makeStaff(t, [otherSpace.id]);
      if (as === 'analyst') return makeAnalyst(t);
      const u = await registerUser(t);
      await t.http().put(`/api/users/${u.id}/role`).set(auth(t.adminToken)).send({ role: 'admin' }).expect(200);
      const login = await t.http().post('/api/auth/login').send({ email: u.email, password: PASSWORD }).expect(200);
      return { ...u, token: login.body.token };
    };
    // Slots: Thursday 2027-10-21 onwards, 6 desks × 8 hours a weekday (UTC+2: 09–17 local = 07–15 Z).
    const nextSlot = () => {
      const i = slot++;
      const desk = i % 6;
      const hour = Math.floor(i / 6) % 8;
      const dayIndex = Math.floor(i / 48);
      const date = new Date(Date.UTC(2027, 9, 21));
      let added = 0;
      while (added < dayIndex || [0, 6].includes(date.getUTCDay())) {
        date.setUTCDate(date.getUTCDate() + 1);
        if (![0, 6].includes(date.getUTCDay())) added++;
      }
      const d = date.toISOString().slice(0, 10);
      const h = String(7 + hour).padStart(2, '0');
      return { deskId: space.deskIds[desk]!, start: `${d}T${h}:00:00Z`, end: `${d}T${h}:30:00Z` };
    };
    f = {
      t,
      space,
      otherSpace,
      users,
      calendarFile: String(me.body.calendarUrl).split('/').pop()!,
      freshUser,
      nextSlot,
      nextDate: () => new Date(Date.UTC(2028, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10),
      async freshBooking(startsNow = false) {
        const owner = await registerUser(t);
        const body = startsNow
          ? { deskId: space.deskIds[slot++ % 6]!, start: '2027-10-20T10:00:00Z', end: '2027-10-20T10:05:00Z' }
          : nextSlot();
        if (startsNow) {
          // a start of its own on "now" for each cell: shift the start by the cell number (a desk
          // comes round every 6 cells, 6 minutes later, after its 5-minute booking has ended)
          const n = slot;
          body.start = new Date(Date.parse('2027-10-20T10:00:00Z') + n * 60_000).toISOString();
          body.end = new Date(Date.parse(body.start) + 5 * 60_000).toISOString();
          t.setNow(new Date(Date.parse(body.start) - 60_000));
        }
        const res = await t.http().post('/api/bookings').set(auth(owner.token)).send(body);
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        return { id: res.body.id as string, owner };
      },
    };
  }, 180_000);
  afterAll(() => t.close());

  it('has an entry for every route the app registers, and no entry for a route that does not exist', () => {
    const registered = new Set(t.app.routeList.filter((r) => !['HEAD', 'OPTIONS'].includes(r.method)).map(keyOf));
    const inMatrix = new Set(MATRIX.map((e) => e.route));
    const missing = [...registered].filter((r) => !inMatrix.has(r)).sort();
    const stale = [...inMatrix].filter((r) => !registered.has(r)).sort();
    expect(
      missing,
      'routes without an authorisation matrix entry (add them to test/security/authorisation-matrix.test.ts)',
    ).toEqual([]);
    expect(stale, 'matrix entries for routes that do not exist').toEqual([]);
  });

  it(
    `answers every cell as the matrix says (${MATRIX.length} routes × ${CALLERS.length} callers)`,
    { timeout: 240_000 },
    async () => {
      const wrong: string[] = [];
      for (const entry of MATRIX) {
        for (const who of CALLERS) {
          t.setNow('2027-10-20T10:00:00Z');
          const req = await entry.request(f, who);
          const token = req.token ?? (who === 'anonymous' ? null : f.users[who].token);
          const [method, ...rest] = entry.route.split(' ');
          void rest;
          let call = t.http()[methodOf(entry.route).toLowerCase() as 'get'](req.path);
          if (token && who !== 'anonymous') call = call.set(auth(token));
          if (req.contentType) call = call.set('Content-Type', req.contentType);
          if (req.body !== undefined) call = call.send(req.body as object);
          const res = await call;
          const want = entry.expect[who];
          if (res.status !== want)
            wrong.push(
              `${method} ${req.path} as ${who}: expected ${want}, got ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`,
            );
          if (res.status >= 400 && !String(res.headers['content-type']).startsWith('application/problem+json')) {
            wrong.push(`${method} ${req.path} as ${who}: ${res.status} without problem+json`);
          }
        }
      }
      expect(wrong).toEqual([]);
    },
  );
});
