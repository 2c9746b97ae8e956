import { defineConfig } from 'vitest/config';

// server: API tests on a real database; web: component tests in jsdom;
// e2e: the built app in real Chromium (see e2e/vitest.config.ts).
export default defineConfig({
  test: {
    projects: ['server', 'web', 'e2e'],
  },
});
