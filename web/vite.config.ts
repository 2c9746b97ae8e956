import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { precacheList } from './src/service-worker/routes.ts';

const SW_ENTRY = join(import.meta.dirname, 'src/service-worker/sw.ts');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/**
 * Builds src/service-worker/sw.ts into dist/sw.js (served at the root, so its scope is the whole
 * app) and writes into it the list of files to precache (the bundle and public/) and a version
 * hashed from their contents: a build that changes any file is a new worker, one that changes
 * none is byte-identical and the browser keeps the installed one.
 */
function serviceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'popdesk-service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: SW_ENTRY, fileName: 'sw.js' });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const sw = bundle['sw.js'];
        if (sw?.type !== 'chunk') throw new Error('sw.js is missing from the bundle');
        // a classic worker script cannot load chunks: whatever sw.ts uses must be inlined
        if (sw.imports.length > 0 || sw.dynamicImports.length > 0) {
          throw new Error(`sw.js must not import other chunks, but imports ${sw.imports.join(', ')}`);
        }
        const contents = new Map<string, string | Uint8Array>();
        for (const [name, out] of Object.entries(bundle))
          contents.set(name, out.type === 'chunk' ? out.code : out.source);
        for (const name of filesUnder(publicDir)) contents.set(name, readFileSync(join(publicDir, name)));
        const urls = precacheList(contents.keys());
        const hash = createHash('sha256');
        for (const url of urls) hash.update(url).update(contents.get(url.slice(1)) ?? '');
        const version = hash.digest('hex').slice(0, 12);
        sw.code = sw.code
          .replace(/\b__PRECACHE__\b/g, () => JSON.stringify(urls))
          .replace(/\b__SW_VERSION__\b/g, () => JSON.stringify(version));
      },
    },
  };
}

/** The pages people arrive on from outside (a link, an e-mail, a QR code), by their route module. */
const LANDING_ROUTES = { home: 'src/app/routes/home.tsx', space: 'src/app/routes/space.tsx' };

/**
 * Writes dist/route-preloads.json: for each landing page, the chunks of its route that index.html
 * does not preload already. The server names them in the HTML it sends for those addresses
 * (server/src/plugins/web.ts), so that a phone fetches the page's code together with the main
 * bundle instead of only after the main bundle has run (one round trip on a slow connection).
 */
function routePreloads(): Plugin {
  return {
    name: 'popdesk-route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
      const withImports = (file: string, seen = new Set<string>()): Set<string> => {
        const chunk = bundle[file];
        if (seen.has(file) || chunk?.type !== 'chunk') return seen;
        seen.add(file);
        for (const imported of chunk.imports) withImports(imported, seen);
        return seen;
      };
      const of = (module: string) => {
        const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/web/${module}`));
        if (!chunk) throw new Error(`route-preloads: no chunk for ${module}`);
        return chunk.fileName;
      };
      // (the app's entry: index.html's own script, which the HTML already preloads with its imports)
      const preloaded = withImports(of('index.html'));
      const preloads = Object.fromEntries(
        Object.entries(LANDING_ROUTES).map(([page, module]) => [
          page,
          [...withImports(of(module))].filter((file) => !preloaded.has(file)),
        ]),
      );
      this.emitFile({ type: 'asset', fileName: 'route-preloads.json', source: JSON.stringify(preloads) });
    },
  };
}

// The API runs on :3000 in development (`npm run dev`); the built SPA is served by the API itself,
// which sends the brotli or gzip copies written here to browsers that accept them (not of sw.js:
// its placeholders are filled in after the compression plugin has run, and it is small).
export default defineConfig({
  plugins: [
    react(),
    serviceWorker(),
    routePreloads(),
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, exclude: [/(^|[\\/])sw\.js$/] }),
  ],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: { reportCompressedSize: true, sourcemap: false },
});
