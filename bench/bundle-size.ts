// Bundle sizes: gzipped JavaScript the first screen needs (entry + its static imports) and all of it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  /** Gzipped bytes of the entry script and every chunk index.html preloads. */
  firstScreenJs: number;
  firstScreenCss: number;
  allJs: number;
  firstScreenFiles: string[];
}

function gzipped(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name)).map((f) => `${entry.name}/${f}`)
      : [entry.name],
  );
}

export function bundleSizes(outDir: string): BundleSizes {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  // What the browser fetches before the first render: the module entry and its modulepreloads.
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map(
    (m) => m[1] as string,
  );
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] as string,
  );
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] as string,
  );
  const local = (href: string) => join(outDir, href.replace(/^\.\//, ''));
  const firstScreenFiles = [...new Set([...scripts, ...preloads])];
  return {
    firstScreenJs: firstScreenFiles.reduce((sum, f) => sum + gzipped(local(f)), 0),
    firstScreenCss: styles.reduce((sum, f) => sum + gzipped(local(f)), 0),
    allJs: listFiles(outDir)
      .filter((f) => f.endsWith('.js'))
      .reduce((sum, f) => sum + gzipped(join(outDir, f)), 0),
    firstScreenFiles,
  };
}
