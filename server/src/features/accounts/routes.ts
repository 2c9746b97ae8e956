import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AuthAnswer,
  ChangePasswordBody,
  Id,
  LoginBody,
  Me,
  RegisterBody,
  RoleBody,
  UpdateMeBody,
  User,
  UserContact,
} from '@popdesk/shared';
import { UNIQUE_VIOLATION, pgError } from '../../lib/pg-errors.js';
import { HttpProblem, businessRule, conflict, forbidden, notFound, unauthorized } from '../../lib/problems.js';
import { caller, problems } from '../../lib/http.js';
import type { AuthUser } from '../../lib/auth-user.js';
import { hashPassword, verifyPassword } from './passwords.js';
import {
  accountKey,
  clientKey,
  countAttempt,
  countLogin,
  loginKeys,
  loginLimits,
  loginSucceeded,
} from './login-throttle.js';
import {
  allSpacesExist,
  createUser,
  findAuthUser,
  findUserByEmail,
  nextWholeSecond,
  revokeTokens,
  rotateCalendarToken,
  searchContacts,
  searchUsers,
  setPassword,
  setRole,
  toUserDto,
  updateProfile,
} from './users-repo.js';
import { countRegistration } from './register-throttle.js';

/** Public: registration and login. */
export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/auth/register',
    {
      schema: {
        operationId: 'register',
        tags: ['accounts'],
        summary: 'Create a coworker account',
        body: RegisterBody,
        response: { 201: AuthAnswer, ...problems(400, 409, 415, 429) },
      },
    },
    async (request, reply) => {
      const { email, password, name, group, locale } = request.body;
      // Every attempt counts, so that probing which e-mails exist (409) is slow; the password is
      // hashed before the insert either way, so a taken and a free e-mail take the same time.
      const now = app.clock();
      const wait = await countRegistration(app.throttle, email, request.ip, app.config, now);
      if (wait !== null) {
        throw new HttpProblem(
          429,
          'too-many-attempts',
          'Too many attempts',
          `Too many registrations. Try again in ${wait} seconds.`,
          {},
          { 'Retry-After': String(wait) },
        );
      }
      const passwordHash = await hashPassword(password);
      try {
        const user = await createUser(app.db, {
          email: email.trim(),
          name: name.trim(),
          passwordHash,
          group: group ?? 'other',
          locale: locale ?? 'de',
        });
        return reply.code(201).send({ token: app.signToken(user), user: toUserDto(user) });
      } catch (err) {
        if (pgError(err)?.code === UNIQUE_VIOLATION)
          throw conflict('email-taken', 'E-mail taken', 'An account with this e-mail exists already.');
        throw err;
      }
    },
  );

  app.post(
    '/auth/login',
    {
      schema: {
        operationId: 'login',
        tags: ['accounts'],
        summary:
          'Log in; throttled per client and per (account, client); an account under attack slows down only the clients that failed on it',
        body: LoginBody,
        response: { 200: AuthAnswer, ...problems(400, 401, 429) },
      },
    },
    async (request) => {
      const { email, password } = request.body;
      const now = app.clock();
      const keys = loginKeys(email, request.ip);
      // counted before the password check (atomically, on every instance alike); a success takes it back
      const wait = await countLogin(app.throttle, keys, app.config.login, now);
      if (wait !== null) {
        throw new HttpProblem(
          429,
          'too-many-attempts',
          'Too many attempts',
          `Too many failed logins. Try again in ${wait} seconds.`,
          {},
          { 'Retry-After': String(wait) },
        );
      }
      const row = await findUserByEmail(app.db, email);
      const ok = await verifyPassword(row?.passwordHash ?? null, password);
      if (!row || !ok) throw unauthorized('E-mail or password is wrong.');
      await loginSucceeded(app.throttle, keys, app.config.login.windowMs, now);
      const user = (await findAuthUser(app.db, row.id))!;
      return { token: app.signToken(user), user: toUserDto(user) };
    },
  );
};

/** Behind authentication: the caller's own account, and role administration. */
export const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const meDto = (user: AuthUser, origin: string) => ({
    ...toUserDto(user),
    calendarUrl: `${app.config.publicUrl ?? origin}/api/calendar/${user.calendarToken}.ics`,
  });
  const originOf = (request: { protocol: string; host: string }) => `${request.protocol}://${request.host}`;

  app.get(
    '/me',
    {
      schema: {
        operationId: 'getMe',
        tags: ['accounts'],
        summary: 'The caller',
        response: { 200: Me, ...problems(401) },
      },
    },
    async (request) => meDto(caller(request), originOf(request)),
  );

  app.patch(
    '/me',
    {
      schema: {
        operationId: 'updateMe',
        tags: ['accounts'],
        summary: 'Change name, group or language',
        body: UpdateMeBody,
        response: { 200: Me, ...problems(400, 401) },
      },
    },
    async (request) => {
      const me = caller(request);
      await updateProfile(app.db, me.id, request.body);
      return meDto((await findAuthUser(app.db, me.id))!, originOf(request));
    },
  );

  app.post(
    '/me/calendar-token',
    {
      schema: {
        operationId: 'rotateCalendarToken',
        tags: ['accounts'],
        summary: 'Rotate the secret calendar feed URL',
        response: { 200: Me, ...problems(401) },
      },
    },
    async (request) => {
      const me = caller(request);
      await rotateCalendarToken(app.db, me.id);
      return meDto((await findAuthUser(app.db, me.id))!, originOf(request));
    },
  );

  app.post(
    '/me/password',
    {
      schema: {
        operationId: 'changePassword',
        tags: ['accounts'],
        summary: 'Change the password; every other session is logged out',
        body: ChangePasswordBody,
        response: { 200: AuthAnswer, ...problems(400, 401, 403, 429) },
      },
    },
    async (request) => {
      const me = caller(request);
      const now = app.clock();
      const keys = { account: accountKey(me.email), client: clientKey(request.ip) };
      const { windowMs } = app.config.login;
      const wait = await countAttempt(app.throttle, loginLimits(keys, app.config.login), windowMs, now);
      if (wait !== null) {
        throw new HttpProblem(
          429,
          'too-many-attempts',
          'Too many attempts',
          `Too many wrong passwords. Try again in ${wait} seconds.`,
          {},
          { 'Retry-After': String(wait) },
        );
      }
      const row = await findUserByEmail(app.db, me.email);
      if (!row || !(await verifyPassword(row.passwordHash, request.body.currentPassword)))
        throw forbidden('The current password is wrong.');
      // the right password: this attempt does not count
      await Promise.all([
        app.throttle.undo(keys.account, windowMs, now),
        app.throttle.undo(keys.client, windowMs, now),
      ]);
      const validAfter = nextWholeSecond();
      await setPassword(app.db, me.id, await hashPassword(request.body.newPassword), validAfter);
      // a token for this session, issued at the cut-off so that it alone survives
      const token = app.jwt.sign({ sub: me.id, role: me.role, iat: validAfter.getTime() / 1000 } as {
        sub: string;
        role: string;
      });
      return { token, user: toUserDto(me) };
    },
  );

  app.post(
    '/me/logout-everywhere',
    {
      schema: {
        operationId: 'logoutEverywhere',
        tags: ['accounts'],
        summary: 'Revoke every token issued so far, this one included',
        response: { 204: Type.Null(), ...problems(401) },
      },
    },
    async (request, reply) => {
      await revokeTokens(app.db, caller(request).id, nextWholeSecond());
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/users/:userId/role',
    {
      schema: {
        operationId: 'setUserRole',
        tags: ['accounts'],
        summary: 'Admin: set a role (and the spaces a staff member runs)',
        params: Type.Object({ userId: Id }),
        body: RoleBody,
        response: { 200: User, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      if (caller(request).role !== 'admin') throw forbidden('Only admins assign roles.');
      const { userId } = request.params;
      const { role, spaceIds = [] } = request.body;
      const target = await findAuthUser(app.db, userId);
      if (!target) throw notFound('This user');
      if (spaceIds.length > 0 && !(await allSpacesExist(app.db, spaceIds))) {
        throw businessRule('unknown-space', 'Unknown space', 'Some of spaceIds do not exist.');
      }
      await setRole(app.db, userId, role, spaceIds);
      return toUserDto((await findAuthUser(app.db, userId))!);
    },
  );

  app.get(
    '/users',
    {
      schema: {
        operationId: 'listUsers',
        tags: ['accounts'],
        summary:
          'Admin: find users by e-mail or name. Staff: the accounts that booked in their spaces (or whose e-mail is exactly q), id, name and e-mail only',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 100 })),
          limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
        }),
        response: { 200: Type.Array(Type.Union([User, UserContact])), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const user = caller(request);
      const { q = '', limit } = request.query;
      if (user.role === 'staff') return searchContacts(app.db, q, user.spaceIds, limit);
      if (user.role !== 'admin') throw forbidden('Only admins and staff look up accounts.');
      return (await searchUsers(app.db, q, limit)).map(toUserDto);
    },
  );
};
