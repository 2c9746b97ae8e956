// Bundles the server (and the shared package it imports as TypeScript) into dist/server.js, or the
// file named as the first argument (the benchmark builds its own). npm packages stay external and
// load from node_modules.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: [join(here, 'src', 'server.ts')],
  outfile: join(here, process.argv[2] ?? join('dist', 'server.js')),
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
