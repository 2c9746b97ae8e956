/**
 * `npm start`: builds what is out of date — the SPA, the server bundle, the PGlite template (see
 * build-stamp.mjs for what each is made from) — then runs the server in this very process, so that
 * the Node flags `npm start` gives (package.json) are the server's. Nothing out of date: no build.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, staleness } from './build-stamp.mjs';

function run(script, args = []) {
  return new Promise((resolve, reject) => {
    // a plain `node` for the builds: the server's flags (heap limits) are not theirs
    const child = spawn(process.execPath, [join(repoRoot, script), ...args], { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`))));
  });
}

const stale = ['web', 'server', 'pglite-template'].filter((name) => staleness(repoRoot, name).stale);
if (stale.length > 0) {
  console.log(`Building what changed since the last build: ${stale.join(', ')} …`);
  await Promise.all([
    stale.includes('web') && run('scripts/build-web.mjs'),
    (stale.includes('server') || stale.includes('pglite-template')) && run('server/build.mjs', ['--if-stale']),
  ]);
}
await import(pathToFileURL(join(repoRoot, 'server', 'dist', 'server.js')).href);
