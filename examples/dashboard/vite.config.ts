/**
 * Vite config of the dashboard (root: this directory). The dev server (`npm run dashboard`) and
 * `vite preview` proxy /graphql, WebSocket upgrades included, to the gateway at
 * OPSGRAPH_GATEWAY (default http://127.0.0.1:4000, what `npm start` serves), so the app talks
 * to its own origin and the gateway needs no CORS_ORIGINS.
 */
import { defineConfig } from 'vite';

const gateway = process.env.OPSGRAPH_GATEWAY ?? 'http://127.0.0.1:4000';

export default defineConfig({
  clearScreen: false,
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/graphql': { target: gateway, ws: true } },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    proxy: { '/graphql': { target: gateway, ws: true } },
  },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
