import { defineConfig } from 'vitest/config';

// server: API tests on a real database; web: component tests in jsdom;
// e2e: the built app in real Chromium (see e2e/vitest.config.ts).
export default defineConfig({
  test: {
    projects: ['server', 'web', 'e2e'],
    // Two files at a time (vitest's default on a 2-core machine is one). On PGlite every server
    // test file has an in-memory database of its own; on PostgreSQL each worker has a database of
    // its own (server/test/worker-database.ts: POSTGRES_WORKERS), whose files run one at a time.
    // (server and web share one group, which needs one value: e2e sets its own, in a later group.)
    maxWorkers: 2,
  },
});
