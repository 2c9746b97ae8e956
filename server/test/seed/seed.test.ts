/**
 * Seeding into a real database. The first-start tests need an empty database of their own, so they
 * always use a fresh in-memory PGlite; with DATABASE_URL the last test also writes the whole seed
 * into PostgreSQL inside a transaction that is rolled back, so its exclusion constraints judge every
 * row without disturbing the other test files that share that database.
 */
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { checkAnswers, type AnswerValue, type Question } from '@popdesk/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { rows } from '../../src/db/db.js';
import { users } from '../../src/db/schema.js';
import { hashPassword } from '../../src/features/accounts/passwords.js';
import { inspectSvg } from '../../src/features/door/floor-plan-svg.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/seed/demo-accounts.js';
import { DEMO_DESK_FEATURES, DEMO_FAVOURITES } from '../../src/seed/demo-door.js';
import type { DemoSurvey } from '../../src/seed/demo-surveys.js';
import { seedOnFirstStart } from '../../src/seed/first-start.js';
import { generateSeedData } from '../../src/seed/model.js';
import { resetDatabase, seedIfEmpty, writeSeedData } from '../../src/seed/seed.js';
import { isPostgres, testConfig } from '../harness.js';

const NOW = new Date('2026-11-21T09:45:00Z');
const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});

/** The app on a fresh in-memory PGlite, its log lines collected. */
async function freshApp(overrides: Partial<Config> = {}) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(JSON.parse(String(chunk)).msg));
      done();
    },
  });
  const app = await buildApp({
    config: testConfig({ databaseUrl: null, dataDir: null, ...overrides }),
    clock: () => NOW,
    logger: { level: 'info', stream },
  });
  apps.push(app);
  return { app, lines };
}

async function count(app: FastifyInstance, table: string): Promise<number> {
  const [row] = await rows<{ n: number }>(app.db, sql.raw(`select count(*)::int as n from ${table}`));
  return row!.n;
}

/** The demo surveys as written: counts, the towns' headline figures, dates and valid answers. */
async function expectDemoSurveys(app: FastifyInstance, expected: DemoSurvey[]) {
  expect(await count(app, 'surveys')).toBe(expected.length);
  expect(await count(app, 'survey_responses')).toBe(expected.reduce((n, s) => n + s.responses.length, 0));
  const responses = await rows<{
    town: string;
    template: string;
    questions: Question[];
    answers: Record<string, AnswerValue>;
  }>(
    app.db,
    sql`select s.town, s.template, s.questions, r.answers from survey_responses r join surveys s on s.id = r.survey_id`,
  );
  // every stored answer set passes the rules a public response has to pass
  expect(responses.flatMap((r) => checkAnswers(r.questions, r.answers))).toEqual([]);
  const of = (town: string, template: string) =>
    responses.filter((r) => r.town === town && r.template === template).map((r) => r.answers);
  const share = (answers: Record<string, AnswerValue>[], ok: (a: Record<string, AnswerValue>) => boolean) =>
    answers.filter(ok).length / answers.length;

  // Wittenberge: most commute to Hamburg or Berlin; for over half, presence at work is not strictly needed
  const wittenberge = of('Wittenberge', 'commuter');
  expect(wittenberge.length).toBeGreaterThanOrEqual(150);
  expect(share(wittenberge, (a) => a.destination === 'Hamburg' || a.destination === 'Berlin')).toBeGreaterThan(0.5);
  const presence = expected.find((s) => s.town === 'Wittenberge')!.questions.find((q) => q.id === 'presenceNeeded')!;
  const notNeeded = presence.options!.slice(1, 3); // only on some days; could mostly work from anywhere
  expect(share(wittenberge, (a) => notNeeded.includes(a.presenceNeeded as string))).toBeGreaterThan(0.5);
  const hamburgKm = wittenberge.filter((a) => a.destination === 'Hamburg').map((a) => a.distanceKm as number);
  expect(hamburgKm.reduce((a, b) => a + b, 0) / hamburgKm.length).toBeCloseTo(130, -1);
  // Dippoldiswalde: little interest, which is why it opened no space
  const dipps = of('Dippoldiswalde', 'interest');
  expect(dipps.length).toBeGreaterThanOrEqual(40);
  expect(dipps.reduce((n, a) => n + (a.interest as number), 0) / dipps.length).toBeLessThan(2.5);
  expect(of('Dießen am Ammersee', 'commuter').length).toBeGreaterThanOrEqual(200);
  expect(of('Oestrich-Winkel', 'post-visit').length).toBeGreaterThanOrEqual(60);
  // some answers are rare on purpose, so that the results fold them
  expect(wittenberge.filter((a) => a.destination === 'Magdeburg').length).toBeLessThan(3);

  // answers come in while a survey runs; Dippoldiswalde's and Dießen's 2022 surveys are the town's
  expect(
    await count(
      app,
      `survey_responses r join surveys s on s.id = r.survey_id
        where r.submitted_on > coalesce(s.closes_on, '${NOW.toISOString().slice(0, 10)}')
           or r.submitted_on < (s.created_at at time zone 'Europe/Berlin')::date`,
    ),
  ).toBe(0);
  expect(await count(app, "surveys where town in ('Dippoldiswalde', 'Dießen am Ammersee') and space_id is null")).toBe(
    2,
  );
  // the answer page has something to show: an open survey with answers, of a running space
  expect(
    await count(
      app,
      `surveys s where s.status = 'open' and s.closes_on is null and s.space_id is not null
         and exists (select 1 from survey_responses r where r.survey_id = s.id)`,
    ),
  ).toBeGreaterThanOrEqual(1);
}

/** Desk features, the two floor plans with every desk of their spaces placed, the coworker's favourites. */
async function expectDoorData(app: FastifyInstance) {
  const featured = Object.values(DEMO_DESK_FEATURES).reduce((n, desks) => n + Object.keys(desks).length, 0);
  expect(await count(app, 'desks where cardinality(features) > 0')).toBe(featured);
  // features describe desks: a room or table has none (the API refuses them)
  expect(await count(app, "desks where kind = 'room' and cardinality(features) > 0")).toBe(0);
  const popup = "desks d join spaces s on s.id = d.space_id where s.town = 'Oestrich-Winkel' and d.kind = 'desk'";
  expect(await count(app, `${popup} and cardinality(d.features) > 0`)).toBe(7);
  expect(await count(app, `${popup} and 'accessible' = any(d.features)`)).toBe(1);
  expect(await count(app, `${popup} and 'standing' = any(d.features)`)).toBe(1);
  expect(await count(app, `${popup} and 'window' = any(d.features)`)).toBeGreaterThanOrEqual(2);
  expect(await count(app, `${popup} and 'monitor' = any(d.features)`)).toBeGreaterThanOrEqual(2);
  expect(await count(app, "desks where features && array['docking', 'quiet']::text[]")).toBeGreaterThan(0);

  // two plans; every desk of a planned space is placed on it, and no other desk is
  const plans = await rows<{ town: string; media_type: string; data: string; width: number; height: number }>(
    app.db,
    sql`select s.town, p.media_type, p.data, p.width, p.height from floor_plans p join spaces s on s.id = p.space_id`,
  );
  expect(plans.map((p) => p.town).sort()).toEqual(['Dießen am Ammersee', 'Oestrich-Winkel']);
  expect(await count(app, 'desks d join floor_plans p on p.space_id = d.space_id where d.plan_x is null')).toBe(0);
  expect(await count(app, 'desks d join floor_plans p on p.space_id = d.space_id')).toBe(8 + 12);
  expect(
    await count(
      app,
      'desks d where d.plan_x is not null and not exists (select 1 from floor_plans p where p.space_id = d.space_id)',
    ),
  ).toBe(0);
  for (const p of plans) {
    expect(p.media_type).toBe('image/svg+xml');
    const svg = Buffer.from(p.data, 'base64').toString('utf8');
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${p.width} ${p.height}"`));
    // nothing an uploaded plan may not hold either: the upload's own check takes it, at its size
    expect(inspectSvg(Buffer.from(svg, 'utf8'))).toEqual({ ok: true, width: p.width, height: p.height });
    expect(svg).not.toMatch(/<script|<foreignObject|<style|\son\w+=|href=|url\(|style=/i);
    // every desk's marker sits on a drawn table
    const tables = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="(\d+)" height="(\d+)" rx="4"/g)].map(
      (m) => m.slice(1, 5).map(Number) as [number, number, number, number],
    );
    const placed = await rows<{ name: string; x: number; y: number }>(
      app.db,
      sql`select d.name, d.plan_x * ${p.width} as x, d.plan_y * ${p.height} as y
            from desks d join spaces s on s.id = d.space_id where s.town = ${p.town}`,
    );
    for (const d of placed)
      expect(
        tables.some(([x, y, w, h]) => d.x > x && d.x < x + w && d.y > y && d.y < y + h),
        `${p.town}: ${d.name}`,
      ).toBe(true);
  }

  // the demo coworker's favourites, in the space they work in
  expect(
    await count(
      app,
      `favourite_desks f join users u on u.id = f.user_id join desks d on d.id = f.desk_id join spaces s on s.id = d.space_id
        where u.email = 'coworker@demo.popdesk.invalid' and s.town = 'Dießen am Ammersee'`,
    ),
  ).toBe(DEMO_FAVOURITES.length);
  expect(await count(app, 'favourite_desks')).toBe(DEMO_FAVOURITES.length);
}

describe('demo data (SEED)', () => {
  it('is on by default and off with SEED=false', () => {
    expect(loadConfig({}).seed).toBe(true);
    expect(loadConfig({ SEED: 'false' }).seed).toBe(false);
    expect(loadConfig({ SEED: 'true' }).seed).toBe(true);
  });

  it('fills an empty database on first start, prints the demo accounts, and is left alone later until --reset', async () => {
    const { app, lines } = await freshApp({ seed: true });
    const started = performance.now();
    const summary = await seedOnFirstStart(app);
    const ms = Math.round(performance.now() - started);
    console.log(`seeding the full demo data into in-memory PGlite took ${ms} ms (${summary?.bookings} bookings)`);

    const expected = generateSeedData({ now: NOW });
    expect(summary).not.toBeNull();
    expect(await count(app, 'spaces')).toBe(5);
    expect(await count(app, 'bookings')).toBe(expected.bookings.length);
    expect(await count(app, 'turned_away')).toBe(expected.turnedAway.length);
    expect(await count(app, 'users')).toBe(expected.users.length + DEMO_ACCOUNTS.length);
    expect(await count(app, 'users where password_hash is not null')).toBe(DEMO_ACCOUNTS.length);
    const registrations = expected.events.flatMap((e) => e.registrations);
    expect(await count(app, 'events')).toBe(expected.events.length);
    expect(await count(app, 'event_places')).toBe(expected.events.reduce((n, e) => n + e.placeIndexes.length, 0));
    expect(await count(app, 'registrations')).toBe(registrations.length);
    expect(await count(app, "registrations where status = 'attended' and checked_in_at is not null")).toBe(
      registrations.filter((r) => r.status === 'attended').length,
    );
    expect(await count(app, 'events where copied_from is not null')).toBeGreaterThanOrEqual(2);
    await expectDemoSurveys(app, expected.surveys);
    // the conference table and the club room are rooms with seats; the pop-up has seven desks
    expect(await count(app, "desks where kind = 'room' and seats is not null")).toBe(2);
    expect(
      await count(
        app,
        "desks d join spaces s on s.id = d.space_id where s.town = 'Oestrich-Winkel' and d.kind = 'desk'",
      ),
    ).toBe(7);
    await expectDoorData(app);
    const log = lines.join('\n');
    expect(log).toContain(DEMO_PASSWORD);
    for (const a of DEMO_ACCOUNTS) expect(log).toContain(a.email);

    // The product looks alive through the API.
    await app.listen({ port: 0, host: '127.0.0.1' });
    const http = () => supertest(app.server);
    const spaces = await http().get('/api/spaces').expect(200);
    expect(spaces.body.map((s: { town: string }) => s.town).sort()).toEqual(
      ['Dippoldiswalde', 'Dießen am Ammersee', 'Mölln', 'Oestrich-Winkel', 'Wittenberge'].sort(),
    );
    const login = await http()
      .post('/api/auth/login')
      .send({ email: 'coworker@demo.popdesk.invalid', password: DEMO_PASSWORD })
      .expect(200);
    const mine = await http().get('/api/bookings').set('Authorization', `Bearer ${login.body.token}`).expect(200);
    expect(mine.body.some((b: { start: string }) => new Date(b.start) > NOW)).toBe(true);
    const popup = spaces.body.find((s: { town: string }) => s.town === 'Oestrich-Winkel');
    expect(popup.deskCount).toBe(7);
    // the public events page is not empty, and one event is nearly full
    const upcoming = await http().get('/api/events').expect(200);
    expect(upcoming.body.length).toBeGreaterThanOrEqual(2);
    expect(
      upcoming.body.some(
        (e: { registered: number; capacity: number }) => e.registered < e.capacity && e.registered >= 0.85 * e.capacity,
      ),
    ).toBe(true);
    const myEvents = await http()
      .get('/api/me/registrations')
      .set('Authorization', `Bearer ${login.body.token}`)
      .expect(200);
    expect(myEvents.body.some((r: { status: string }) => r.status === 'registered')).toBe(true);
    const staff = await http()
      .post('/api/auth/login')
      .send({ email: 'staff-oestrich-winkel@demo.popdesk.invalid', password: DEMO_PASSWORD })
      .expect(200);
    expect(staff.body.user.spaceIds).toHaveLength(1);
    // Simulated people have no password: nobody can log in as them.
    await http()
      .post('/api/auth/login')
      .send({ email: 'sim-0001@demo.popdesk.invalid', password: DEMO_PASSWORD })
      .expect(401);

    // A second start finds spaces and changes nothing; it only reminds of the demo accounts.
    lines.length = 0;
    expect(await seedOnFirstStart(app)).toBeNull();
    expect(await seedIfEmpty(app.db, { now: NOW })).toBeNull();
    expect(await count(app, 'bookings')).toBe(expected.bookings.length);
    expect(await count(app, 'spaces')).toBe(5);
    expect(lines.some((l) => l.includes('coworker@demo.popdesk.invalid') && l.includes(DEMO_PASSWORD))).toBe(true);

    // `npm run seed -- --reset` empties every data table, after which seeding works again.
    await resetDatabase(app.db);
    for (const table of [
      'spaces',
      'desks',
      'users',
      'bookings',
      'closures',
      'turned_away',
      'staff_spaces',
      'events',
      'surveys',
      'survey_responses',
      'floor_plans',
      'favourite_desks',
    ]) {
      expect(await count(app, table), table).toBe(0);
    }
    expect(await seedIfEmpty(app.db, { now: NOW, seed: 7 })).not.toBeNull();
    expect(await count(app, 'spaces')).toBe(5);
  }, 180_000);

  it('creates nothing, no demo account either, with SEED=false', async () => {
    const { app, lines } = await freshApp({ seed: false });
    expect(await seedOnFirstStart(app)).toBeNull();
    expect(await count(app, 'spaces')).toBe(0);
    expect(await count(app, 'users')).toBe(0);
    expect(await count(app, 'bookings')).toBe(0);
    expect(lines.join('\n')).not.toContain(DEMO_PASSWORD);

    // Demo accounts left over from demo mode are warned about: their password is public.
    await app.db
      .insert(users)
      .values({ email: 'admin@demo.popdesk.invalid', name: 'Demo Admin', role: 'admin', calendarToken: 'leftover' });
    await seedOnFirstStart(app);
    expect(lines.some((l) => l.includes('SEED=false') && l.includes('admin@demo.popdesk.invalid'))).toBe(true);
    expect(await count(app, 'spaces')).toBe(0);
  }, 120_000);

  // On PGlite the first test already commits every row; this one is for PostgreSQL.
  it.skipIf(!isPostgres)(
    'is accepted row by row by PostgreSQL and its exclusion constraints',
    async () => {
      const app = await buildApp({ config: testConfig(), clock: () => NOW });
      apps.push(app);
      const data = generateSeedData({ now: NOW });
      const hash = await hashPassword(DEMO_PASSWORD);
      const rolledBack = new Error('roll back');
      let inserted = 0;
      let insertedPlaces = 0;
      let insertedResponses = 0;
      await expect(
        app.db.transaction(async (tx) => {
          // (other test files of this worker share the database: count only what the seed adds)
          const [before] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from event_places`);
          const [responsesBefore] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from survey_responses`);
          await writeSeedData(
            tx,
            data,
            DEMO_ACCOUNTS.map(() => hash),
            NOW,
          );
          const [row] = await rows<{ n: number }>(
            tx,
            sql`select count(*)::int as n from bookings where user_id in (select id from users where email like '%@demo.popdesk.invalid')`,
          );
          inserted = row!.n;
          const [places] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from event_places`);
          insertedPlaces = places!.n - before!.n;
          const [responses] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from survey_responses`);
          insertedResponses = responses!.n - responsesBefore!.n;
          throw rolledBack;
        }),
      ).rejects.toBe(rolledBack);
      expect(inserted).toBe(data.bookings.filter((b) => b.userKey !== null).length);
      // the triggers let every event place through: none lies over a counting booking
      expect(insertedPlaces).toBe(data.events.reduce((n, e) => n + e.placeIndexes.length, 0));
      expect(insertedResponses).toBe(data.surveys.reduce((n, s) => n + s.responses.length, 0));
      expect(insertedResponses).toBeGreaterThan(500);
    },
    120_000,
  );
});
