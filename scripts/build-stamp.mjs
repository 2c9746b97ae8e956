/**
 * What a build is made from, and whether it is out of date. Each build target lists its inputs
 * (folders and files) and an output; a build records a hash of its inputs — each file's path, size
 * and modification time, test files left out — in a stamp, computed before it starts, so that a file changed during a
 * build makes the next check stale. `npm start` (scripts/start.mjs) rebuilds only the targets
 * whose stamp no longer matches; `npm run build` always rebuilds and writes the stamps.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @type {Record<string, import('./build-stamp.d.mts').BuildTarget>} */
export const TARGETS = {
  web: {
    inputs: [
      'web/src',
      'web/index.html',
      'web/public',
      'web/vite.config.ts',
      'web/tsconfig.json',
      'web/package.json',
      'shared/src',
      'shared/package.json',
      'package-lock.json',
    ],
    output: 'web/dist/index.html',
  },
  server: {
    inputs: [
      'server/src',
      'server/build.mjs',
      'server/package.json',
      'shared/src',
      'shared/package.json',
      'package-lock.json',
    ],
    output: 'server/dist/server.js',
  },
  // a migrated, empty PGlite data directory that a fresh DATA_DIR starts from (server/src/db/pglite-setup.ts)
  'pglite-template': {
    inputs: ['migrations', 'server/src/db', 'server/build.mjs', 'package-lock.json'],
    output: 'server/dist/pglite-template/PG_VERSION',
  },
};

const SKIP = new Set(['node_modules', 'dist', '.git']);
// tests sit next to the code they test, but no build includes them
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

/** @param {string} dir @param {string} rel @param {string[]} lines */
function listInto(dir, rel, lines) {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) {
    lines.push(`${rel} missing`);
    return;
  }
  if (!stat.isDirectory()) {
    lines.push(`${rel} ${stat.size} ${stat.mtimeMs}`);
    return;
  }
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (!SKIP.has(e.name) && !TEST_FILE.test(e.name)) listInto(join(dir, e.name), `${rel}/${e.name}`, lines);
  }
}

/** A hash of the inputs (paths relative to `root`): every file's path, size and modification time. */
export function inputsHash(root, inputs) {
  const lines = [];
  for (const input of inputs) listInto(join(root, input), input, lines);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

const stampFile = (root, name) => join(root, 'node_modules', '.cache', 'popdesk-build', `${name}.json`);

/** The hash recorded by the last build of `name`, or null. */
export function readStamp(root, name) {
  try {
    return JSON.parse(readFileSync(stampFile(root, name), 'utf8')).hash ?? null;
  } catch {
    return null;
  }
}

export function writeStamp(root, name, hash) {
  const file = stampFile(root, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ hash, builtAt: new Date().toISOString() }) + '\n');
}

/**
 * Whether `target` must be built: its output is missing, it was never stamped, or an input changed
 * since. Returns the current inputs hash too, to stamp the build with.
 */
export function staleness(root, name, target = TARGETS[name]) {
  const hash = inputsHash(root, target.inputs);
  const stale = !existsSync(join(root, target.output)) || readStamp(root, name) !== hash;
  return { stale, hash };
}

/** Runs `build` and stamps it with the inputs as they were before it started. */
export async function buildAndStamp(root, name, build, target = TARGETS[name]) {
  const hash = inputsHash(root, target.inputs);
  await build();
  writeStamp(root, name, hash);
}

/** Runs a build script with this Node, without this process's flags (a server's heap limit is not a build's). */
function runScript(root, script, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, script), ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`))));
  });
}

/**
 * Builds every target that is out of date — the SPA beside the server bundle and PGlite template —
 * and returns their names (none: nothing built). For `npm start`, the browser tests and the bench.
 */
export async function buildStale(root = repoRoot, log = console.log) {
  const stale = Object.keys(TARGETS).filter((name) => staleness(root, name).stale);
  if (stale.length === 0) return stale;
  log(`Building what changed since the last build: ${stale.join(', ')} …`);
  await Promise.all([
    // (production, whatever the caller runs as: a test runner's NODE_ENV=test would make Vite build React's development bundle)
    stale.includes('web') && runScript(root, 'scripts/build-web.mjs', [], { NODE_ENV: 'production' }),
    (stale.includes('server') || stale.includes('pglite-template')) &&
      runScript(root, 'server/build.mjs', ['--if-stale'], {}),
  ]);
  return stale;
}
