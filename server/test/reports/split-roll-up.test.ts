/**
 * The usage roll-up over many spaces is computed on several connections side by side
 * (REPORTS_PARALLEL), all in one snapshot. It must answer exactly what one statement answers, in
 * the same order, and every part must see the same moment. On PGlite (one connection) it runs as
 * one transaction; the split itself is checked on PostgreSQL. (The PostgreSQL test database is
 * shared by every test file, so each query names this file's spaces.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { MonthFigures } from '@popdesk/shared';
import { rows } from '../../src/db/db.js';
import { splitBySpace } from '../../src/features/reports/report-sql.js';
import { usageSeries } from '../../src/features/reports/usage.js';
import { createSpace, registerUser, startApp, type TestApp } from '../harness.js';
import { record } from './helpers.js';

const isPostgres = Boolean(process.env.DATABASE_URL);

describe('usage roll-up split over connections', () => {
  let t: TestApp;
  let spaceIds: string[];

  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
    const towns = [
      'Wittenberge',
      'Mölln',
      'Dippoldiswalde',
      'Oestrich-Winkel',
      'Dießen am Ammersee',
      'Mölln',
      'Wittenberge',
    ];
    spaceIds = [];
    const weekdays = ['01', '02', '03', '04', '05', '08', '09']; // November 2027, Monday 1st
    for (const [i, town] of towns.entries()) {
      const space = await createSpace(t, { desks: 2, body: { town } });
      spaceIds.push(space.id);
      const user = await registerUser(t);
      // i + 1 bookings of two hours in November, on different days, so that every space's figures differ
      for (let d = 0; d <= i; d++) {
        const day = weekdays[d]!;
        await record(t, {
          deskId: space.deskIds[d % 2]!,
          start: `2027-11-${day}T09:00:00Z`,
          end: `2027-11-${day}T11:00:00Z`,
          userId: user.id,
        });
      }
    }
  });
  afterAll(() => t.close());

  it('answers what one transaction answers, row for row and in the same order', async () => {
    const whole = await usageSeries(t.app.db, { spaceIds, from: '2027-10', to: '2027-12', parts: 1 });
    expect(whole.length).toBe(7 * 3);
    expect(new Set(whole.map((r: MonthFigures) => r.bookings)).size).toBeGreaterThan(3);
    for (const parts of [2, 3, 7]) {
      const split = await usageSeries(t.app.db, {
        spaceIds,
        from: '2027-10',
        to: '2027-12',
        parts,
        splitFromSpaces: 2,
      });
      expect(split).toEqual(whole);
    }
    const some = spaceIds.slice(2, 6);
    expect(
      await usageSeries(t.app.db, { spaceIds: some, from: '2027-11', to: '2027-11', parts: 2, splitFromSpaces: 2 }),
    ).toEqual(await usageSeries(t.app.db, { spaceIds: some, from: '2027-11', to: '2027-11', parts: 1 }));
  });

  it.runIf(isPostgres)(
    'runs each part on its own connection, all in one snapshot, covering every space once in report order',
    async () => {
      const parts = await splitBySpace(t.app.db, { spaceIds, parts: 3, splitFromSpaces: 2 }, async (tx, ids) => {
        const [me] = await rows<{ pid: number; snapshot: string }>(
          tx,
          sql`select pg_backend_pid() as pid, pg_current_snapshot()::text as snapshot`,
        );
        return [{ ...me!, ids: ids! }];
      });
      expect(parts).toHaveLength(3);
      expect(new Set(parts.map((p) => p.pid)).size).toBe(3);
      expect(new Set(parts.map((p) => p.snapshot)).size).toBe(1);
      const ordered = await rows<{ id: string }>(
        t.app.db,
        sql`select id from spaces where id = any(${`{${spaceIds.join(',')}}`}::uuid[]) order by town, name, id`,
      );
      expect(parts.flatMap((p) => p.ids)).toEqual(ordered.map((r) => r.id));
    },
  );

  it.runIf(isPostgres)('does not see a booking committed while the parts run', async () => {
    const before = await usageSeries(t.app.db, { spaceIds, from: '2027-11', to: '2027-11', parts: 1 });
    let wrote = false;
    let written!: () => void;
    const writesDone = new Promise<void>((resolve) => (written = resolve));
    const during = await splitBySpace(t.app.db, { spaceIds, parts: 2, splitFromSpaces: 2 }, async (tx, ids) => {
      if (!wrote) {
        // the first part books in every space of the other part's run and commits; the other part
        // counts only afterwards, and must still not see those bookings
        wrote = true;
        const others = spaceIds.filter((id) => !ids!.includes(id));
        for (const spaceId of others) {
          const [desk] = await rows<{ id: string }>(
            t.app.db,
            sql`select id from desks where space_id = ${spaceId} order by name limit 1`,
          );
          await record(t, {
            deskId: desk!.id,
            start: '2027-11-25T09:00:00Z',
            end: '2027-11-25T10:00:00Z',
            guestName: 'Walk-in',
          });
        }
        written();
      } else {
        await writesDone;
      }
      const [n] = await rows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from bookings where space_id = any(${`{${ids!.join(',')}}`}::uuid[])`,
      );
      return [n!.n];
    });
    expect(during.reduce((a, b) => a + b, 0)).toBe(before.reduce((a, r) => a + r.bookings, 0));
    const after = await usageSeries(t.app.db, { spaceIds, from: '2027-11', to: '2027-11', parts: 1 });
    expect(after.reduce((a, r) => a + r.bookings, 0)).toBeGreaterThan(before.reduce((a, r) => a + r.bookings, 0));
  });
});
