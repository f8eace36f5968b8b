// Build, dev-server and unit-test configuration: one file so the `@/` alias means the same everywhere.
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The built page's Content-Security-Policy: scripts only from our own origin, no eval, nothing
 * fetched from elsewhere. Styles allow inline attributes because Leaflet and the app position
 * with style="...". Only in builds: the dev server injects an inline React-refresh preamble.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The import worker is a file of the build, loaded from our own origin.
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // Browsers that know style-src-elem refuse injected <style> elements; nothing in the app adds one.
  "style-src-elem 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative base: the built app works from any sub-path (GitHub Pages, an intranet folder).
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // ATLAS_OUT_DIR lets parallel browser-test runs build and serve side by side.
  build: { outDir: process.env.ATLAS_OUT_DIR ?? 'dist' },
  // The import worker is started with { type: 'module' }: build it as an ES module to match.
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    css: false,
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
