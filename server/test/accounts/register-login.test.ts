import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, expectProblem, startApp, uniqueClientIp, type TestApp } from '../harness.js';

const PASSWORD = 'correct horse battery';
const newEmail = () => `person-${randomUUID()}@test.popdesk`;

describe('registration and login', () => {
  let t: TestApp;
  beforeAll(async () => {
    // trustProxy: each failing login below comes from an address of its own (see uniqueClientIp)
    t = await startApp({ config: { trustProxy: true } });
  });
  afterAll(() => t.close());

  const register = (body: Record<string, unknown>) => t.http().post('/api/auth/register').send(body);
  const login = (email: string, password: string) =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', uniqueClientIp()).send({ email, password });

  describe('POST /api/auth/register', () => {
    it('creates a coworker and answers 201 with a token and the user', async () => {
      const email = newEmail();
      const res = await register({ email, password: PASSWORD, name: 'Ada Lovelace' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(Object.keys(res.body).sort()).toEqual(['token', 'user']);
      expect(typeof res.body.token).toBe('string');
      expect(res.body.token.split('.')).toHaveLength(3);
      expect(res.body.user).toMatchObject({
        email,
        name: 'Ada Lovelace',
        role: 'coworker',
        group: 'other',
        spaceIds: [],
      });
      expect(res.body.user.id).toMatch(/^[0-9a-f-]{36}$/);
      for (const field of ['id', 'email', 'name', 'role', 'group', 'spaceIds'])
        expect(res.body.user).toHaveProperty(field);
      expect(JSON.stringify(res.body)).not.toContain(PASSWORD);
      expect(res.body.user).not.toHaveProperty('passwordHash');
    });

    it('issues a token that works right away', async () => {
      const res = await register({ email: newEmail(), password: PASSWORD, name: 'Grace' }).expect(201);
      const me = await t.http().get('/api/me').set(auth(res.body.token)).expect(200);
      expect(me.body.id).toBe(res.body.user.id);
    });

    it.each(['commuter', 'freelancer', 'employee_remote', 'municipal_staff', 'student', 'volunteer', 'other'])(
      'keeps the group %s the person gives',
      async (group) => {
        const res = await register({ email: newEmail(), password: PASSWORD, name: 'Grouped', group }).expect(201);
        expect(res.body.user.group).toBe(group);
        const me = await t.http().get('/api/me').set(auth(res.body.token)).expect(200);
        expect(me.body.group).toBe(group);
      },
    );

    it('rejects a group that is not on the list', async () => {
      const body = expectProblem(
        await register({ email: newEmail(), password: PASSWORD, name: 'X', group: 'pirate' }),
        400,
      );
      expect(body.errors?.some((e) => e.path === 'body.group')).toBe(true);
    });

    it('trims the name', async () => {
      const res = await register({ email: newEmail(), password: PASSWORD, name: '  Ada  ' }).expect(201);
      expect(res.body.user.name).toBe('Ada');
    });

    it('never makes anyone more than a coworker, whatever the body says', async () => {
      const res = await register({
        email: newEmail(),
        password: PASSWORD,
        name: 'Mallory',
        role: 'admin',
        spaceIds: [randomUUID()],
      });
      if (res.status === 201) {
        expect(res.body.user.role).toBe('coworker');
        expect(res.body.user.spaceIds).toEqual([]);
        const me = await t.http().get('/api/me').set(auth(res.body.token)).expect(200);
        expect(me.body.role).toBe('coworker');
      } else {
        expectProblem(res, 400);
      }
    });

    it('answers 409 when the e-mail is taken', async () => {
      const email = newEmail();
      await register({ email, password: PASSWORD, name: 'First' }).expect(201);
      const body = expectProblem(await register({ email, password: 'another password', name: 'Second' }), 409);
      expect(body.type).toMatch(/email-taken/);
    });

    it('answers 409 when the e-mail is taken in another case', async () => {
      const email = newEmail();
      await register({ email, password: PASSWORD, name: 'First' }).expect(201);
      expectProblem(await register({ email: email.toUpperCase(), password: PASSWORD, name: 'Second' }), 409);
      const mixed = email.replace('person', 'PeRsOn');
      expectProblem(await register({ email: mixed, password: PASSWORD, name: 'Third' }), 409);
    });

    it.each([
      'not-an-email',
      'missing-at.example.org',
      'a@',
      '@example.org',
      'two@@example.org',
      'spaces in@example.org',
      '',
    ])('answers 400 for the invalid e-mail %j', async (email) => {
      const body = expectProblem(await register({ email, password: PASSWORD, name: 'X' }), 400);
      expect(body.errors?.some((e) => e.path === 'body.email')).toBe(true);
    });

    it('answers 400 for a password shorter than 10 characters, and accepts exactly 10', async () => {
      const body = expectProblem(await register({ email: newEmail(), password: '123456789', name: 'Short' }), 400);
      expect(body.errors?.some((e) => e.path === 'body.password')).toBe(true);
      await register({ email: newEmail(), password: '1234567890', name: 'Exactly ten' }).expect(201);
    });

    it('answers 400 without a name, and for an empty one', async () => {
      const missing = expectProblem(await register({ email: newEmail(), password: PASSWORD }), 400);
      expect(missing.errors?.some((e) => e.path === 'body.name')).toBe(true);
      expectProblem(await register({ email: newEmail(), password: PASSWORD, name: '' }), 400);
    });

    it('does not create the account when the answer is 400', async () => {
      const email = newEmail();
      expectProblem(await register({ email, password: 'short', name: 'X' }), 400);
      await register({ email, password: PASSWORD, name: 'X' }).expect(201);
    });
  });

  describe('POST /api/auth/login', () => {
    it('answers 200 with a token and the user', async () => {
      const email = newEmail();
      const reg = await register({ email, password: PASSWORD, name: 'Login Person', group: 'student' }).expect(201);
      const res = await login(email, PASSWORD);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.user).toEqual(reg.body.user);
      const me = await t.http().get('/api/me').set(auth(res.body.token)).expect(200);
      expect(me.body.id).toBe(reg.body.user.id);
    });

    it('accepts the e-mail in any case', async () => {
      const email = newEmail();
      const reg = await register({ email, password: PASSWORD, name: 'Case' }).expect(201);
      const res = await login(email.toUpperCase(), PASSWORD);
      expect(res.status).toBe(200);
      expect(res.body.user.id).toBe(reg.body.user.id);
    });

    it('answers 401 with the same document for an unknown e-mail and a wrong password', async () => {
      const email = newEmail();
      await register({ email, password: PASSWORD, name: 'Known' }).expect(201);
      const unknown = expectProblem(await login(newEmail(), PASSWORD), 401);
      const wrong = expectProblem(await login(email, 'not the password'), 401);
      expect(wrong.type).toBe(unknown.type);
      expect(wrong.title).toBe(unknown.title);
      expect(wrong.detail).toBe(unknown.detail);
      expect(wrong).toEqual(unknown);
    });

    it('is case-sensitive about the password', async () => {
      const email = newEmail();
      await register({ email, password: PASSWORD, name: 'Caps' }).expect(201);
      expectProblem(await login(email, PASSWORD.toUpperCase()), 401);
    });

    it('answers 400 when a field is missing', async () => {
      const res = await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', uniqueClientIp())
        .send({ email: newEmail() });
      const body = expectProblem(res, 400);
      expect(body.errors?.some((e) => e.path === 'body.password')).toBe(true);
    });
  });
});
