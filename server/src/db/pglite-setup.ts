/**
 * How embedded PGlite is started: its PostgreSQL settings (sized for a small server's memory), its
 * WebAssembly compiled once per process, and what a new database starts from instead of running
 * initdb — for a fresh DATA_DIR the migrated empty data directory the build makes, for the test
 * suite's in-memory databases a dump of a migrated one (PGLITE_TEMPLATE).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import v8 from 'node:v8';
import type { PGliteOptions } from '@electric-sql/pglite';
import { migrationsDir, repoRoot } from '../lib/paths.js';
import { schema } from './schema.js';

/**
 * PGlite and drizzle's PGlite driver, loaded on first use: the server bundle inlines this module,
 * and a static import of a package there would load it at every start, PostgreSQL mode included.
 * (client.ts opens its PGlite with these too.)
 */
export async function pglitePackages() {
  const [{ PGlite }, { btree_gist }, { drizzle }, { migrate }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/btree_gist'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  return { PGlite, btree_gist, drizzle, migrate };
}

/**
 * PostgreSQL settings for PGlite. Its memory is WebAssembly memory, which never shrinks once grown:
 * every buffer counts fully and for good. shared_buffers (128 MB by default) is zero-filled at start,
 * so it is resident from the first second; 16 MB holds the hot pages of a small installation, and a
 * page not in it is one read from the operating system's file cache, which RSS does not count.
 * maintenance_work_mem bounds index builds in migrations; temp_buffers temporary tables.
 */
export const PGLITE_SETTINGS: Record<string, string> = {
  shared_buffers: '16MB',
  maintenance_work_mem: '16MB',
  temp_buffers: '4MB',
  wal_buffers: '1MB',
};

function pgliteStartParams(defaults: readonly string[]): string[] {
  return [...defaults, ...Object.entries(PGLITE_SETTINGS).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
}

interface CompiledModules {
  pgliteWasmModule: WebAssembly.Module;
  initdbWasmModule: WebAssembly.Module;
}

const require = createRequire(import.meta.url);
// On globalThis, not in this module: the test runner evaluates modules afresh for every test file of
// a worker process, and each file's apps should still share one compilation.
const CACHE = Symbol.for('popdesk.pglite.compiled');
const cache = globalThis as { [CACHE]?: Promise<CompiledModules> };

async function compile(): Promise<CompiledModules> {
  // WebAssembly in V8's baseline compiler only: optimising PostgreSQL's hot functions as well keeps
  // ~50 MB more code and compiler memory resident and costs seconds of CPU in the first minute, for
  // no measured gain on PopDesk's statements (a run of booking transactions took the same CPU, an
  // aggregate less). Set before the first module is compiled; this process's only WebAssembly is PGlite.
  v8.setFlagsFromString('--liftoff-only');
  const read = (file: string) => readFile(require.resolve(`@electric-sql/pglite/${file}`));
  const [pglite, initdb] = await Promise.all([read('pglite.wasm'), read('initdb.wasm')]);
  const [pgliteWasmModule, initdbWasmModule] = await Promise.all([
    WebAssembly.compile(pglite),
    WebAssembly.compile(initdb),
  ]);
  // (the file bundle, pglite.data, is not kept: 6 MB for the life of the process, read in milliseconds)
  return { pgliteWasmModule, initdbWasmModule };
}

/** PGlite's WebAssembly modules, compiled once per process. */
export function compiledPglite(): Promise<CompiledModules> {
  cache[CACHE] ??= compile().catch((err: unknown) => {
    delete cache[CACHE];
    throw err;
  });
  return cache[CACHE];
}

/** Options every PGlite of PopDesk is created with (add dataDir or loadDataDir). */
export async function pgliteOptions(): Promise<
  PGliteOptions & { extensions: { btree_gist: Awaited<ReturnType<typeof pglitePackages>>['btree_gist'] } }
> {
  const [{ PGlite, btree_gist }, compiled] = await Promise.all([pglitePackages(), compiledPglite()]);
  return { ...compiled, extensions: { btree_gist }, startParams: pgliteStartParams(PGlite.defaultStartParams) };
}

/** A new PGlite (in memory, or in `options.dataDir`) with every migration applied, given to `use` if any, then closed. */
async function withMigratedPglite(
  options: Pick<PGliteOptions, 'dataDir'>,
  migrationsFolder: string,
  use?: (client: InstanceType<Awaited<ReturnType<typeof pglitePackages>>['PGlite']>) => Promise<void>,
): Promise<void> {
  const { PGlite, drizzle, migrate } = await pglitePackages();
  const client = await PGlite.create({ ...options, ...(await pgliteOptions()) });
  try {
    await migrate(drizzle({ client, schema }), { migrationsFolder });
    await use?.(client);
  } finally {
    await client.close();
  }
}

// --- the migrated empty data directory, made at build time (server/build.mjs)

/** Where the build puts the template: server/dist/pglite-template (and its marker beside it). */
export const pgliteTemplateDir = () => join(repoRoot(), 'server', 'dist', 'pglite-template');
const markerOf = (dir: string) => `${dir}.json`;

function pgliteVersion(): string {
  const pkg = join(dirname(require.resolve('@electric-sql/pglite/pglite.wasm')), '..', 'package.json');
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/** Writes a migrated, empty PGlite data directory to `dir`, and beside it the PGlite version that made it. */
export async function writePgliteTemplateDir(
  dir = pgliteTemplateDir(),
  migrationsFolder = migrationsDir(),
): Promise<void> {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  await withMigratedPglite({ dataDir: tmp }, migrationsFolder);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  writeFileSync(markerOf(dir), JSON.stringify({ pglite: pgliteVersion() }) + '\n');
}

function usable(template: string): boolean {
  try {
    const marker = JSON.parse(readFileSync(markerOf(template), 'utf8')) as { pglite?: string };
    return marker.pglite === pgliteVersion() && existsSync(join(template, 'PG_VERSION'));
  } catch {
    return false;
  }
}

/**
 * A fresh data directory starts as a copy of the build's template (when there is one, made by this
 * PGlite version): no initdb in this process, and the migrations it holds are already applied —
 * later ones still run as usual. Copied beside and renamed, so a crash never leaves half a copy.
 * Returns whether it copied; a directory with anything in it is never touched.
 */
export function startFromTemplate(dbPath: string, template = pgliteTemplateDir()): boolean {
  if (existsSync(dbPath) && readdirSync(dbPath).length > 0) return false;
  if (!usable(template)) return false;
  const tmp = `${dbPath}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(dirname(dbPath), { recursive: true });
  cpSync(template, tmp, { recursive: true });
  rmSync(dbPath, { recursive: true, force: true });
  renameSync(tmp, dbPath);
  return true;
}

// --- the test suite's in-memory databases

/**
 * For the test suite: an in-memory database can start from a dump of an already migrated one
 * (`PGLITE_TEMPLATE`, a tar file the tests' global setup makes once with writePgliteDump), which
 * skips PGlite's initdb — seconds of CPU for each of the many apps the tests start.
 */
async function dumpToStartFrom(): Promise<{ loadDataDir?: Blob }> {
  const file = process.env.PGLITE_TEMPLATE;
  return file ? { loadDataDir: new Blob([await readFile(file)]) } : {};
}

/** Writes a dump of a new, migrated in-memory database to `file` (PGLITE_TEMPLATE). */
export async function writePgliteDump(file: string): Promise<void> {
  await withMigratedPglite({}, migrationsDir(), async (client) => {
    const dump = await client.dumpDataDir('none');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  });
}

/**
 * Where a PGlite starts: a data directory (`dbPath`; a fresh one first copied from the build's
 * template), or in memory (from the tests' dump when there is one).
 */
export async function startingPoint(
  dbPath: string | undefined,
): Promise<Pick<PGliteOptions, 'dataDir' | 'loadDataDir'>> {
  if (!dbPath) return dumpToStartFrom();
  startFromTemplate(dbPath);
  return { dataDir: dbPath };
}
