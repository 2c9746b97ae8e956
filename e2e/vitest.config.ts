import { defineConfig } from 'vitest/config';

// End-to-end: the built app (`npm run build` when out of date) served by the real server on a
// free port with a fresh PGlite data directory, driven in Debian's Chromium by playwright-core.
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    // against hangs, not for speed: on a busy 2-core CI machine flows that take 20 s alone took 35 s
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // one server for all; one browser per file, two files at a time (2-core machines)
    maxWorkers: 2,
    // after the server and component tests (group 0), so the browser runs on a quiet machine
    sequence: { groupOrder: 1 },
    pool: 'forks',
  },
});
