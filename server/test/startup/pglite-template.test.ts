/**
 * A fresh DATA_DIR starts from a copy of the build's migrated template (db/pglite-setup.ts): the
 * data stays across restarts, migrations newer than the template still apply, and the folder lock
 * still refuses a second server.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, openDatabase } from '../../src/db/client.js';
import { startFromTemplate, writePgliteTemplateDir } from '../../src/db/pglite-setup.js';
import { migrationsDir } from '../../src/lib/paths.js';

let tmp: string;
let template: string;
let journal: { entries: { tag: string }[] };

beforeAll(async () => {
  tmp = mkdtempSync(join(os.tmpdir(), 'popdesk-template-'));
  // a template from an older checkout: every migration but the last
  const older = join(tmp, 'older-migrations');
  cpSync(migrationsDir(), older, { recursive: true });
  journal = JSON.parse(readFileSync(join(migrationsDir(), 'meta', '_journal.json'), 'utf8'));
  const olderJournal = { ...journal, entries: journal.entries.slice(0, -1) };
  writeFileSync(join(older, 'meta', '_journal.json'), JSON.stringify(olderJournal));
  template = join(tmp, 'template');
  await writePgliteTemplateDir(template, older);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const appliedMigrations = async (db: Awaited<ReturnType<typeof openDatabase>>['db']) =>
  (await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)).rows[0]?.n;

describe('a fresh data directory from the template', () => {
  it('copies the template only into an empty or missing folder', () => {
    const missing = join(tmp, 'a', 'pglite');
    expect(startFromTemplate(missing, template)).toBe(true);
    expect(existsSync(join(missing, 'PG_VERSION'))).toBe(true);
    const empty = join(tmp, 'b', 'pglite');
    mkdirSync(empty, { recursive: true });
    expect(startFromTemplate(empty, template)).toBe(true);
    const used = join(tmp, 'c', 'pglite');
    mkdirSync(used, { recursive: true });
    writeFileSync(join(used, 'something'), 'x');
    expect(startFromTemplate(used, template)).toBe(false);
    expect(existsSync(join(used, 'PG_VERSION'))).toBe(false);
  });

  it('refuses a template made by another PGlite version, or none', () => {
    const other = join(tmp, 'other-template');
    cpSync(template, other, { recursive: true });
    writeFileSync(`${other}.json`, JSON.stringify({ pglite: '0.0.1' }));
    expect(startFromTemplate(join(tmp, 'd', 'pglite'), other)).toBe(false);
    expect(startFromTemplate(join(tmp, 'e', 'pglite'), join(tmp, 'no-such-template'))).toBe(false);
  });

  it('applies the migrations newer than the template, keeps the data across a restart and stays locked', async () => {
    const dataDir = join(tmp, 'data');
    expect(startFromTemplate(join(dataDir, 'pglite'), template)).toBe(true);
    const first = await openDatabase({ databaseUrl: null, dataDir });
    try {
      expect(await appliedMigrations(first.db)).toBe(journal.entries.length - 1);
      await first.migrate();
      expect(await appliedMigrations(first.db)).toBe(journal.entries.length);
      await first.db.execute(sql`create table kept (v text)`);
      await first.db.execute(sql`insert into kept values ('still here')`);
      await expect(openDatabase({ databaseUrl: null, dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ databaseUrl: null, dataDir });
    try {
      await again.migrate();
      expect(await appliedMigrations(again.db)).toBe(journal.entries.length);
      const { rows } = await again.db.execute<{ v: string }>(sql`select v from kept`);
      expect(rows).toEqual([{ v: 'still here' }]);
    } finally {
      await again.close();
    }
  }, 120_000);
});
