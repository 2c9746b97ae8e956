import { setTimeout } from 'node:timers/promises';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PasswordResetBody, PasswordResetConfirmBody } from '@popdesk/shared';
import { HttpProblem } from '../../lib/problems.js';
import { problems } from '../../lib/http.js';
import { hashPassword } from './passwords.js';
import { hashResetToken } from './password-reset.js';
import { redeemResetToken, resetTokenIsValid } from './password-reset-repo.js';
import { clearLoginFailures } from './login-throttle.js';
import { nextWholeSecond } from './users-repo.js';

const Accepted = Type.Object({ status: Type.Literal('accepted') });

const invalidToken = () =>
  new HttpProblem(
    400,
    'invalid-reset-token',
    'Invalid reset link',
    'This reset link is unknown, has been used or has expired. Ask for a new one.',
  );

/** Public: asking for a reset link, and setting a new password with it. */
export const passwordResetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/auth/password-reset',
    {
      schema: {
        operationId: 'requestPasswordReset',
        tags: ['accounts'],
        summary: 'Ask for a password reset link by e-mail; the same answer whether or not the address has an account',
        body: PasswordResetBody,
        response: { 202: Accepted, ...problems(400, 415, 429) },
      },
    },
    async (request, reply) => {
      const wait = await app.passwordResets.request(request.body.email, request.ip);
      if (wait !== null) {
        throw new HttpProblem(
          429,
          'too-many-attempts',
          'Too many attempts',
          `Too many reset requests. Try again in ${wait} seconds.`,
          {},
          { 'Retry-After': String(wait) },
        );
      }
      return reply.code(202).send({ status: 'accepted' as const });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      schema: {
        operationId: 'confirmPasswordReset',
        tags: ['accounts'],
        summary: 'Set a new password with a reset token (once, within 60 minutes); every earlier session ends',
        body: PasswordResetConfirmBody,
        response: { 204: Type.Null(), ...problems(400, 415) },
      },
    },
    async (request, reply) => {
      const now = app.clock();
      const tokenHash = hashResetToken(request.body.token);
      // a cheap look first: a wrong token costs no password hashing
      if (!(await resetTokenIsValid(app.db, tokenHash, now))) throw invalidToken();
      const passwordHash = await hashPassword(request.body.password);
      const validAfter = nextWholeSecond();
      const done = await redeemResetToken(app.db, { tokenHash, passwordHash, validAfter, now });
      if (!done) throw invalidToken();
      // the person proved they own the address: failed logins against it no longer count
      await clearLoginFailures(app.throttle, done.email);
      // JWTs carry whole seconds: answer once the cut-off has passed, so that a login right after
      // this answer gets a token that counts (at most a second's wait, once per reset)
      await setTimeout(Math.max(0, validAfter.getTime() - Date.now()));
      return reply.code(204).send(null);
    },
  );
};
