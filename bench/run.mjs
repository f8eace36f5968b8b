// Runs the benchmark: bundles bench/main.ts for Node with Vite (so the `@/` alias resolves), then runs it.
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
// One folder per run, so two runs never share (or delete) each other's bundle.
const outDir = `${root}node_modules/.cache/atlas-bench-${process.pid}`;

// A plain Node bundle: modules are hoisted into one scope, as in the browser build, so hot loops
// pay no per-import indirection that the app would not pay.
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  resolve: { alias: { '@': `${root}src` } },
  build: {
    ssr: 'bench/main.ts',
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'bench.mjs' } },
  },
});
try {
  await import(pathToFileURL(`${outDir}/bench.mjs`).href);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
