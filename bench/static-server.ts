// A tiny static server for the bench build: /n<size>/ serves the app with the synthetic dataset of that size.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface BenchServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `dir` under /n<size>/ for each dataset, answering data/events.json with that dataset: the
 * built app is untouched (it fetches data/events.json relative to its page), so no switch reaches
 * production code. Listens on loopback, on a free port.
 */
export async function serveBench(
  dir: string,
  datasets: ReadonlyMap<number, string>,
): Promise<BenchServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const match = /^\/n(\d+)(\/.*)$/.exec(url.pathname);
      const json = match ? datasets.get(Number(match[1])) : undefined;
      if (!match || json === undefined) {
        response.writeHead(404).end();
        return;
      }
      const rest = match[2] === '/' ? '/index.html' : (match[2] as string);
      if (rest === '/data/events.json') {
        response.writeHead(200, { 'content-type': TYPES['.json'] }).end(json);
        return;
      }
      const path = normalize(join(dir, rest));
      if (!path.startsWith(normalize(dir))) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(path);
        response
          .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
          .end(body);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
