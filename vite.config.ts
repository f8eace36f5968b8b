// Build, dev-server and unit-test configuration: one file so the `@/` alias means the same everywhere.
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative base: the built app works from any sub-path (GitHub Pages, an intranet folder).
  base: './',
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // ATLAS_OUT_DIR lets parallel browser-test runs build and serve side by side.
  build: { outDir: process.env.ATLAS_OUT_DIR ?? 'dist' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    css: false,
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
