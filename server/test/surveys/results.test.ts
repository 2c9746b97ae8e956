/**
 * A survey's results through the API, from responses given as anyone gives them: counts of 1 or 2
 * folded, filters, who may read them (free texts only to the people who run the survey), the CSV
 * and xlsx files (aggregates only, formulas kept as text), the QR code and the poster.
 */
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionResult, SurveyResults } from '@popdesk/shared';
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
import { BOM, XLSX, getBytes, readBook } from '../reports/export-helpers.js';

const PUBLIC_URL = 'https://popdesk.test';
const TOWN = 'Dießen am Ammersee';
const TITLE = 'Pendeln & Arbeiten <heute> in "Dießen"';
const QUESTIONS = [
  { id: 'dest', kind: 'single', text: 'Wohin pendeln Sie?', options: ['Hamburg', 'Berlin', 'Schwerin', '=SUM(1+1)'] },
  { id: 'days', kind: 'multi', text: 'An welchen Tagen?', options: ['Mo', 'Di', 'Mi'] },
  { id: 'km', kind: 'number', text: 'Wie weit (km)?', min: 0, max: 1000 },
  { id: 'happy', kind: 'scale', text: 'Wie zufrieden?' },
  { id: 'say', kind: 'text', text: 'Noch etwas?' },
];
/** 3 to Hamburg, 2 to Berlin, 1 to Schwerin (6 responses). */
const ANSWERS: Record<string, unknown>[] = [
  { dest: 'Hamburg', days: ['Mo', 'Di'], km: 120, happy: 5, say: 'Zug ist oft voll' },
  { dest: 'Hamburg', days: ['Mo'], km: 100, happy: 4, say: '=HYPERLINK("http://evil.example","x")' },
  { dest: 'Hamburg', days: ['Mo', 'Mi'], km: 140.5, happy: 4 },
  { dest: 'Berlin', days: ['Di'], km: 200, happy: 2, say: 'Ärger mit dem Parken' },
  { dest: 'Berlin', km: 180 },
  { dest: 'Schwerin', happy: 3 },
];

describe('survey results', () => {
  let t: TestApp;
  let space: SpaceFixture;
  let staff: TestUser;
  let otherStaff: TestUser;
  let coworker: TestUser;
  let analyst: TestUser;
  let surveyId: string;

  const results = (query = '', token = staff.token) =>
    t.http().get(`/api/surveys/${surveyId}/results${query}`).set(auth(token));
  const ok = async (query = '', token = staff.token): Promise<SurveyResults> => {
    const res = await results(query, token);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as SurveyResults;
  };
  const question = (r: SurveyResults, id: string) => r.questions.find((q) => q.id === id) as QuestionResult;

  async function createSurvey(token: string, title = TITLE): Promise<string> {
    const res = await t
      .http()
      .post('/api/surveys')
      .set(auth(token))
      .send({ title, town: TOWN, spaceId: space.id, questions: QUESTIONS, language: 'de' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    t = await startApp({ config: { publicUrl: PUBLIC_URL } });
    space = await createSpace(t, { desks: 1, body: { town: TOWN } });
    const other = await createSpace(t, { desks: 1, body: { town: 'Wittenberge' } });
    staff = await makeStaff(t, [space.id]);
    otherStaff = await makeStaff(t, [other.id]);
    coworker = await registerUser(t);
    const a = await registerUser(t);
    await t.http().put(`/api/users/${a.id}/role`).set(auth(t.adminToken)).send({ role: 'analyst' }).expect(200);
    const login = await t.http().post('/api/auth/login').send({ email: a.email, password: 'correct horse battery' });
    analyst = { ...a, token: login.body.token as string };
    surveyId = await createSurvey(staff.token);
    // answered as anyone answers: without a token
    for (const answers of ANSWERS)
      await t.http().post(`/api/surveys/${surveyId}/responses`).send({ answers }).expect(201);
  }, 120_000);
  afterAll(() => t.close());

  it('folds options chosen by 1 or 2, shows 0 and 3, and hides means below 3 answers', async () => {
    const r = await ok();
    expect(r.surveyId).toBe(surveyId);
    expect(r.responses).toBe(6);
    expect(r.filters).toEqual([]);
    expect(question(r, 'dest')).toMatchObject({
      n: 6,
      text: 'Wohin pendeln Sie?',
      counts: [
        { option: 'Hamburg', n: 3 },
        { option: 'Berlin', n: null, folded: true },
        { option: 'Schwerin', n: null, folded: true },
        { option: '=SUM(1+1)', n: 0 },
      ],
    });
    expect(question(r, 'days')).toMatchObject({
      n: 4,
      counts: [
        { option: 'Mo', n: 3 },
        { option: 'Di', n: null, folded: true },
        { option: 'Mi', n: null, folded: true },
      ],
    });
    // 120, 100, 140.5, 200, 180: mean 148.1, median 140.5
    expect(question(r, 'km')).toMatchObject({ n: 5, mean: 148.1, median: 140.5 });
    // 5, 4, 4, 2, 3: mean 3.6, median 4; "4" twice folded
    expect(question(r, 'happy')).toMatchObject({
      n: 5,
      mean: 3.6,
      median: 4,
      counts: [
        { option: '1', n: 0 },
        { option: '2', n: null, folded: true },
        { option: '3', n: null, folded: true },
        { option: '4', n: null, folded: true },
        { option: '5', n: null, folded: true },
      ],
    });
    expect(question(r, 'say')).toMatchObject({
      n: 3,
      texts: ['=HYPERLINK("http://evil.example","x")', 'Ärger mit dem Parken', 'Zug ist oft voll'],
    });
  });

  it('filters by answers, all of them, and refuses filters that do not fit or single people out', async () => {
    const hamburg = await ok('?filter=dest:Hamburg');
    expect(hamburg.responses).toBe(3);
    expect(hamburg.filters).toEqual([{ questionId: 'dest', option: 'Hamburg' }]);
    // 120, 100, 140.5
    expect(question(hamburg, 'km')).toMatchObject({ n: 3, mean: 120.17, median: 120 });
    expect(question(hamburg, 'dest').counts![0]).toEqual({ option: 'Hamburg', n: 3 });
    const both = await ok('?filter=dest:Hamburg&filter=days:Mo');
    expect(both.responses).toBe(3);
    expect((await ok(`?filter=${encodeURIComponent('dest:=SUM(1+1)')}`)).responses).toBe(0);
    // 2 to Berlin; Berlin and "Mo": 0
    expect(expectProblem(await results('?filter=dest:Berlin'), 422).type).toMatch(/too-few-responses$/);
    expect((await ok('?filter=dest:Berlin&filter=days:Mo')).responses).toBe(0);
    for (const [filter, detail] of [
      ['where:Hamburg', /no question "where"/],
      ['dest:Munich', /"Munich" is not an option/],
      ['km:100', /number question/],
      ['say:x', /text question/],
      ['happy:6', /not an option/],
      ['dest', /<questionId>:<option>/],
    ] as const) {
      const p = expectProblem(await results(`?filter=${encodeURIComponent(filter)}`), 400);
      expect(p.detail, filter).toMatch(detail);
    }
  });

  it('is for its staff, admins and analysts (without the free texts)', async () => {
    expect(question(await ok('', t.adminToken), 'say').texts).toHaveLength(3);
    const forAnalyst = await ok('', analyst.token);
    expect(question(forAnalyst, 'say')).toEqual({ id: 'say', kind: 'text', text: 'Noch etwas?', n: 3 });
    expect(question(forAnalyst, 'dest').counts).toEqual(question(await ok(), 'dest').counts);
    expectProblem(await results('', otherStaff.token), 403);
    expectProblem(await results('', coworker.token), 403);
    expectProblem(await t.http().get(`/api/surveys/${surveyId}/results`), 401);
    expectProblem(
      await t.http().get('/api/surveys/00000000-0000-4000-8000-000000000000/results').set(auth(staff.token)),
      404,
    );
  });

  it('exports the aggregates as German and English CSV, formulas as text', async () => {
    const res = await getBytes(t, `/api/surveys/${surveyId}/results?format=csv&locale=de`, staff.token).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const date = '2027-10-20';
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="popdesk-umfrage-diessen-am-ammersee-${date}.csv"; ` +
        `filename*=UTF-8''popdesk-umfrage-die%C3%9Fen-am-ammersee-${date}.csv`,
    );
    const csv = (res.body as Buffer).toString('utf8');
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain('Frage;Antwort;Anzahl;Anteil;Mittelwert;Median');
    expect(lines).toContain('Wohin pendeln Sie?;Hamburg;3;50,0 %;;');
    expect(lines).toContain('Wohin pendeln Sie?;Berlin;< 3;;;');
    expect(lines).toContain(`Wohin pendeln Sie?;'=SUM(1+1);0;0,0 %;;`);
    expect(lines).toContain('Wie weit (km)?;(beantwortet);5;;148,1;140,5');
    expect(lines).toContain('Antworten;6');
    expect(lines).toContain('Filter;keiner');
    // the free text, escaped; no line starts a formula
    expect(csv).toContain(`'=HYPERLINK`);
    expect(lines.filter((l) => /^[=+\-@]/.test(l) || /;[=+\-@]/.test(l))).toEqual([]);
    // aggregates only: no response's own row (the one Schwerin commuter's km or scale never show)
    expect(lines.filter((l) => l.includes('Schwerin'))).toEqual(['Wohin pendeln Sie?;Schwerin;< 3;;;']);

    const en = await t
      .http()
      .get(`/api/surveys/${surveyId}/results?filter=dest:Hamburg&locale=en`)
      .set(auth(staff.token))
      .set('Accept', 'text/csv');
    expect(en.status).toBe(200);
    expect(en.headers['content-disposition']).toMatch(/filename="popdesk-survey-diessen-am-ammersee-2027-10-20.csv"/);
    expect(en.text).toContain('Question,Answer,Count,Share,Mean,Median');
    expect(en.text).toContain('Filters,Wohin pendeln Sie?: Hamburg');
    expect(en.text).toContain('Wie weit (km)?,(answered),3,,120.17,120');
    expect(en.text).toContain('Wohin pendeln Sie?,Hamburg,3,100.0%,,');

    const forAnalyst = await getBytes(t, `/api/surveys/${surveyId}/results?format=csv`, analyst.token).expect(200);
    expect((forAnalyst.body as Buffer).toString('utf8')).not.toContain('Zug ist oft voll');
  });

  it('exports an xlsx workbook with the free texts on a sheet of their own', async () => {
    const res = await getBytes(t, `/api/surveys/${surveyId}/results`, staff.token).set('Accept', XLSX).expect(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toMatch(/popdesk-umfrage-diessen-am-ammersee-2027-10-20\.xlsx/);
    const [results, texts, ...rest] = await readBook(res.body as Buffer);
    expect(rest).toEqual([]);
    expect(results!.sheet).toBe('Ergebnisse');
    expect(results!.data).toContainEqual(['Wohin pendeln Sie?', 'Hamburg', 3, 0.5, null, null]);
    expect(results!.data).toContainEqual(['Wohin pendeln Sie?', 'Berlin', '< 3', null, null, null]);
    expect(results!.data).toContainEqual(['Wohin pendeln Sie?', `'=SUM(1+1)`, 0, 0, null, null]);
    expect(results!.data).toContainEqual(['Wie weit (km)?', '(beantwortet)', 5, null, 148.1, 140.5]);
    expect(texts!.sheet).toBe('Freitexte');
    expect(texts!.data).toContainEqual(['Noch etwas?', `'=HYPERLINK("http://evil.example","x")`]);
    expect(texts!.data).toHaveLength(4);

    const forAnalyst = await getBytes(t, `/api/surveys/${surveyId}/results?format=xlsx&locale=en`, analyst.token);
    expect((await readBook(forAnalyst.body as Buffer)).map((s) => s.sheet)).toEqual(['Results']);
  });

  it('serves the QR code of the survey’s page: public while open, to its managers when closed', async () => {
    const res = await t.http().get(`/api/surveys/${surveyId}/qr.svg`).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const svg = (res.body as Buffer).toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('<path');
    const expected = await QRCode.toString(`${PUBLIC_URL}/umfrage/${surveyId}`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    expect(svg).toBe(expected);

    const closed = await createSurvey(staff.token, 'Closed');
    await t.http().patch(`/api/surveys/${closed}`).set(auth(staff.token)).send({ status: 'closed' }).expect(200);
    expect(expectProblem(await t.http().get(`/api/surveys/${closed}/qr.svg`), 410).type).toMatch(/survey-closed$/);
    expectProblem(await t.http().get(`/api/surveys/${closed}/qr.svg`).set(auth(coworker.token)), 410);
    const forStaff = await t.http().get(`/api/surveys/${closed}/qr.svg`).set(auth(staff.token)).buffer(true);
    expect(forStaff.status).toBe(200);
    expect(forStaff.headers['cache-control']).toBe('no-store');
    expectProblem(await t.http().get('/api/surveys/00000000-0000-4000-8000-000000000000/qr.svg'), 404);
  });

  it('prints a poster: A4 or A3 in millimetres, the escaped title, the town, the QR code and the link', async () => {
    const poster = (query = '', token = staff.token) =>
      t.http().get(`/api/surveys/${surveyId}/poster.svg${query}`).set(auth(token)).buffer(true);
    const res = await poster();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.headers['content-disposition']).toMatch(
      /^inline; filename="popdesk-plakat-diessen-am-ammersee-a4\.svg"/,
    );
    const svg = (res.body as Buffer).toString('utf8');
    expect(svg).toMatch(/<svg [^>]*width="210mm" height="297mm" viewBox="0 0 210 297"/);
    expect(svg).toContain('Dießen am Ammersee');
    expect(svg).toContain('Pendeln &amp; Arbeiten &lt;heute&gt; in &quot;Dießen&quot;');
    expect(svg).not.toContain('<heute>');
    expect(svg).toContain('Ihre Meinung zählt – 2 Minuten, anonym');
    expect(svg).toContain(`popdesk.test/umfrage/${surveyId}`);
    // the QR code's modules, as qr.svg draws them
    const qr = await QRCode.toString(`${PUBLIC_URL}/umfrage/${surveyId}`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    expect(svg).toContain(/<path stroke="#000000" d="[^"]+"/.exec(qr)![0]);
    expect(svg).not.toMatch(/href=|@import|url\(/);

    const a3 = (await poster('?size=a3&locale=en')).body.toString('utf8') as string;
    expect(a3).toMatch(/width="297mm" height="420mm" viewBox="0 0 210 297"/);
    expect(a3).toContain('Your opinion counts – 2 minutes, anonymous');

    expectProblem(await poster('', analyst.token), 403);
    expectProblem(await poster('', otherStaff.token), 403);
    expectProblem(await poster('?size=a5'), 400);
    expectProblem(await t.http().get(`/api/surveys/${surveyId}/poster.svg`), 401);
  });
});
