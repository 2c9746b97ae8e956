// Builds the server:
//   node build.mjs             the bundle dist/server.js (the server and the shared package it imports
//                              as TypeScript; npm packages stay external and load from node_modules)
//                              and dist/pglite-template, the migrated empty PGlite data directory a
//                              fresh DATA_DIR starts from; both always (`npm run build`)
//   node build.mjs --if-stale  only those whose inputs changed since they were built (`npm start`)
//   node build.mjs <file>      only the bundle, to <file> (the benchmark builds its own)
// Each build is stamped with its inputs (scripts/build-stamp.mjs).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildAndStamp, repoRoot, staleness } from '../scripts/build-stamp.mjs';

const here = dirname(fileURLToPath(import.meta.url));

function bundle(entry, outfile) {
  return build({
    entryPoints: [join(here, 'src', entry)],
    outfile: join(here, outfile),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [
      {
        name: 'external-packages',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@popdesk/') ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
}

async function pgliteTemplate() {
  const script = join('dist', 'make-pglite-template.js');
  await bundle(join('db', 'make-pglite-template.ts'), script);
  // runs initdb and the migrations in WebAssembly: a few seconds, once per change of migrations
  await import(pathToFileURL(join(here, script)).href);
}

const arg = process.argv[2];
if (arg && arg !== '--if-stale') {
  await bundle('server.ts', arg);
} else {
  const wanted = (name) => arg !== '--if-stale' || staleness(repoRoot, name).stale;
  await Promise.all([
    wanted('server') && buildAndStamp(repoRoot, 'server', () => bundle('server.ts', join('dist', 'server.js'))),
    wanted('pglite-template') && buildAndStamp(repoRoot, 'pglite-template', pgliteTemplate),
  ]);
}
