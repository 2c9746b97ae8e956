/**
 * REPORTS_DATABASE_URL: the report queries go to a read replica, everything else to the primary.
 * Here the "replica" is the same test database under a connection of its own, told apart by its
 * application_name in pg_stat_activity (PostgreSQL only; PGlite has no replicas).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/db/db.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { auth, createSpace, isPostgres, registerUser, startApp, type TestApp } from '../harness.js';
import { booked } from '../bookings/fixtures.js';

describe.skipIf(!isPostgres)('reports on a read replica', () => {
  const applicationName = `popdesk-reports-${randomUUID().slice(0, 8)}`;
  let t: TestApp;
  const replicaConnections = async () => {
    const [row] = await rows<{ n: number }>(
      t.app.db,
      sql`select count(*)::int as n from pg_stat_activity where application_name = ${applicationName}`,
    );
    return row!.n;
  };
  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set('application_name', applicationName);
    t = await startApp({ now: '2027-06-01T08:00:00Z', config: { reportsDatabaseUrl: url.toString() } });
  });
  afterAll(() => t?.close());

  it('runs the monthly report and the usage series there, and nothing else', async () => {
    const space = await createSpace(t, {
      desks: 1,
      hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
      body: { timezone: 'UTC' },
    });
    const user = await registerUser(t);
    await booked(t, user.token, {
      deskId: space.deskIds[0],
      start: '2027-06-02T09:00:00Z',
      end: '2027-06-02T12:00:00Z',
    });
    expect(await replicaConnections()).toBe(0); // bookings, accounts and spaces used the primary only

    const report = await t
      .http()
      .get(`/api/spaces/${space.id}/reports/monthly?month=2027-06`)
      .set(auth(t.adminToken))
      .expect(200);
    expect(report.body.bookedDeskHours).toBe(3);
    expect(await replicaConnections()).toBeGreaterThanOrEqual(1);
    const usage = await t
      .http()
      .get(`/api/reports/usage?from=2027-06&to=2027-06&spaceId=${space.id}`)
      .set(auth(t.adminToken))
      .expect(200);
    expect(usage.body[0]).toMatchObject({ spaceId: space.id, month: '2027-06', bookedDeskHours: 3 });
  });
});

describe('REPORTS_DATABASE_URL', () => {
  it('is refused without DATABASE_URL (PGlite has no replicas)', () => {
    expect(() => loadConfig({ REPORTS_DATABASE_URL: 'postgres://replica.example/popdesk' })).toThrow(
      /REPORTS_DATABASE_URL/,
    );
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://primary.example/popdesk',
        REPORTS_DATABASE_URL: 'postgres://replica.example/popdesk',
      }).reportsDatabaseUrl,
    ).toBe('postgres://replica.example/popdesk');
  });
});
