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
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { rows } from '../../src/db/db.js';
import { users } from '../../src/db/schema.js';
import { hashPassword } from '../../src/features/accounts/passwords.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/seed/demo-accounts.js';
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
    // the conference table and the club room are rooms with seats; the pop-up has seven desks
    expect(await count(app, "desks where kind = 'room' and seats is not null")).toBe(2);
    expect(
      await count(
        app,
        "desks d join spaces s on s.id = d.space_id where s.town = 'Oestrich-Winkel' and d.kind = 'desk'",
      ),
    ).toBe(7);
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
    for (const table of ['spaces', 'desks', 'users', 'bookings', 'closures', 'turned_away', 'staff_spaces', 'events']) {
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
      await expect(
        app.db.transaction(async (tx) => {
          // (other test files of this worker share the database: count only what the seed adds)
          const [before] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from event_places`);
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
          throw rolledBack;
        }),
      ).rejects.toBe(rolledBack);
      expect(inserted).toBe(data.bookings.filter((b) => b.userKey !== null).length);
      // the triggers let every event place through: none lies over a counting booking
      expect(insertedPlaces).toBe(data.events.reduce((n, e) => n + e.placeIndexes.length, 0));
    },
    120_000,
  );
});
