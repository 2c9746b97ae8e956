/**
 * Surveys: create, list, read, change, close and reopen, delete — and who may do which. Staff run
 * the surveys of their spaces and the town-only ones of their towns; analysts read; a closed survey
 * is gone (410) for everyone else. A survey closes after its `closesOn`, a day in its space's zone.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auth,
  createSpace,
  expectProblem,
  makeStaff,
  registerUser,
  startApp,
  type SpaceFixture,
  type TestApp,
  type TestUser,
} from '../harness.js';

const QUESTIONS = [
  { id: 'where', kind: 'single', text: 'Where do you work?', options: ['Hamburg', 'Berlin', 'Here'], required: true },
  { id: 'km', kind: 'number', text: 'How far?', min: 0, max: 500, unit: 'km' },
];

const uniqueTown = () => `Town ${randomUUID().slice(0, 8)}`;

describe('surveys', () => {
  let t: TestApp;
  let town: string;
  let space: SpaceFixture;
  let sameTownSpace: SpaceFixture;
  let otherTownSpace: SpaceFixture;
  let staff: TestUser;
  let otherStaff: TestUser;
  let coworker: TestUser;
  let analyst: TestUser;

  const create = (token: string, body: Record<string, unknown>) =>
    t
      .http()
      .post('/api/surveys')
      .set(auth(token))
      .send({ title: 'Commuting', questions: QUESTIONS, ...body });

  async function created(body: Record<string, unknown>, token = t.adminToken): Promise<Record<string, unknown>> {
    const res = await create(token, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Record<string, unknown>;
  }

  beforeAll(async () => {
    t = await startApp();
    town = uniqueTown();
    space = await createSpace(t, { desks: 1, body: { town } });
    sameTownSpace = await createSpace(t, { desks: 1, body: { town } });
    otherTownSpace = await createSpace(t, { desks: 1, body: { town: uniqueTown(), timezone: 'America/New_York' } });
    staff = await makeStaff(t, [space.id]);
    otherStaff = await makeStaff(t, [otherTownSpace.id]);
    coworker = await registerUser(t);
    const a = await registerUser(t);
    await t.http().put(`/api/users/${a.id}/role`).set(auth(t.adminToken)).send({ role: 'analyst' }).expect(200);
    analyst = a;
  }, 60_000);
  afterAll(() => t.close());

  it('creates a survey of a space: the space’s town, its name, the public URL, open and unanswered', async () => {
    const res = await create(staff.token, {
      town: ` ${town.toUpperCase()} `,
      spaceId: space.id,
      intro: '  Five minutes.  ',
      closesOn: '2027-11-30',
      template: 'commuter',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      title: 'Commuting',
      town,
      spaceId: space.id,
      intro: 'Five minutes.',
      questions: QUESTIONS,
      closesOn: '2027-11-30',
      status: 'open',
      responses: 0,
      language: 'de',
      template: 'commuter',
    });
    expect(res.body.spaceName).toMatch(/^Space /);
    expect(res.body.url).toBe(`/umfrage/${res.body.id}`);
    const audit = await t
      .http()
      .get(`/api/audit-log?action=survey.create&targetId=${res.body.id}`)
      .set(auth(t.adminToken))
      .expect(200);
    expect(audit.body.items).toMatchObject([{ actorId: staff.id, spaceId: space.id, details: { town } }]);
  });

  it('refuses a town other than the space’s, broken questions, a past closesOn and unknown spaces', async () => {
    expect(expectProblem(await create(t.adminToken, { town: 'Elsewhere', spaceId: space.id }), 422).type).toMatch(
      /survey-town-mismatch$/,
    );
    const broken = expectProblem(
      await create(t.adminToken, {
        town,
        questions: [
          { id: 'a', kind: 'single', text: 'A?' },
          { id: 'a', kind: 'text', text: 'B?', options: ['x', 'y'] },
        ],
      }),
      400,
    );
    expect(broken.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '/questions/0/options', code: 'options-needed' }),
        expect.objectContaining({ path: '/questions/1/id', code: 'duplicate-id' }),
        expect.objectContaining({ path: '/questions/1/options', code: 'options-not-allowed' }),
      ]),
    );
    expect(expectProblem(await create(t.adminToken, { town, closesOn: '2027-10-19' }), 422).type).toMatch(
      /survey-closes-on-past$/,
    );
    expectProblem(await create(t.adminToken, { town, spaceId: randomUUID() }), 404);
    expectProblem(await create(t.adminToken, { town, questions: [] }), 400);
  });

  it('lets staff create for their spaces and their towns only; coworkers and analysts not at all', async () => {
    await created({ town, spaceId: space.id }, staff.token);
    await created({ town }, staff.token); // town-only, in the town of their space
    expectProblem(await create(staff.token, { town, spaceId: sameTownSpace.id }), 403);
    expectProblem(await create(staff.token, { town: uniqueTown() }), 403);
    expectProblem(await create(otherStaff.token, { town, spaceId: space.id }), 403);
    expectProblem(await create(otherStaff.token, { town }), 403);
    expectProblem(await create(coworker.token, { town }), 403);
    expectProblem(await create(analyst.token, { town }), 403);
    expectProblem(await t.http().post('/api/surveys').send({ title: 'x', town, questions: QUESTIONS }), 401);
  });

  it('lists what the caller may read, with the effective status as a filter', async () => {
    const listTown = uniqueTown();
    const a = await createSpace(t, { desks: 1, body: { town: listTown } });
    const b = await createSpace(t, { desks: 1, body: { town: listTown } });
    const staffA = await makeStaff(t, [a.id]);
    const ofA = await created({ town: listTown, spaceId: a.id });
    const ofB = await created({ town: listTown, spaceId: b.id });
    const townOnly = await created({ town: listTown });
    const closed = await created({ town: listTown, spaceId: a.id });
    await t.http().patch(`/api/surveys/${closed.id}`).set(auth(t.adminToken)).send({ status: 'closed' }).expect(200);
    const ids = async (token: string, query = '') => {
      const res = await t
        .http()
        .get(`/api/surveys?town=${encodeURIComponent(listTown)}${query}`)
        .set(auth(token));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body as { id: string }[]).map((s) => s.id).sort();
    };
    expect(await ids(staffA.token)).toEqual([ofA.id, townOnly.id, closed.id].sort());
    expect(await ids(staffA.token, '&status=open')).toEqual([ofA.id, townOnly.id].sort());
    expect(await ids(staffA.token, '&status=closed')).toEqual([closed.id]);
    expect(await ids(analyst.token)).toEqual([ofA.id, ofB.id, townOnly.id, closed.id].sort());
    expect(await ids(t.adminToken, `&spaceId=${b.id}`)).toEqual([ofB.id]);
    expect(await ids(otherStaff.token)).toEqual([]);
    expectProblem(await t.http().get('/api/surveys').set(auth(coworker.token)), 403);
    expectProblem(await t.http().get('/api/surveys'), 401);
  });

  it('shows an open survey to anyone, a closed one (410) only to those who run or read it', async () => {
    const s = await created({ town, spaceId: space.id });
    for (const token of [null, coworker.token, otherStaff.token]) {
      const call = t.http().get(`/api/surveys/${s.id}`);
      const res = await (token ? call.set(auth(token)) : call);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: s.id, status: 'open' });
    }
    await t.http().patch(`/api/surveys/${s.id}`).set(auth(staff.token)).send({ status: 'closed' }).expect(200);
    for (const token of [null, coworker.token, otherStaff.token]) {
      const call = t.http().get(`/api/surveys/${s.id}`);
      expect(expectProblem(await (token ? call.set(auth(token)) : call), 410).type).toMatch(/survey-closed$/);
    }
    for (const token of [staff.token, analyst.token, t.adminToken]) {
      const res = await t.http().get(`/api/surveys/${s.id}`).set(auth(token)).expect(200);
      expect(res.body.status).toBe('closed');
    }
    expectProblem(await t.http().get(`/api/surveys/${randomUUID()}`), 404);
    expectProblem(await t.http().get(`/api/surveys/${s.id}`).set(auth('not-a-token')), 401);
  });

  it('changes questions only while nobody has answered; closes and reopens', async () => {
    const s = await created({ town, spaceId: space.id, closesOn: '2027-10-25' });
    const path = `/api/surveys/${s.id}`;
    const patch = (body: Record<string, unknown>, token = staff.token) =>
      t.http().patch(path).set(auth(token)).send(body);
    const changed = await patch({ title: ' Commuting 2 ', questions: [QUESTIONS[0]] }).expect(200);
    expect(changed.body).toMatchObject({ title: 'Commuting 2', questions: [QUESTIONS[0]] });
    expectProblem(await patch({ questions: [QUESTIONS[0], QUESTIONS[0]] }), 400);

    await t
      .http()
      .post(`${path}/responses`)
      .send({ answers: { where: 'Hamburg' } })
      .expect(201);
    expect(expectProblem(await patch({ questions: QUESTIONS }), 409).type).toMatch(/survey-has-responses$/);
    const renamed = await patch({ title: 'Still allowed', intro: null }).expect(200);
    expect(renamed.body).toMatchObject({ title: 'Still allowed', intro: null, responses: 1 });

    expect((await patch({ status: 'closed' }).expect(200)).body.status).toBe('closed');
    expect((await patch({ status: 'open' }).expect(200)).body.status).toBe('open');

    // past its last day: reopening alone is refused, reopening with a new last day is not
    t.setNow('2027-10-27T10:00:00Z');
    expect((await t.http().get(path).set(auth(staff.token)).expect(200)).body.status).toBe('closed');
    await patch({ status: 'closed' }).expect(200);
    expect(expectProblem(await patch({ status: 'open' }), 422).type).toMatch(/survey-closes-on-past$/);
    expectProblem(await patch({ status: 'open', closesOn: '2027-10-26' }), 422);
    const reopened = await patch({ status: 'open', closesOn: '2027-11-10' }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'open', closesOn: '2027-11-10' });
    expect((await patch({ status: 'open', closesOn: null }).expect(200)).body.closesOn).toBeNull();
    t.setNow('2027-10-20T10:00:00Z');

    // analysts read, they do not change; other staff neither
    expectProblem(await patch({ title: 'x' }, analyst.token), 403);
    expectProblem(await patch({ title: 'x' }, otherStaff.token), 403);
    expectProblem(await patch({ title: 'x' }, coworker.token), 403);
    expectProblem(
      await t.http().patch(`/api/surveys/${randomUUID()}`).set(auth(t.adminToken)).send({ title: 'x' }),
      404,
    );
    expectProblem(await patch({}), 400);
  });

  it('lets staff run the town-only surveys of their towns, not those of other towns', async () => {
    const own = await created({ town });
    const foreignTown = await created({ town: uniqueTown() });
    await t.http().patch(`/api/surveys/${own.id}`).set(auth(staff.token)).send({ status: 'closed' }).expect(200);
    await t.http().get(`/api/surveys/${own.id}`).set(auth(staff.token)).expect(200);
    expectProblem(
      await t.http().patch(`/api/surveys/${foreignTown.id}`).set(auth(staff.token)).send({ title: 'x' }),
      403,
    );
    expectProblem(await t.http().delete(`/api/surveys/${foreignTown.id}`).set(auth(staff.token)), 403);
    // a survey of another space in their town is not theirs
    const ofSameTown = await created({ town, spaceId: sameTownSpace.id });
    expectProblem(await t.http().delete(`/api/surveys/${ofSameTown.id}`).set(auth(staff.token)), 403);
  });

  it('deletes a survey with its responses', async () => {
    const s = await created({ town, spaceId: space.id });
    await t
      .http()
      .post(`/api/surveys/${s.id}/responses`)
      .send({ answers: { where: 'Here' } })
      .expect(201);
    expectProblem(await t.http().delete(`/api/surveys/${s.id}`).set(auth(analyst.token)), 403);
    expectProblem(await t.http().delete(`/api/surveys/${s.id}`).set(auth(otherStaff.token)), 403);
    await t.http().delete(`/api/surveys/${s.id}`).set(auth(staff.token)).expect(204);
    expectProblem(await t.http().get(`/api/surveys/${s.id}`).set(auth(t.adminToken)), 404);
    expectProblem(await t.http().delete(`/api/surveys/${s.id}`).set(auth(staff.token)), 404);
    const left = await t.app.db.execute(
      sql`select count(*)::int as n from survey_responses where survey_id = ${String(s.id)}::uuid`,
    );
    expect(Number((left.rows[0] as { n: number }).n)).toBe(0);
  });

  it('closes after closesOn, at midnight in the space’s zone (Europe/Berlin without a space)', async () => {
    const townOnly = await created({ town, closesOn: '2027-10-20' });
    const newYork = await created({
      town: (await t.http().get(`/api/spaces/${otherTownSpace.id}`).expect(200)).body.town,
      spaceId: otherTownSpace.id,
      closesOn: '2027-10-20',
    });
    const statusOf = async (id: unknown) => {
      const res = await t.http().get(`/api/surveys/${String(id)}`);
      return res.status === 200 ? res.body.status : res.status;
    };
    t.setNow('2027-10-20T21:59:00Z'); // 23:59 in Berlin (CEST), 17:59 in New York
    expect(await statusOf(townOnly.id)).toBe('open');
    expect(await statusOf(newYork.id)).toBe('open');
    t.setNow('2027-10-20T22:00:00Z'); // midnight in Berlin
    expect(await statusOf(townOnly.id)).toBe(410);
    expect(await statusOf(newYork.id)).toBe('open');
    t.setNow('2027-10-21T04:00:00Z'); // midnight in New York (EDT)
    expect(await statusOf(newYork.id)).toBe(410);
    t.setNow('2027-10-20T10:00:00Z');
  });

  it('offers the templates to staff, admins and analysts, in the caller’s language by default', async () => {
    const de = await t.http().get('/api/survey-templates').set(auth(staff.token)).expect(200);
    expect(de.body.map((x: { id: string }) => x.id)).toEqual(
      expect.arrayContaining(['commuter', 'post-visit', 'interest']),
    );
    expect(de.body.every((x: { language: string }) => x.language === 'de')).toBe(true);
    const en = await t.http().get('/api/survey-templates?language=en').set(auth(analyst.token)).expect(200);
    expect(en.body.every((x: { language: string }) => x.language === 'en')).toBe(true);
    expectProblem(await t.http().get('/api/survey-templates').set(auth(coworker.token)), 403);
    expectProblem(await t.http().get('/api/survey-templates?language=fr').set(auth(staff.token)), 400);
  });
});
