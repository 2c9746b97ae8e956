import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API runs on :3000 in development (`npm run dev`); the built SPA is served by the API itself.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: { reportCompressedSize: true, sourcemap: false },
});
