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
  },
});
