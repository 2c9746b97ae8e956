/**
 * Password reset by e-mail: the link arrives through the outbox in the person's language, works
 * once and for 60 minutes, ends every earlier session; unknown and erased addresses get the same
 * answer and no mail; requests are throttled per client and per address (stored as a hash).
 */
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '@popdesk/shared';
import { rows } from '../../src/db/db.js';
import { resetThrottleKeys } from '../../src/features/accounts/password-reset.js';
import { auth, expectProblem, registerUser, startApp, uniqueClientIp, type TestApp } from '../harness.js';

// after the mail tests' early-2026 clock: on PostgreSQL the outbox is shared, and their worker must not meet these
const NOW = '2027-11-15T09:00:00.000Z';
const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'a brand new passphrase';
const PUBLIC_URL = 'https://popdesk.example';

describe('password reset', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({
      now: NOW,
      config: { trustProxy: true, publicUrl: PUBLIC_URL, passwordReset: { maxPerClient: 6, maxPerAccount: 3 } },
    });
  });
  afterAll(() => t.close());
  beforeEach(() => t.setNow(NOW));

  const ask = (email: string, ip = uniqueClientIp()) =>
    t.http().post('/api/auth/password-reset').set('X-Forwarded-For', ip).send({ email });
  const confirm = (token: string, password = NEW_PASSWORD) =>
    t.http().post('/api/auth/password-reset/confirm').send({ token, password });
  const login = (email: string, password: string) =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', uniqueClientIp()).send({ email, password });
  const mailsTo = async (email: string): Promise<OutboxMessage[]> => {
    await t.app.passwordResets.settled();
    const res = await t.http().get('/api/admin/outbox?limit=500').set(auth(t.adminToken)).expect(200);
    return (res.body as OutboxMessage[]).filter((m) => m.to === email && m.kind === 'password_reset');
  };
  /** The token of the newest reset mail to this address, read from its link. */
  const tokenFrom = async (email: string): Promise<string> => {
    const [mail] = await mailsTo(email);
    const match = /\/passwort-zuruecksetzen\?token=([A-Za-z0-9_-]+)/.exec(mail?.body ?? '');
    if (!match) throw new Error(`no reset link for ${email}`);
    return match[1]!;
  };

  it('mails a one-time link in the account’s language; the new password works and every old session ends', async () => {
    const user = await registerUser(t, { name: 'Ada' });
    await t.http().patch('/api/me').set(auth(user.token)).send({ locale: 'en' }).expect(200);
    const res = await ask(user.email.toUpperCase());
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ status: 'accepted' });

    const [mail] = await mailsTo(user.email);
    expect(mail).toMatchObject({ kind: 'password_reset', locale: 'en', status: 'pending', bookingId: null });
    expect(mail!.subject).toBe('Reset your PopDesk password');
    expect(mail!.body).toContain(`${PUBLIC_URL}/passwort-zuruecksetzen?token=`);
    expect(mail!.body).toContain('60 minutes');
    const token = await tokenFrom(user.email);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);

    // only the hash is stored
    const stored = await rows<{ token_hash: string }>(
      t.app.db,
      sql`select token_hash from password_reset_tokens where user_id = ${user.id}`,
    );
    expect(stored.map((r) => r.token_hash)).toEqual([createHash('sha256').update(token).digest('hex')]);

    expect((await confirm(token)).status).toBe(204);
    expectProblem(await t.http().get('/api/me').set(auth(user.token)), 401);
    expectProblem(await login(user.email, PASSWORD), 401);
    const fresh = await login(user.email, NEW_PASSWORD);
    expect(fresh.status).toBe(200);
    await t.http().get('/api/me').set(auth(fresh.body.token)).expect(200);

    // once only
    const again = expectProblem(await confirm(token, 'yet another passphrase'), 400);
    expect(again.type).toMatch(/invalid-reset-token$/);
    expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('writes German mail for German accounts and audits the reset without personal data', async () => {
    const user = await registerUser(t, { name: 'Bert' });
    await ask(user.email).expect(202);
    const [mail] = await mailsTo(user.email);
    expect(mail).toMatchObject({ locale: 'de', subject: 'PopDesk-Passwort zurücksetzen' });
    expect(mail!.body).toContain('Hallo Bert,');
    await confirm(await tokenFrom(user.email)).expect(204);

    const audit = await t
      .http()
      .get(`/api/audit-log?action=user.password_reset&targetId=${user.id}`)
      .set(auth(t.adminToken))
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ actorId: user.id, targetType: 'user', targetId: user.id });
    expect(JSON.stringify(audit.body.items[0])).not.toContain(user.email);
  });

  it('answers an unknown address exactly like a known one, and mails nothing', async () => {
    const user = await registerUser(t);
    const unknown = `nobody-${randomUUID()}@test.popdesk`;
    const known = await ask(user.email);
    const stranger = await ask(unknown);
    expect(stranger.status).toBe(known.status);
    expect(stranger.text).toBe(known.text);
    const headers = (h: Record<string, string>) =>
      Object.fromEntries(Object.entries(h).filter(([k]) => !['date', 'x-request-id'].includes(k)));
    expect(headers(stranger.headers)).toEqual(headers(known.headers));
    expect(await mailsTo(unknown)).toEqual([]);
    expect(await mailsTo(user.email)).toHaveLength(1);
  });

  it('refuses an expired link (after 60 minutes) with the same answer as an unknown one', async () => {
    const user = await registerUser(t);
    await ask(user.email).expect(202);
    const token = await tokenFrom(user.email);
    t.setNow(new Date(Date.parse(NOW) + 60 * 60_000));
    const expired = expectProblem(await confirm(token), 400);
    const unknown = expectProblem(await confirm(randomUUID()), 400);
    expect(expired).toEqual(unknown);
    expect((await login(user.email, PASSWORD)).status).toBe(200);

    // a link asked for at 10:00 still works at 10:59
    t.setNow(new Date(Date.parse(NOW) + 60 * 60_000));
    await ask(user.email).expect(202);
    const second = await tokenFrom(user.email);
    expect(second).not.toBe(token);
    t.setNow(new Date(Date.parse(NOW) + 119 * 60_000));
    expect((await confirm(second)).status).toBe(204);
  });

  it('revokes the account’s other open links once one is used, and keeps the password rules', async () => {
    const user = await registerUser(t);
    await ask(user.email).expect(202);
    const first = await tokenFrom(user.email);
    t.setNow(new Date(Date.parse(NOW) + 60_000)); // the newer mail comes first in the outbox
    await ask(user.email).expect(202);
    const second = await tokenFrom(user.email);
    expect(second).not.toBe(first);

    const short = expectProblem(await confirm(second, 'short'), 400);
    expect(short.type).toMatch(/validation-error$/);
    expect((await confirm(second)).status).toBe(204);
    expectProblem(await confirm(first, 'the other passphrase'), 400);

    // spent links are dropped when the next one is made: only working links stay stored
    t.setNow(new Date(Date.parse(NOW) + 2 * 60_000));
    await ask(user.email).expect(202);
    await t.app.passwordResets.settled();
    const stored = await rows<{ used_at: unknown }>(
      t.app.db,
      sql`select used_at from password_reset_tokens where user_id = ${user.id}`,
    );
    expect(stored).toEqual([{ used_at: null }]);
  });

  it('clears the failed logins that throttled a client, so the new password works from there at once', async () => {
    const user = await registerUser(t);
    const ip = uniqueClientIp();
    const from = (password: string) =>
      t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ email: user.email, password });
    let res = await from('wrong password!');
    for (let i = 0; i < 30 && res.status === 401; i++) res = await from('wrong password!');
    expectProblem(res, 429);
    expectProblem(await from(PASSWORD), 429);

    await ask(user.email).expect(202);
    await confirm(await tokenFrom(user.email)).expect(204);
    expect((await from(NEW_PASSWORD)).status).toBe(200);
  });

  it('sends nothing for an erased account', async () => {
    const user = await registerUser(t);
    await t.http().delete('/api/me').set(auth(user.token)).expect(204);
    await ask(user.email).expect(202);
    expect(await mailsTo(user.email)).toEqual([]);
  });

  it('forgets an erased account’s open reset links, and the link no longer works', async () => {
    const user = await registerUser(t);
    await ask(user.email).expect(202);
    const token = await tokenFrom(user.email);
    await t.http().delete('/api/me').set(auth(user.token)).expect(204);
    const left = await rows(t.app.db, sql`select 1 from password_reset_tokens where user_id = ${user.id}`);
    expect(left).toEqual([]);
    expect((await confirm(token)).status).toBe(400);
  });

  it('throttles per address (counted as a hash) and per client, with 429 and Retry-After', async () => {
    const user = await registerUser(t);
    for (let i = 0; i < 3; i++) await ask(user.email).expect(202);
    const perAddress = await ask(user.email);
    expectProblem(perAddress, 429);
    expect(Number(perAddress.headers['retry-after'])).toBeGreaterThan(0);
    expect(await mailsTo(user.email)).toHaveLength(3);

    const keys = resetThrottleKeys(user.email, '10.0.0.1');
    expect(keys.account).toMatch(/^reset:account:[0-9a-f]{64}$/);
    const stored = await rows<{ key: string }>(t.app.db, sql`select key from login_throttle where key like 'reset:%'`);
    expect(stored.map((r) => r.key)).toContain(keys.account);
    expect(stored.some((r) => r.key.includes(user.email))).toBe(false);

    const ip = uniqueClientIp();
    for (let i = 0; i < 6; i++) await ask(`c${i}-${randomUUID()}@test.popdesk`, ip).expect(202);
    expectProblem(await ask(`c-${randomUUID()}@test.popdesk`, ip), 429);
    await ask(`c-${randomUUID()}@test.popdesk`).expect(202);
  });
});
