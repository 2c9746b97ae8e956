/**
 * `npm run build -w web`: the Vite build of the SPA into web/dist, stamped with its inputs
 * (build-stamp.mjs) so that `npm start` knows when it is up to date.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildAndStamp, repoRoot } from './build-stamp.mjs';

const web = join(repoRoot, 'web');
// (npm may install vite into the workspace's own node_modules or hoist it to the root's)
const vite = [
  join(web, 'node_modules', 'vite', 'bin', 'vite.js'),
  join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'),
].find(existsSync);
if (!vite) throw new Error('vite is not installed: run npm install');

await buildAndStamp(
  repoRoot,
  'web',
  () =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [vite, 'build', ...process.argv.slice(2)], { cwd: web, stdio: 'inherit' });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
    }),
);
