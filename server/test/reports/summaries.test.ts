/**
 * Report summaries (features/reports/summaries.ts): the roll-up read through the summaries of
 * closed months must equal the figures computed from scratch, row for row and field for field,
 * whatever was written since (the triggers of migrations/0013 invalidate them), and a summary
 * computed before a write and stored after it must never be read. Changes are written straight into
 * the tables, as an import or a correction would: the triggers see every write, whatever makes it.
 * (Months of 2026 are closed by the real clock; the app's clock decides up to which month.)
 */
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { MonthFigures } from '@popdesk/shared';
import { hasConnectionPool, type Db } from '../../src/db/client.js';
import { rows } from '../../src/db/db.js';
import { figuresQuery, inReportSnapshot } from '../../src/features/reports/report-sql.js';
import {
  closedThrough,
  fillSummaries,
  pickStorable,
  unsummarised,
  storeSummaries,
} from '../../src/features/reports/summaries.js';
import { usageSeries } from '../../src/features/reports/usage.js';
import { createSpace, registerUser, startApp, type TestApp } from '../harness.js';

const NOW = new Date('2026-08-15T10:00:00Z');
const FROM = '2026-02';
const TO = '2026-09';

/** mulberry32: the same "random" changes on every run */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('report summaries', () => {
  let t: TestApp;
  let db: Db;
  let spaceIds: string[];
  let userIds: string[];

  const summarised = (opts: { now?: Date } = {}) =>
    usageSeries(db, { spaceIds, from: FROM, to: TO, now: opts.now ?? NOW, store: db });
  const computed = (opts: { now?: Date } = {}) =>
    usageSeries(db, { spaceIds, from: FROM, to: TO, now: opts.now ?? NOW, summaries: false });
  const validSummaries = async () => {
    const [r] = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from report_month_figures f
          where f.space_id = any(${`{${spaceIds.join(',')}}`}::uuid[])
            and f.generation = coalesce((select g.generation from report_generations g where g.space_id = f.space_id), 0)`,
    );
    return r!.n;
  };
  const desksOf = async (spaceId: string) =>
    (
      await rows<{ id: string }>(
        db,
        sql`select id from desks where space_id = ${spaceId} and kind = 'desk' order by name`,
      )
    ).map((r) => r.id);
  const exec = async (query: ReturnType<typeof sql>) => {
    try {
      await db.execute(query);
    } catch {
      // a random booking may overlap another (exclusion constraint): then that change is skipped
    }
  };

  beforeAll(async () => {
    t = await startApp({ now: NOW.toISOString() });
    db = t.app.db;
    spaceIds = [];
    for (const timezone of ['Europe/Berlin', 'Pacific/Auckland', 'America/New_York']) {
      const space = await createSpace(t, { desks: 3, body: { timezone } });
      spaceIds.push(space.id);
      await db.execute(sql`insert into desks (space_id, name, kind, seats) values (${space.id}, 'Room', 'room', 6)`);
    }
    userIds = [];
    for (let i = 0; i < 4; i++) userIds.push((await registerUser(t)).id);
  });
  afterAll(() => t.close());

  it('closes a month 2 days after its end, by the earlier of the given clock and the real one', () => {
    expect(closedThrough(new Date('2026-08-02T23:00:00Z'))).toBe('2026-06');
    expect(closedThrough(new Date('2026-08-03T00:00:00Z'))).toBe('2026-07');
    expect(closedThrough(new Date('2999-01-01T00:00:00Z')) < '2999-01').toBe(true);
  });

  it('reads what a full computation gives after random changes of every kind', async () => {
    const rnd = random(20);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const day = () => {
      const d = new Date(Date.UTC(2026, 1, 20) + Math.floor(rnd() * 225) * 86_400_000);
      return d.toISOString().slice(0, 10);
    };
    const changes: (() => Promise<void>)[] = [
      async () => {
        // bookings, some over midnight or a month's end, some for guests
        const spaceId = pick(spaceIds);
        for (let i = 0; i < 6; i++) {
          const start = new Date(`${day()}T${String(5 + Math.floor(rnd() * 17)).padStart(2, '0')}:00:00Z`);
          const end = new Date(start.getTime() + (1 + Math.floor(rnd() * 14)) * 3_600_000);
          const user = rnd() < 0.2 ? null : pick(userIds);
          const status = pick(['confirmed', 'checked_in', 'checked_in', 'cancelled', 'no_show']);
          await exec(sql`insert into bookings (desk_id, space_id, user_id, guest_name, start_at, end_at, status)
            values (${pick(await desksOf(spaceId))}, ${spaceId}, ${user}, ${user ? null : 'Guest'},
                    ${start.toISOString()}, ${end.toISOString()}, ${status})`);
        }
      },
      async () => {
        await exec(sql`update bookings set status = 'cancelled'
          where id = (select id from bookings where space_id = ${pick(spaceIds)} and status <> 'cancelled' order by random() limit 1)`);
      },
      async () => {
        await exec(
          sql`delete from bookings where id = (select id from bookings where space_id = ${pick(spaceIds)} order by random() limit 1)`,
        );
      },
      async () => {
        const partial = rnd() < 0.5;
        await exec(sql`insert into closures (space_id, date, reason, starts_minute, ends_minute)
          values (${pick(spaceIds)}, ${day()}, 'Closed', ${partial ? 600 : null}, ${partial ? 780 : null})`);
      },
      async () => {
        await exec(sql`delete from closures where space_id = ${pick(spaceIds)}
          and date = (select date from closures where space_id = ${pick(spaceIds)} order by random() limit 1)`);
      },
      async () => {
        await exec(sql`update opening_hours set closes_minute = ${pick([960, 1080, 1200])}
          where space_id = ${pick(spaceIds)} and weekday = ${1 + Math.floor(rnd() * 5)}`);
      },
      async () => {
        await exec(sql`insert into opening_hours (space_id, weekday, opens_minute, closes_minute)
          values (${pick(spaceIds)}, 6, 600, 840)`);
      },
      async () => {
        await exec(
          sql`insert into desks (space_id, name, active_from) values (${pick(spaceIds)}, 'New desk', ${day()})`,
        );
      },
      async () => {
        await exec(sql`update desks set active_until = ${day()}
          where id = (select id from desks where space_id = ${pick(spaceIds)} and kind = 'desk' order by random() limit 1)`);
      },
      async () => {
        // an event with registrations and a desk it takes
        const spaceId = pick(spaceIds);
        const start = new Date(`${day()}T09:00:00Z`);
        const end = new Date(start.getTime() + 3 * 3_600_000);
        const [event] = await rows<{ id: string }>(
          db,
          sql`insert into events (space_id, title, kind, start_at, end_at, capacity)
              values (${spaceId}, 'Workshop', 'workshop', ${start.toISOString()}, ${end.toISOString()}, 5) returning id`,
        );
        for (const userId of userIds.slice(0, 1 + Math.floor(rnd() * 3))) {
          await exec(sql`insert into registrations (event_id, user_id, status)
            values (${event!.id}, ${userId}, ${pick(['registered', 'attended', 'waitlisted', 'cancelled'])})`);
        }
        await exec(sql`insert into event_places (event_id, desk_id, space_id, start_at, end_at)
          values (${event!.id}, ${pick(await desksOf(spaceId))}, ${spaceId}, ${start.toISOString()}, ${end.toISOString()})`);
      },
      async () => {
        await exec(sql`update registrations set status = 'attended'
          where id = (select r.id from registrations r join events e on e.id = r.event_id
                      where e.space_id = ${pick(spaceIds)} and r.status = 'registered' order by random() limit 1)`);
      },
      async () => {
        await exec(sql`update events set status = 'cancelled'
          where id = (select id from events where space_id = ${pick(spaceIds)} order by random() limit 1)`);
      },
      async () => {
        await exec(sql`update spaces set timezone = ${pick(['Europe/Berlin', 'Pacific/Auckland', 'Asia/Kolkata'])}
          where id = ${pick(spaceIds)}`);
      },
      async () => {
        await exec(sql`update spaces set opens_on = ${rnd() < 0.5 ? day() : null} where id = ${pick(spaceIds)}`);
      },
      async () => {
        await exec(sql`insert into waitlist_entries (space_id, user_id, date, status)
          values (${pick(spaceIds)}, ${pick(userIds)}, ${day()}, 'notified')`);
      },
      async () => {
        const start = new Date(`${day()}T10:00:00Z`);
        await exec(sql`insert into turned_away (space_id, requested_start, requested_end)
          values (${pick(spaceIds)}, ${start.toISOString()}, ${new Date(start.getTime() + 7_200_000).toISOString()})`);
      },
    ];
    // some history to start from
    for (let i = 0; i < 6; i++) await changes[0]!();
    await changes[9]!();

    let read = 0;
    for (let round = 0; round < 16; round++) {
      await summarised(); // fills what is missing
      const before = await validSummaries();
      expect(before).toBeGreaterThan(0);
      read += before;
      for (let i = 0; i < 3; i++) await pick(changes)();
      const expected = await computed();
      expect(await summarised()).toEqual(expected);
      // and once more, now that the summaries the first read stored are there
      expect(await summarised()).toEqual(expected);
    }
    expect(read).toBeGreaterThan(16);
    // each kind of change invalidates: a past booking bumps its space's generation
    const [g0] = await rows<{ g: number }>(
      db,
      sql`select coalesce(max(generation), 0)::int as g from report_generations where space_id = ${spaceIds[0]!}`,
    );
    await changes[0]!();
    await exec(sql`insert into turned_away (space_id, requested_start, requested_end)
      values (${spaceIds[0]!}, '2026-03-10T10:00:00Z', '2026-03-10T12:00:00Z')`);
    const [g1] = await rows<{ g: number }>(
      db,
      sql`select coalesce(max(generation), 0)::int as g from report_generations where space_id = ${spaceIds[0]!}`,
    );
    expect(g1!.g).toBeGreaterThan(g0!.g);
  }, 180_000); // (some 50 roll-ups on PGlite: long on a busy machine)

  it('computes the months after the closed ones live, and earlier clocks see no summary of later months', async () => {
    await summarised();
    const early = new Date('2026-05-10T10:00:00Z'); // April not yet closed
    expect(await summarised({ now: early })).toEqual(await computed({ now: early }));
  });

  it('does not bump a generation for a booking of today or later', async () => {
    const generations = () =>
      rows<{ n: number; g: number }>(
        db,
        sql`select count(*)::int as n, coalesce(sum(generation), 0)::int as g from report_generations`,
      );
    const before = await generations();
    const desk = (await desksOf(spaceIds[0]!))[0]!;
    const start = new Date(Date.now() + 3 * 86_400_000);
    await db.execute(sql`insert into bookings (desk_id, space_id, user_id, guest_name, start_at, end_at, status)
      values (${desk}, ${spaceIds[0]!}, null, 'Guest', ${start.toISOString()},
              ${new Date(start.getTime() + 3_600_000).toISOString()}, 'confirmed')`);
    expect(await generations()).toEqual(before);
    await db.execute(
      sql`update bookings set status = 'checked_in' where desk_id = ${desk} and start_at = ${start.toISOString()}`,
    );
    expect(await generations()).toEqual(before);
  });

  it('never reads figures computed before a write and stored after it', async () => {
    // drop the summaries of these spaces, then compute them in a snapshot …
    const { cells, figures } = await computeAfresh();
    expect(cells.length).toBeGreaterThan(0);
    // … a writer changes a closed month and commits …
    const desk = await firstDesk(spaceIds[1]!);
    await db.execute(sql`insert into bookings (desk_id, space_id, user_id, guest_name, start_at, end_at, status)
      values (${desk}, ${spaceIds[1]!}, null, 'Late import', '2026-04-07T01:00:00Z', '2026-04-07T02:00:00Z', 'checked_in')`);
    // … and only then are the figures stored: those of the changed space must not count
    await storeSummaries(db, pickStorable(figures, cells));
    const expected = await computed();
    expect(await usageSeries(db, { spaceIds, from: FROM, to: TO, now: NOW })).toEqual(expected);
    const changed = (r: MonthFigures) => r.spaceId === spaceIds[1] && r.month === '2026-04';
    expect(expected.find(changed)!.bookings).toBe(figures.find(changed)!.bookings + 1);
  });

  it.runIf(isPool())('never reads figures stored while a write to the past was not yet committed', async () => {
    const { cells, figures } = await computeAfresh();
    const desk = await firstDesk(spaceIds[2]!);
    let stored!: () => void;
    const storedNow = new Promise<void>((resolve) => (stored = resolve));
    let written!: () => void;
    const writtenNow = new Promise<void>((resolve) => (written = resolve));
    // the writer's statement (and its trigger) runs before the summaries are stored, its commit after
    const writer = db.transaction(async (tx) => {
      await tx.execute(sql`insert into bookings (desk_id, space_id, user_id, guest_name, start_at, end_at, status)
        values (${desk}, ${spaceIds[2]!}, null, 'Late import', '2026-05-05T01:00:00Z', '2026-05-05T02:00:00Z', 'checked_in')`);
      written();
      await storedNow;
    });
    await writtenNow;
    await storeSummaries(db, pickStorable(figures, cells));
    stored();
    await writer;
    expect(await usageSeries(db, { spaceIds, from: FROM, to: TO, now: NOW })).toEqual(await computed());
  });

  it('fills the closed months in the background, in batches', async () => {
    await db.execute(sql`delete from report_month_figures where space_id = any(${`{${spaceIds.join(',')}}`}::uuid[])`);
    await fillSummaries(db, NOW, (ids, from, to) =>
      usageSeries(db, { spaceIds: ids.filter((id) => spaceIds.includes(id)), from, to, now: NOW, store: db }),
    );
    expect(await validSummaries()).toBeGreaterThan(0);
    expect(await summarised()).toEqual(await computed());
  });

  it('sends the usage series compressed to clients that accept it, as it is without', async () => {
    const url = `/api/reports/usage?from=${FROM}&to=${TO}&spaceId=${spaceIds[0]!}`;
    const headers = { authorization: `Bearer ${t.adminToken}` };
    const plain = await t.app.inject({ method: 'GET', url, headers });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await t.app.inject({ method: 'GET', url, headers: { ...headers, 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
  });

  /** Drops the spaces' summaries, then computes their figures and storable cells in one snapshot. */
  async function computeAfresh() {
    const scope = {
      spaceIds,
      from: FROM,
      to: TO,
      onlyWithinLife: true,
      now: NOW,
      summarisedThrough: closedThrough(NOW),
    };
    await db.execute(sql`delete from report_month_figures where space_id = any(${`{${spaceIds.join(',')}}`}::uuid[])`);
    return inReportSnapshot(db, async (tx) => ({
      cells: (await unsummarised(tx, scope)).filter((c) => c.storable),
      figures: await rows<MonthFigures>(tx, figuresQuery(scope)),
    }));
  }

  async function firstDesk(spaceId: string): Promise<string> {
    const [desk] = await rows<{ id: string }>(
      db,
      sql`select id from desks where space_id = ${spaceId} and kind = 'desk' order by name limit 1`,
    );
    return desk!.id;
  }

  function isPool() {
    return Boolean(process.env.DATABASE_URL) && (!db || hasConnectionPool(db));
  }
});
