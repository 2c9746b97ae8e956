import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { users } from '../../src/db/schema.js';
import { ensureAdmin } from '../../src/features/accounts/bootstrap-admin.js';
import {
  auth,
  createSpace,
  expectProblem,
  makeStaff,
  registerUser,
  startApp,
  testConfig,
  type TestApp,
} from '../harness.js';

const newAdminEmail = () => `boss-${randomUUID()}@test.popdesk`;

describe('bootstrap admin (ADMIN_EMAIL / ADMIN_PASSWORD)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) => t.http().post('/api/auth/login').send({ email, password });

  it('exists after start-up with role admin', async () => {
    const me = await t.http().get('/api/me').set(auth(t.adminToken)).expect(200);
    expect(me.body).toMatchObject({ role: 'admin', email: t.app.config.admin!.email, spaceIds: [] });
  });

  it('is created once and keeps its id when ensured again', async () => {
    const email = newAdminEmail();
    await ensureAdmin(t.app.db, { email, password: 'first-password-1' });
    const first = await login(email, 'first-password-1').expect(200);
    expect(first.body.user.role).toBe('admin');

    await ensureAdmin(t.app.db, { email, password: 'first-password-1' });
    const again = await login(email, 'first-password-1').expect(200);
    expect(again.body.user.id).toBe(first.body.user.id);
    const rows = await t.app.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    expect(rows).toHaveLength(1);
  });

  it('takes a new password on the next start and forgets the old one', async () => {
    const email = newAdminEmail();
    await ensureAdmin(t.app.db, { email, password: 'first-password-1' });
    await login(email, 'first-password-1').expect(200);

    await ensureAdmin(t.app.db, { email, password: 'second-password-2' });
    expectProblem(await login(email, 'first-password-1'), 401);
    const res = await login(email, 'second-password-2').expect(200);
    expect(res.body.user.role).toBe('admin');
  });

  it('keeps the stored hash when the password is unchanged', async () => {
    const email = newAdminEmail();
    await ensureAdmin(t.app.db, { email, password: 'same-password-1' });
    const [before] = await t.app.db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, email));
    await ensureAdmin(t.app.db, { email, password: 'same-password-1' });
    const [after] = await t.app.db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, email));
    expect(after!.hash).toBe(before!.hash);
  });

  it('turns an existing account with that e-mail (in any case) into the admin', async () => {
    const space = await createSpace(t, { desks: 0 });
    const staff = await makeStaff(t, [space.id]);
    await ensureAdmin(t.app.db, { email: staff.email.toUpperCase(), password: 'admin-password-9' });

    const res = await login(staff.email, 'admin-password-9').expect(200);
    expect(res.body.user).toMatchObject({ id: staff.id, role: 'admin', spaceIds: [] });
    expectProblem(await login(staff.email, 'correct horse battery'), 401);
  });

  it('restores the admin role of an account that was demoted', async () => {
    const email = newAdminEmail();
    await ensureAdmin(t.app.db, { email, password: 'first-password-1' });
    const { body } = await login(email, 'first-password-1').expect(200);
    await t
      .http()
      .put(`/api/users/${body.user.id}/role`)
      .set(auth(t.adminToken))
      .send({ role: 'coworker' })
      .expect(200);
    await ensureAdmin(t.app.db, { email, password: 'first-password-1' });
    expect((await login(email, 'first-password-1').expect(200)).body.user.role).toBe('admin');
  });

  it('does not touch other accounts', async () => {
    const user = await registerUser(t);
    await ensureAdmin(t.app.db, { email: newAdminEmail(), password: 'whatever-password' });
    expect((await t.http().get('/api/me').set(auth(user.token)).expect(200)).body.role).toBe('coworker');
  });
});

describe('bootstrap admin across a real restart on the same database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'popdesk-admin-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('updates the password when the server starts again with a new ADMIN_PASSWORD', async () => {
    const email = newAdminEmail();
    const start = async (password: string) => {
      const app = await buildApp({ config: testConfig({ dataDir, admin: { email, password } }) });
      await app.ready();
      return app;
    };

    const first = await start('first-password-1');
    try {
      await supertest(first.server).post('/api/auth/login').send({ email, password: 'first-password-1' }).expect(200);
    } finally {
      await first.close();
    }

    const second = await start('second-password-2');
    try {
      const http = () => supertest(second.server);
      expectProblem(await http().post('/api/auth/login').send({ email, password: 'first-password-1' }), 401);
      const res = await http().post('/api/auth/login').send({ email, password: 'second-password-2' }).expect(200);
      expect(res.body.user.role).toBe('admin');
    } finally {
      await second.close();
    }
  }, 60_000);
});
