/**
 * Answering a survey: every kind of question, valid and not; required and unknown questions; a
 * closed survey; anonymity (the stored row is the answers and the day, nothing that names a person
 * or a client); throttling per client.
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
  uniqueClientIp,
  type TestApp,
  type TestUser,
} from '../harness.js';

const QUESTIONS = [
  { id: 'where', kind: 'single', text: 'Where to?', options: ['Hamburg', 'Berlin', 'Elsewhere'], required: true },
  { id: 'how', kind: 'multi', text: 'How?', options: ['Train', 'Car', 'Bike'] },
  { id: 'km', kind: 'number', text: 'How far (km)?', min: 0, max: 500 },
  { id: 'happy', kind: 'scale', text: 'How satisfied?' },
  { id: 'note', kind: 'text', text: 'Anything else?' },
];

type Answers = Record<string, unknown>;

describe('survey responses', () => {
  let t: TestApp;
  let spaceId: string;
  let town: string;
  let surveyId: string;
  let coworker: TestUser;
  let staff: TestUser;

  const answer = (answers: Answers, id = surveyId) => t.http().post(`/api/surveys/${id}/responses`).send({ answers });

  async function newSurvey(more: Record<string, unknown> = {}): Promise<string> {
    const res = await t
      .http()
      .post('/api/surveys')
      .set(auth(t.adminToken))
      .send({ title: 'Commuters', town, spaceId, questions: QUESTIONS, ...more });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  }

  const rowsOf = async (id: string) =>
    (await t.app.db.execute(sql`select * from survey_responses where survey_id = ${id}::uuid order by id`))
      .rows as Record<string, unknown>[];

  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T22:30:00Z' }); // 00:30 on the 21st in Berlin
    town = `Town ${randomUUID().slice(0, 8)}`;
    const space = await createSpace(t, { desks: 1, body: { town, timezone: 'Europe/Berlin' } });
    spaceId = space.id;
    surveyId = await newSurvey();
    coworker = await registerUser(t);
    staff = await makeStaff(t, [spaceId]);
  }, 60_000);
  afterAll(() => t.close());

  it('takes answers to every kind of question, blanks of optional ones left out, texts trimmed', async () => {
    const res = await answer({
      where: 'Hamburg',
      how: ['Train', 'Bike'],
      km: 120.5,
      happy: 4,
      note: '  More trains, please.  ',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(Object.keys(res.body)).toEqual(['id']);
    const minimal = await answer({ where: 'Berlin', how: [], km: null, note: '   ' }).expect(201);
    const rows = await rowsOf(surveyId);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(res.body.id)!.answers).toEqual({
      where: 'Hamburg',
      how: ['Train', 'Bike'],
      km: 120.5,
      happy: 4,
      note: 'More trains, please.',
    });
    expect(byId.get(minimal.body.id)!.answers).toEqual({ where: 'Berlin' });
    // the day in the survey's zone: 22:30 UTC is already the 21st in Berlin
    expect(String(byId.get(res.body.id)!.submitted_on).slice(0, 10)).toBe('2027-10-21');
    const survey = await t.http().get(`/api/surveys/${surveyId}`).expect(200);
    expect(survey.body.responses).toBe(2);
  });

  it('refuses answers that do not fit their question, naming each (422 answers-invalid)', async () => {
    const cases: [Answers, string, string][] = [
      [{ where: 'Munich' }, '/answers/where', 'not-an-option'],
      [{ where: ['Hamburg'] }, '/answers/where', 'wrong-type'],
      [{ where: 'Hamburg', how: 'Train' }, '/answers/how', 'wrong-type'],
      [{ where: 'Hamburg', how: ['Train', 'Plane'] }, '/answers/how', 'not-an-option'],
      [{ where: 'Hamburg', how: ['Car', 'Car'] }, '/answers/how', 'duplicate-option'],
      [{ where: 'Hamburg', km: '12' }, '/answers/km', 'wrong-type'],
      [{ where: 'Hamburg', km: 501 }, '/answers/km', 'out-of-range'],
      [{ where: 'Hamburg', km: -1 }, '/answers/km', 'out-of-range'],
      [{ where: 'Hamburg', happy: 6 }, '/answers/happy', 'out-of-range'],
      [{ where: 'Hamburg', happy: 0 }, '/answers/happy', 'out-of-range'],
      [{ where: 'Hamburg', happy: 3.5 }, '/answers/happy', 'not-an-integer'],
      [{ where: 'Hamburg', happy: 'good' }, '/answers/happy', 'wrong-type'],
      [{ where: 'Hamburg', note: 42 }, '/answers/note', 'wrong-type'],
      [{ where: 'Hamburg', note: 'bell\u0007' }, '/answers/note', 'control-characters'],
      [{ how: ['Train'] }, '/answers/where', 'required'],
      [{ where: '' }, '/answers/where', 'required'],
      [{ where: 'Hamburg', shoeSize: 44 }, '/answers/shoeSize', 'unknown-question'],
    ];
    const before = (await rowsOf(surveyId)).length;
    for (const [answers, path, code] of cases) {
      const res = await answer(answers);
      const problem = expectProblem<{ errors: { path: string; code: string }[] }>(res, 422);
      expect(problem.type, JSON.stringify(answers)).toMatch(/answers-invalid$/);
      expect(problem.errors, JSON.stringify(answers)).toContainEqual(expect.objectContaining({ path, code }));
    }
    expect((await rowsOf(surveyId)).length).toBe(before);
  });

  it('refuses malformed bodies (400), unknown surveys (404) and closed surveys (422)', async () => {
    expectProblem(await t.http().post(`/api/surveys/${surveyId}/responses`).send({ where: 'Hamburg' }), 400);
    expectProblem(await answer({ where: { city: 'Hamburg' } }), 400);
    // longer than any text answer may be: the schema refuses it before the rules
    expectProblem(await answer({ where: 'Hamburg', note: 'x'.repeat(2001) }), 400);
    expectProblem(await answer({ where: 'Hamburg' }, randomUUID()), 404);

    const closed = await newSurvey();
    await t.http().patch(`/api/surveys/${closed}`).set(auth(t.adminToken)).send({ status: 'closed' }).expect(200);
    expect(expectProblem(await answer({ where: 'Hamburg' }, closed), 422).type).toMatch(/survey-closed$/);

    // past its last day (in Berlin): closed as well
    const lastDay = await newSurvey({ closesOn: '2027-10-21' });
    await answer({ where: 'Hamburg' }, lastDay).expect(201);
    t.setNow('2027-10-21T22:00:00Z');
    try {
      expect(expectProblem(await answer({ where: 'Hamburg' }, lastDay), 422).type).toMatch(/survey-closed$/);
    } finally {
      t.setNow('2027-10-20T22:30:00Z');
    }
    expect(await rowsOf(closed)).toEqual([]);
    expect((await rowsOf(lastDay)).length).toBe(1);
  });

  it('stores the answers and the day, nothing else: no account, token or address', async () => {
    const id = await newSurvey();
    const ip = uniqueClientIp();
    // a user id smuggled into the body is dropped with any other unknown member
    const coworkerRes = await t
      .http()
      .post(`/api/surveys/${id}/responses`)
      .set(auth(coworker.token))
      .set('X-Forwarded-For', ip)
      .send({ answers: { where: 'Elsewhere', note: 'From my account' }, userId: coworker.id })
      .expect(201);
    const staffRes = await t
      .http()
      .post(`/api/surveys/${id}/responses`)
      .set(auth(staff.token))
      .send({ answers: { where: 'Hamburg' } })
      .expect(201);
    // an invalid token is ignored too (it is not even checked)
    await t
      .http()
      .post(`/api/surveys/${id}/responses`)
      .set(auth('not-a-token'))
      .send({ answers: { where: 'Berlin' } })
      .expect(201);

    const columns = await t.app.db.execute(
      sql`select column_name from information_schema.columns where table_name = 'survey_responses' order by column_name`,
    );
    expect((columns.rows as { column_name: string }[]).map((c) => c.column_name)).toEqual([
      'answers',
      'id',
      'submitted_on',
      'survey_id',
    ]);
    const rows = await rowsOf(id);
    expect(rows.map((r) => r.id).sort()).toEqual(
      expect.arrayContaining([coworkerRes.body.id, staffRes.body.id].sort()),
    );
    const raw = JSON.stringify(rows);
    for (const secret of [coworker.id, coworker.token, coworker.email, staff.id, staff.token, ip, '127.0.0.1'])
      expect(raw).not.toContain(secret);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['answers', 'id', 'submitted_on', 'survey_id']);

    // no audit line ties a staff member's answer to them
    const audit = await t.http().get(`/api/audit-log?actorId=${staff.id}`).set(auth(t.adminToken)).expect(200);
    expect(JSON.stringify(audit.body.items)).not.toContain(id);
  });
});

describe('survey response throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startApp({ config: { trustProxy: true, surveys: { maxResponsesPerClient: 3 } } });
  }, 60_000);
  afterAll(() => t.close());

  it('answers 429 with Retry-After once a client has sent too many responses, other clients go on', async () => {
    const town = `Town ${randomUUID().slice(0, 8)}`;
    const res = await t
      .http()
      .post('/api/surveys')
      .set(auth(t.adminToken))
      .send({ title: 'Throttle', town, questions: [{ id: 'q', kind: 'scale', text: 'How?' }] })
      .expect(201);
    const id = res.body.id as string;
    const ip = uniqueClientIp();
    const send = (from: string) =>
      t
        .http()
        .post(`/api/surveys/${id}/responses`)
        .set('X-Forwarded-For', from)
        .send({ answers: { q: 3 } });
    for (let i = 0; i < 3; i++) await send(ip).expect(201);
    const refused = expectProblem(await send(ip), 429);
    expect(refused.type).toMatch(/too-many-attempts$/);
    const retryAfter = Number((await send(ip)).headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(t.app.config.login.windowMs / 1000);
    await send(uniqueClientIp()).expect(201);
    const stored = await t.app.db.execute(
      sql`select count(*)::int as n from survey_responses where survey_id = ${id}::uuid`,
    );
    expect(Number((stored.rows[0] as { n: number }).n)).toBe(4);
  });
});
