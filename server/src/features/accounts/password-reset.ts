/**
 * Password reset by e-mail (`app.passwordResets`). A request is answered 202 before anything about
 * the address is looked up: the lookup, the token and the e-mail happen after the answer, so known
 * and unknown addresses get the same answer in the same time. The token is 32 random bytes
 * (base64url) in the e-mail's link; the database keeps only its SHA-256, for 60 minutes.
 *
 * Accounts sit below mail in the layering, so the e-mail is queued through a function app.ts
 * passes in (`queueMail`, from features/mail), inside the transaction that stores the token.
 */
import { createHash, randomBytes } from 'node:crypto';
import fp from 'fastify-plugin';
import type { Db } from '../../db/client.js';
import { clientKey, countAttempt, emailHash } from './login-throttle.js';
import { findResetRecipient, insertResetToken, type ResetRecipient } from './password-reset-repo.js';

export type { ResetRecipient };

/** How long a reset link works. */
export const RESET_TOKEN_MINUTES = 60;

/** Queues the reset e-mail with this token for this person (in their language), in `db`'s transaction. */
export type QueueResetMail = (db: Db, to: ResetRecipient, token: string, now: Date) => Promise<void>;

export const newResetToken = () => randomBytes(32).toString('base64url');
export const hashResetToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Throttle keys: the address and the client only as hashes (the client per /64 for IPv6), so that
 * no e-mail or IP address sits in the counters; erasure drops them with the login keys.
 */
export const resetThrottleKeys = (email: string, ip: string) => ({
  client: `reset:${clientKey(ip)}`,
  account: `reset:account:${emailHash(email)}`,
});

declare module 'fastify' {
  interface FastifyInstance {
    passwordResets: {
      /**
       * Counts the request against the limits (seconds to wait when over one, else null) and,
       * when under them, starts the reset in the background: it never delays the answer.
       */
      request(email: string, ip: string): Promise<number | null>;
      /** Resolves when every reset started so far has finished (tests, shutdown). */
      settled(): Promise<void>;
    };
  }
}

export default fp<{ queueMail: QueueResetMail }>(async (app, { queueMail }) => {
  const pending = new Set<Promise<void>>();

  async function startReset(email: string, now: Date): Promise<void> {
    const to = await findResetRecipient(app.db, email);
    if (!to) return;
    const token = newResetToken();
    await app.db.transaction(async (tx) => {
      await insertResetToken(tx, {
        userId: to.userId,
        tokenHash: hashResetToken(token),
        expiresAt: new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000),
        createdAt: now,
      });
      await queueMail(tx, to, token, now);
    });
  }

  app.decorate('passwordResets', {
    async request(email: string, ip: string) {
      const now = app.clock();
      const keys = resetThrottleKeys(email, ip);
      const { passwordReset, login } = app.config;
      const wait = await countAttempt(
        app.throttle,
        [
          { key: keys.client, max: passwordReset.maxPerClient },
          { key: keys.account, max: passwordReset.maxPerAccount },
        ],
        login.windowMs,
        now,
      );
      if (wait !== null) return wait;
      const work = startReset(email, now).catch((err: unknown) => {
        // nothing personal in the log: the address stays out
        app.log.error({ err }, 'password reset could not be started');
      });
      pending.add(work);
      void work.finally(() => pending.delete(work));
      return null;
    },
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  });
  // a reset started just before a shutdown still gets its e-mail queued
  app.addHook('preClose', async () => app.passwordResets.settled());
});
