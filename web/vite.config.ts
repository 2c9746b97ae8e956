import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

// The API runs on :3000 in development (`npm run dev`); the built SPA is served by the API itself,
// which sends the brotli or gzip copies written here to browsers that accept them.
export default defineConfig({
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: { reportCompressedSize: true, sourcemap: false },
});
