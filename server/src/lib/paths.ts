import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found by walking up from this module until `migrations/` appears. Works
 * from the TypeScript sources (tests, tsx) and from the bundled `server/dist/server.js` alike.
 */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'migrations', 'meta', '_journal.json'))) return dir;
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error('Cannot find the PopDesk repository root (no migrations/ folder)');
    dir = parent;
  }
}

export const migrationsDir = () => join(repoRoot(), 'migrations');
export const webDistDir = () => join(repoRoot(), 'web', 'dist');
