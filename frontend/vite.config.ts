/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const backend = 'http://127.0.0.1:8000';

/** In `vite` and `vite preview`, /delta… gets participant.html, as backend/core/spa.py does. */
function participantEntry(): Plugin {
  const rewrite = (req: { url?: string }, _res: unknown, next: () => void) => {
    if (req.url && /^\/delta(?:[/?#]|$)/.test(req.url)) req.url = '/participant.html';
    next();
  };
  return {
    name: 'jamlik-participant-entry',
    enforce: 'post',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
    // The page is one chunk without preloads: Vite's modulepreload polyfill would only become a
    // chunk shared with the app (changing the app's chunks) for nothing.
    transform(code, id) {
      if (!id.endsWith('/participant.html')) return null;
      return { code: code.replace(/^import "vite\/modulepreload-polyfill";\n/m, ''), map: null };
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [react(), participantEntry()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': backend,
      '/healthz': backend,
      '/readyz': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The first load is ~240 kB gzipped (React + Mantine + router + query + the foundation's
    // pages + both languages); the cycle's and the after-certificate pages are lazy chunks, and
    // the review's chart (recharts) another of ~120 kB.
    chunkSizeWarningLimit: 800,
    // Two pages: the app, and the participant page (/delta…, plain DOM, a few kB: it shares no
    // code with the app, see `npm run check:participant-size`).
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        participant: fileURLToPath(new URL('./participant.html', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
