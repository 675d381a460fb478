import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The tab's client, served by the bot at /tab/ (src/tab). Absolute asset URLs under /tab/ make
 * the page work at /tab and /tab/ alike; pages are hash routes (#/status), so the server only
 * ever serves index.html and hashed assets.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/tab/',
  plugins: [react()],
  build: {
    outDir: path.join(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    // Fluent UI and React are one chunk of a few hundred kB; the tab loads it once and caches it.
    chunkSizeWarningLimit: 1500,
  },
});
