import { defineConfig } from 'vitest/config';

// Each test file boots the real app on a real database: an in-memory PGlite by default,
// PostgreSQL when DATABASE_URL is set (the global setup gives it a fresh schema once).
export default defineConfig({
  test: {
    name: process.env.DATABASE_URL ? 'server (PostgreSQL)' : 'server (PGlite)',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/worker-database.ts', 'test/cheap-hashes.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One module graph per worker, not per file: importing the app (Fastify, drizzle, PGlite, the
    // report and mail code) cost each file seconds. Every file still starts its own app on a
    // database of its own (harness.ts startApp); the app's few module-level registries are made
    // for a second app in one process (booking-events.ts, event-changes.ts).
    isolate: false,
  },
});
