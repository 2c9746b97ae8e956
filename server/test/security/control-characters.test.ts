/**
 * Text fields refuse control characters (CR, LF, NUL, ESC, DEL, C1 …) with a 400 validation problem
 * that names the field; multi-line fields (a space's description) allow line feeds and tabs only.
 * A CR/LF in a name would otherwise split an e-mail header, a CSV row or a log line.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';

const CONTROL = ['\r', '\n', '\u0000', '\t', '\u001b', '\u007f', '\u0085', '\u009b'];
const THURSDAY = { start: '2027-10-21T07:00:00Z', end: '2027-10-21T10:00:00Z' };

function expectRefusedText(res: { status: number; body: unknown; headers: Record<string, string> }, path: string) {
  const problem = expectProblem(res as never, 400);
  const error = problem.errors?.find((e) => e.path === path);
  expect(error, JSON.stringify(problem.errors)).toBeDefined();
  expect(error!.message).toMatch(/control characters/);
}

describe('text fields refuse control characters', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('registration: a name with any control character is 400 naming body.name; nothing is created', async () => {
    for (const c of CONTROL) {
      const email = `cc-${randomUUID()}@test.popdesk`;
      const res = await t
        .http()
        .post('/api/auth/register')
        .send({ email, password: 'correct horse battery', name: `Eve${c}Mallory` });
      expectRefusedText(res, 'body.name');
      // the address is still free: the refused request made no account
      expect(
        (await t.http().post('/api/auth/register').send({ email, password: 'correct horse battery', name: 'Eve' }))
          .status,
      ).toBe(201);
    }
  });

  it('registration keeps accepting letters, accents, emoji and inner spaces', async () => {
    const res = await t
      .http()
      .post('/api/auth/register')
      .send({
        email: `ok-${randomUUID()}@test.popdesk`,
        password: 'correct horse battery',
        name: 'Zoë  Müller-Łukasz 🐝',
      });
    expect(res.status).toBe(201);
    expect(res.body.user.name).toBe('Zoë  Müller-Łukasz 🐝');
  });

  it('profile: PATCH /api/me with a CR/LF in the name is 400; the name stays', async () => {
    const user = await registerUser(t, { name: 'Before' });
    expectRefusedText(
      await t.http().patch('/api/me').set(auth(user.token)).send({ name: 'X\r\nBcc: all@x' }),
      'body.name',
    );
    expect((await t.http().get('/api/me').set(auth(user.token))).body.name).toBe('Before');
  });

  it('spaces: name, town and address refuse every control character; the description allows \\n and \\t only', async () => {
    const base = { name: 'Cowork Mitte', town: 'Mölln' };
    const create = (body: Record<string, unknown>) =>
      t
        .http()
        .post('/api/spaces')
        .set(auth(t.adminToken))
        .send({ ...base, ...body });
    expectRefusedText(await create({ name: 'Cowork\nMitte' }), 'body.name');
    expectRefusedText(await create({ town: 'Mölln\u0000' }), 'body.town');
    expectRefusedText(await create({ address: 'Markt 1\r\n23879 Mölln' }), 'body.address');
    expectRefusedText(await create({ description: 'Open\r\ndaily' }), 'body.description');
    expectRefusedText(await create({ description: 'Bell \u0007' }), 'body.description');
    expectRefusedText(await create({ description: 'C1 \u0085' }), 'body.description');

    const ok = await create({ address: '', description: 'Open daily\n\tCoffee included\n' });
    expect(ok.status).toBe(201);
    expect(ok.body.description).toBe('Open daily\n\tCoffee included\n');

    expectRefusedText(
      await t.http().patch(`/api/spaces/${ok.body.id}`).set(auth(t.adminToken)).send({ town: 'Mölln\t' }),
      'body.town',
    );
  });

  it('desks and closures: a desk name or a closure reason with a control character is 400', async () => {
    const space = await createSpace(t);
    expectRefusedText(
      await t.http().post(`/api/spaces/${space.id}/desks`).set(auth(t.adminToken)).send({ name: 'Desk\u001b[31m' }),
      'body.name',
    );
    expectRefusedText(
      await t
        .http()
        .post(`/api/spaces/${space.id}/closures`)
        .set(auth(t.adminToken))
        .send({ date: '2027-12-24', reason: 'Christmas\nEve' }),
      'body.reason',
    );
  });

  it('bookings: a walk-in guest name with a line break is 400, no booking is made', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const res = await t
      .http()
      .post('/api/bookings')
      .set(auth(staff.token))
      .send({ deskId: space.deskIds[0], ...THURSDAY, guestName: 'Erika\nMustermann' });
    expectRefusedText(res, 'body.guestName');
    const list = await t.http().get(`/api/bookings?spaceId=${space.id}`).set(auth(staff.token));
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(0);
  });

  it('webhooks: a description with a control character is 400', async () => {
    const res = await t
      .http()
      .post('/api/admin/webhooks')
      .set(auth(t.adminToken))
      .send({ url: 'https://example.org/hook', events: ['booking.created'], description: 'Town\u0000hall' });
    expectRefusedText(res, 'body.description');
  });
});
