import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Component tests: React in jsdom, with the real i18n resources and a fresh QueryClient per test.
export default defineConfig({
  plugins: [react()],
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // jsdom renders long lists slowly, and CI runs these beside the server tests on two cores: a
    // test that takes 2 s alone took 5.6 s there. The time limit guards against hangs, not speed.
    testTimeout: 15_000,
    // One module graph and one jsdom per worker, not per file (React, the router and i18n were
    // imported again for every file). The setup file still runs for every file; it and the tests
    // undo what they change (rendered trees, localStorage, fetch, the language, timers, globals).
    isolate: false,
  },
});
