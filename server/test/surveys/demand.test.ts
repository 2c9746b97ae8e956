/**
 * Demand evidence: a space's survey answers joined with its visits (GET /api/spaces/:id/demand).
 * A Europe/Berlin space; October 2027 has the 25-hour day (31 October, 02:00–03:00 twice), so a
 * visit's month is its local month, not its UTC month. Surveys and responses are written straight
 * into their tables (this test is about the evidence, not about answering), bookings as an import
 * would. Every figure is computed by hand in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemandEvidence, Question } from '@popdesk/shared';
import { desks, surveyResponses, surveys } from '../../src/db/schema.js';
import {
  auth,
  createSpace,
  expectProblem,
  makeStaff,
  registerUser,
  startApp,
  type SpaceFixture,
  type TestApp,
} from '../harness.js';
import { ALL_DAY, insertHistory } from '../reports/helpers.js';

const POST_VISIT: Question[] = [
  { id: 'otherwise', kind: 'single', text: 'Otherwise?', options: ['Car', 'Home office'] },
  { id: 'km', kind: 'number', text: 'Km avoided', min: 0, max: 1000, measure: 'commuteKmAvoided' },
  { id: 'sat', kind: 'scale', text: 'How satisfied?', measure: 'satisfaction' },
  { id: 'pay', kind: 'number', text: 'Euros a day', min: 0, max: 100, measure: 'willingnessToPay' },
];
const INTEREST: Question[] = [{ id: 'interest', kind: 'single', text: 'Interested?', options: ['Yes', 'No'] }];

async function addSurvey(t: TestApp, spaceId: string | null, questions: Question[], createdAt: string) {
  const [row] = await t.app.db
    .insert(surveys)
    .values({ title: 'S', town: 'Oestrich-Winkel', spaceId, questions, createdAt: new Date(createdAt) })
    .returning({ id: surveys.id });
  return row!.id;
}

async function answer(t: TestApp, surveyId: string, submittedOn: string, answers: Record<string, unknown>) {
  await t.app.db.insert(surveyResponses).values({ surveyId, answers, submittedOn });
}

describe('demand evidence', () => {
  let t: TestApp;
  let space: SpaceFixture;
  let postVisit: string;
  let older: string;

  const demand = async (spaceId: string, query = '', token = t.adminToken): Promise<DemandEvidence> => {
    const res = await t.http().get(`/api/spaces/${spaceId}/demand${query}`).set(auth(token));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as DemandEvidence;
  };

  beforeAll(async () => {
    t = await startApp({ now: '2027-11-15T10:00:00Z' });
    space = await createSpace(t, { desks: 2, hours: ALL_DAY, body: { timezone: 'Europe/Berlin' } });
    const [d1, d2] = space.deskIds as [string, string];
    const [room] = await t.app.db
      .insert(desks)
      .values({ spaceId: space.id, name: 'Room', kind: 'room', seats: 8 })
      .returning({ id: desks.id });
    const user = await registerUser(t);
    const visit = (deskId: string, start: string, status?: 'checked_in' | 'cancelled' | 'no_show', guest = false) =>
      insertHistory(t, {
        spaceId: space.id,
        deskId,
        start,
        end: new Date(Date.parse(start) + 3_600_000).toISOString(),
        userId: guest ? null : user.id,
        status,
      });

    // October (local): 6 visits
    await visit(d1, '2027-10-01T00:30:00+02:00'); // V1: 30 September 22:30 UTC, but October in Berlin
    await visit(d1, '2027-10-05T09:00:00+02:00', 'checked_in'); // V2: checked in counts
    await visit(d2, '2027-10-12T09:00:00+02:00', undefined, true); // V3: a walk-in guest counts
    await visit(d1, '2027-10-20T09:00:00+02:00'); // V4
    await visit(d1, '2027-10-31T02:30:00+01:00'); // V5: the second 02:30 of the 25-hour day (01:30 UTC)
    await visit(d2, '2027-10-31T23:30:00+01:00'); // V6: the month's last hour
    // October, not counted: cancelled, no-show, and a booking of the room
    await visit(d1, '2027-10-06T09:00:00+02:00', 'cancelled');
    await visit(d1, '2027-10-07T09:00:00+02:00', 'no_show');
    await visit(room!.id, '2027-10-08T09:00:00+02:00');
    // September (local) 1: 30 September 23:30 CEST; November (local) 1: 1 November 00:30 CET = 31 October 23:30 UTC
    await visit(d2, '2027-09-30T23:30:00+02:00');
    await visit(d1, '2027-11-01T00:30:00+01:00');

    // the newest survey measures all three; an older one measures the commute; one measures nothing
    postVisit = await addSurvey(t, space.id, POST_VISIT, '2027-09-01T10:00:00Z');
    older = await addSurvey(t, space.id, [POST_VISIT[1]!], '2027-08-01T10:00:00Z');
    await addSurvey(t, space.id, INTEREST, '2027-09-02T10:00:00Z');
    // October and November: 7 responses; optional questions skipped now and then
    await answer(t, postVisit, '2027-10-03', { otherwise: 'Car', km: 10, sat: 5, pay: 0 });
    await answer(t, postVisit, '2027-10-09', { otherwise: 'Car', km: 20, sat: 5, pay: 5 });
    await answer(t, postVisit, '2027-10-15', { otherwise: 'Car', km: 30, sat: 4, pay: 6 });
    await answer(t, older, '2027-10-20', { km: 40 });
    await answer(t, postVisit, '2027-10-22', { otherwise: 'Home office', sat: 5, pay: 8 });
    await answer(t, postVisit, '2027-10-31', { otherwise: 'Home office', sat: 2, pay: 10 });
    await answer(t, postVisit, '2027-11-02', { otherwise: 'Home office', pay: 25 });
    // September: two km answers, one each of satisfaction and price
    await answer(t, postVisit, '2027-09-29', { otherwise: 'Car', km: 100, sat: 3, pay: 12 });
    await answer(t, older, '2027-09-30', { km: 1000 });
    // another space's survey: never counted here
    const otherSpace = await createSpace(t, { desks: 1 });
    const foreign = await addSurvey(t, otherSpace.id, POST_VISIT, '2027-09-01T10:00:00Z');
    for (const day of ['2027-10-01', '2027-10-02', '2027-10-03'])
      await answer(t, foreign, day, { otherwise: 'Car', km: 500, sat: 1, pay: 50 });
  });
  afterAll(() => t.close());

  it('scales the mean commute avoided to each local month’s visits, with CO₂ at 0.15 kg/km', async () => {
    const d = await demand(space.id, '?from=2027-10&to=2027-11');
    expect(d).toMatchObject({ spaceId: space.id, from: '2027-10', to: '2027-11', co2KgPerKm: 0.15 });
    // the two measuring surveys, newest first; the interest survey measures nothing
    expect(d.surveyIds).toEqual([postVisit, older]);
    // October 6 (V1–V6), November 1
    expect(d.visits).toBe(7);
    // km answers 10, 20, 30 (post-visit) and 40 (older): n 4, mean 25 (September's 100 and 1000 are outside)
    // October: 25 × 6 = 150 km, × 0.15 = 22.5 kg; November: 25 × 1 = 25 km, 3.75 → 3.8 kg
    // total: 25 × 7 = 175 km, 26.25 → 26.3 kg
    expect(d.commute).toEqual({
      n: 4,
      meanKmPerVisit: 25,
      totalKm: 175,
      totalCo2Kg: 26.3,
      months: [
        { month: '2027-10', visits: 6, km: 150, co2Kg: 22.5 },
        { month: '2027-11', visits: 1, km: 25, co2Kg: 3.8 },
      ],
    });
  });

  it('counts satisfaction by point, folding 1 or 2, and gives the mean', async () => {
    const d = await demand(space.id, '?from=2027-10&to=2027-11');
    // 5, 5, 4, 5, 2: n 5, mean 21 / 5 = 4.2; "5" chosen 3 times, "4" and "2" once each (folded)
    expect(d.satisfaction).toEqual({
      n: 5,
      mean: 4.2,
      counts: [
        { option: '1', n: 0 },
        { option: '2', n: null, folded: true },
        { option: '3', n: 0 },
        { option: '4', n: null, folded: true },
        { option: '5', n: 3 },
      ],
    });
  });

  it('gives the willingness to pay as median, bands and a price simulation over the visits', async () => {
    const d = await demand(space.id, '?from=2027-10&to=2027-11');
    const w = d.willingnessToPay;
    // 0, 5, 6, 8, 10, 25: n 6, median (6 + 8) / 2 = 7
    expect(w.n).toBe(6);
    expect(w.median).toBe(7);
    // "0": 1 (folded); "5–9": 5, 6, 8 → 3; "10–14": 10 (folded); "20+": 25 (folded)
    expect(w.counts).toEqual([
      { option: '0', n: null, folded: true },
      { option: '1–4', n: 0 },
      { option: '5–9', n: 3 },
      { option: '10–14', n: null, folded: true },
      { option: '15–19', n: 0 },
      { option: '20+', n: null, folded: true },
    ]);
    expect(w.simulation).toHaveLength(51);
    const at = (price: number) => w.simulation.find((p) => p.price === price);
    // the simulation counts in groups of three from the top, each at its lowest price (folding.ts):
    // 25, 10, 8 → 8 € each; 6, 5, 0 → 0 € each
    // 0 €: all 6 would pay → 7 visits, no revenue
    expect(at(0)).toEqual({ price: 0, share: 1, paidVisits: 7, revenue: 0 });
    // 5 €: the top group only → 3/6 = 0.5 → 3.5 of 7 visits → 17.50 €
    expect(at(5)).toEqual({ price: 5, share: 0.5, paidVisits: 3.5, revenue: 17.5 });
    // 8 €: still the top group → 3.5 visits → 28 €
    expect(at(8)).toEqual({ price: 8, share: 0.5, paidVisits: 3.5, revenue: 28 });
    // 9 €: nobody at the grouped prices (the single 10 € and 25 € answers do not show as steps)
    expect(at(9)).toEqual({ price: 9, share: 0, paidVisits: 0, revenue: 0 });
    expect(at(26)).toEqual({ price: 26, share: 0, paidVisits: 0, revenue: 0 });
  });

  it('defaults to the space’s last 12 months up to the current one', async () => {
    // now 15 November 2027 → 2026-12 … 2027-11; visits: September 1, October 6, November 1
    const d = await demand(space.id);
    expect([d.from, d.to]).toEqual(['2026-12', '2027-11']);
    expect(d.commute.months.map((m) => m.month)).toHaveLength(12);
    expect(d.visits).toBe(8);
    // the km answers now include September's: (10 + 20 + 30 + 40 + 100 + 1000) / 6 = 200
    expect(d.commute.meanKmPerVisit).toBe(200);
    // September: 200 × 1 = 200 km, 30 kg; total 200 × 8 = 1600 km, 240 kg
    expect(d.commute.months.find((m) => m.month === '2027-09')).toEqual({
      month: '2027-09',
      visits: 1,
      km: 200,
      co2Kg: 30,
    });
    expect([d.commute.totalKm, d.commute.totalCo2Kg]).toEqual([1600, 240]);
  });

  it('is null wherever fewer than 3 answers stand behind a figure', async () => {
    // September alone: km 100 and 1000 (n 2), satisfaction 3 (n 1), price 12 (n 1)
    const d = await demand(space.id, '?from=2027-09&to=2027-09');
    expect(d.visits).toBe(1);
    expect(d.commute).toEqual({
      n: 2,
      meanKmPerVisit: null,
      totalKm: null,
      totalCo2Kg: null,
      months: [{ month: '2027-09', visits: 1, km: null, co2Kg: null }],
    });
    expect(d.satisfaction).toMatchObject({ n: 1, mean: null });
    expect(d.satisfaction.counts[2]).toEqual({ option: '3', n: null, folded: true });
    expect(d.willingnessToPay).toMatchObject({ n: 1, median: null });
    expect(d.willingnessToPay.counts[3]).toEqual({ option: '10–14', n: null, folded: true });
    expect(
      d.willingnessToPay.simulation.every((p) => p.share === null && p.paidVisits === null && p.revenue === null),
    ).toBe(true);
  });

  it('refuses a reversed range, more than 36 months and malformed months', async () => {
    const get = (q: string) => t.http().get(`/api/spaces/${space.id}/demand${q}`).set(auth(t.adminToken));
    expect(expectProblem(await get('?from=2027-11&to=2027-10'), 422).type).toMatch(/invalid-month-range$/);
    expect(expectProblem(await get('?from=2024-10&to=2027-10'), 422).type).toMatch(/month-range-too-long$/);
    expect((await get('?from=2024-11&to=2027-10')).status).toBe(200); // 36 months
    expectProblem(await get('?from=2027-13'), 400);
    expectProblem(await get('?from=0000-01&to=0000-02'), 400);
    expectProblem(await get('?from=2027-10&to=october'), 400);
  });

  it('is for the space’s staff, admins and analysts', async () => {
    const staff = await makeStaff(t, [space.id]);
    const otherStaff = await makeStaff(t, [(await createSpace(t, { desks: 1 })).id]);
    const coworker = await registerUser(t);
    const analyst = await registerUser(t);
    await t.http().put(`/api/users/${analyst.id}/role`).set(auth(t.adminToken)).send({ role: 'analyst' }).expect(200);
    const analystToken = (
      await t.http().post('/api/auth/login').send({ email: analyst.email, password: 'correct horse battery' })
    ).body.token as string;
    const path = `/api/spaces/${space.id}/demand?from=2027-10&to=2027-10`;
    expect((await demand(space.id, '?from=2027-10&to=2027-10', staff.token)).visits).toBe(6);
    expect((await demand(space.id, '?from=2027-10&to=2027-10', analystToken)).visits).toBe(6);
    expectProblem(await t.http().get(path).set(auth(otherStaff.token)), 403);
    expectProblem(await t.http().get(path).set(auth(coworker.token)), 403);
    expectProblem(await t.http().get(path), 401);
    expectProblem(
      await t.http().get('/api/spaces/00000000-0000-4000-8000-000000000000/demand').set(auth(t.adminToken)),
      404,
    );
  });
});
