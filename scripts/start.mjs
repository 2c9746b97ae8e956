/**
 * `npm start`: builds what is out of date — the SPA, the server bundle, the PGlite template (see
 * build-stamp.mjs for what each is made from) — then runs the server in this very process, so that
 * the Node flags `npm start` gives (package.json) are the server's. Nothing out of date: no build.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildStale, repoRoot } from './build-stamp.mjs';

await buildStale();
await import(pathToFileURL(join(repoRoot, 'server', 'dist', 'server.js')).href);
