// The shipped nginx configuration (deploy/nginx/), run by Debian's nginx on the built app: headers, caching, framing.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { APIResponse, Frame, Page } from '@playwright/test';
import { BROTLI_MODULE, findNginxWithBrotli, NGINX_INSTALL } from '../scripts/nginx-path.mjs';
import { test, expect, screenshot } from './fixtures';

const DEPLOY = resolve('deploy/nginx');
const APP_DIR = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');

// Chromium logs the refused frames and the frame's blocked load: those are what is tested here.
test.use({ allowedConsoleError: /Refused to (display|frame)|frame-ancestors|X-Frame-Options/ });
// In order, sharing one nginx per worker; not 'serial', which would skip the rest after a failure.
test.describe.configure({ mode: 'default' });

/** A port nothing listens on, picked by the system. */
function sparePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The shipped site file, changed only where a test must: the port, the build folder, and the
 * snippets read from the repository instead of /etc/nginx/snippets/.
 */
function siteForTest(port: number): string {
  const site = readFileSync(join(DEPLOY, 'crackdown-atlas.conf'), 'utf8');
  const changed = site
    .replace(/^\s*listen 80;$/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:80;$/m, '')
    .replace(/^\s*root \/var\/www\/crackdown-atlas;$/m, `    root ${APP_DIR};`)
    .replaceAll('/etc/nginx/snippets/', `${DEPLOY}/`);
  expect(changed, 'the test edits the site file where it expects').not.toMatch(
    /listen 80|\/var\/www|\/etc\/nginx\/snippets/,
  );
  return changed;
}

let nginx: ChildProcess | null = null;
let origin = '';
let workDir = '';
let article: Server | null = null;
let articleOrigin = '';

/** Serves an article page framing `?frame=`; a real server, so Chromium treats it as a local site. */
async function startArticleServer(): Promise<void> {
  article = createHttpServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://x').searchParams.get('frame') ?? '';
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><title>Article</title><h1>A newsroom article</h1>
      <iframe title="atlas" src="${src.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" width="1000" height="700"></iframe>`);
  });
  const port = await sparePort();
  await new Promise<void>((done) => article?.listen(port, '127.0.0.1', done));
  // Another origin than nginx's: the host name differs, as an article's would.
  articleOrigin = `http://localhost:${port}`;
}

test.beforeAll(async () => {
  const binary = findNginxWithBrotli();
  if (!binary)
    throw new Error(
      `nginx with the brotli module (${BROTLI_MODULE}) is needed: run \`sudo ${NGINX_INSTALL}\` ` +
        '(npm run test:e2e does it when run as root).',
    );
  await startArticleServer();
  const port = await sparePort();
  origin = `http://127.0.0.1:${port}`;
  workDir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const isRoot = process.getuid?.() === 0;
  writeFileSync(
    join(workDir, 'nginx.conf'),
    [
      `load_module ${BROTLI_MODULE};`,
      // As root, workers would drop to nobody and might not read the checkout.
      isRoot ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${workDir}/nginx.pid;`,
      `error_log ${workDir}/error.log;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${workDir}/access.log;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${workDir}/${kind};`,
      ),
      siteForTest(port),
      '}',
    ].join('\n'),
  );
  nginx = spawn(binary, ['-p', workDir, '-c', join(workDir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Up when it answers; a bad configuration makes nginx exit with its reason on stderr.
  await expect
    .poll(
      async () => {
        if (nginx?.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
        return fetch(`${origin}/`).then(
          (r) => r.status,
          () => 0,
        );
      },
      { timeout: 10_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  article?.close();
  nginx?.kill('SIGTERM');
  nginx = null;
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** The page's own policy: the meta tag vite.config.ts writes into index.html. */
function metaPolicy(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('index.html has no CSP meta tag');
  return match[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

const header = (response: APIResponse, name: string) => response.headers()[name] ?? null;

test('the app is served with the page policy as a header, framing refused, and no-cache', async ({
  request,
}) => {
  const app = await request.get(`${origin}/`);
  expect(app.status()).toBe(200);
  const policy = metaPolicy(await app.text());
  expect(header(app, 'content-security-policy')).toBe(`${policy}; frame-ancestors 'none'`);
  expect(header(app, 'x-frame-options')).toBe('DENY');
  expect(header(app, 'x-content-type-options')).toBe('nosniff');
  expect(header(app, 'referrer-policy')).toBe('no-referrer');
  expect(header(app, 'cache-control')).toBe('no-cache');
  expect(header(app, 'content-type')).toBe('text/html; charset=utf-8');
  expect(header(app, 'server')).toBe('nginx');

  const embed = await request.get(`${origin}/?mode=embed&origin=MM`);
  expect(header(embed, 'content-security-policy')).toBe(`${policy}; frame-ancestors *`);
  expect(header(embed, 'x-frame-options')).toBeNull();
  // Only the first `mode` counts, as in the app: a second one cannot unlock framing.
  const sneaky = await request.get(`${origin}/?mode=normal&mode=embed`);
  expect(header(sneaky, 'x-frame-options')).toBe('DENY');
});

test('hashed assets are cached for a year; the dataset is JSON, revalidated and compressed', async ({
  request,
}) => {
  const html = await (await request.get(`${origin}/`)).text();
  const script = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
  expect(script, 'the entry script in index.html').toBeTruthy();
  const asset = await request.get(`${origin}/${script}`);
  expect(asset.status()).toBe(200);
  expect(header(asset, 'cache-control')).toBe('public, max-age=31536000, immutable');
  expect(header(asset, 'content-security-policy')).toContain("frame-ancestors 'none'");

  for (const [encoding, expected] of [
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['identity', null],
  ] as const) {
    const data = await request.get(`${origin}/data/events.json`, {
      headers: { 'Accept-Encoding': encoding },
    });
    expect(data.status()).toBe(200);
    expect(header(data, 'content-type')).toBe('application/json');
    expect(header(data, 'cache-control')).toBe('no-cache');
    expect(header(data, 'content-encoding'), encoding).toBe(expected);
    // Playwright decodes the body: whatever the encoding, it is the dataset.
    const body = JSON.parse(await data.text()) as { events: unknown[] };
    expect(body.events.length).toBeGreaterThan(0);
  }
  const missing = await request.get(`${origin}/data/nothing.json`);
  expect(missing.status()).toBe(404);
});

/** A stand-in newsroom article on another origin (its own loopback server) that frames `src`. */
async function hostFraming(page: Page, src: string): Promise<Frame> {
  await page.goto(`${articleOrigin}/article.html?frame=${encodeURIComponent(src)}`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('the article has no frame');
  return frame;
}

test('a foreign page framing the app gets a blocked frame', async ({ page }) => {
  const frame = await hostFraming(page, `${origin}/?origin=MM`);
  await expect
    .poll(() => frame.url(), { message: 'Chromium replaces a refused frame by its error page' })
    .toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0);
  await screenshot(page, 'deploy-nginx-framed-app');
});

test('a foreign page framing an embed shows the embed', async ({ page }) => {
  const frame = await hostFraming(page, `${origin}/?origin=MM&mode=embed`);
  const embed = page.frameLocator('iframe');
  await expect(
    embed.getByRole('region', { name: 'Timeline', exact: true }).getByRole('option').first(),
  ).toBeVisible();
  expect(frame.url()).toBe(`${origin}/?origin=MM&mode=embed&v=${await datasetVersion()}`);
  await screenshot(page, 'deploy-nginx-framed-embed');
});

async function datasetVersion(): Promise<string> {
  const response = await fetch(`${origin}/data/events.json`);
  return ((await response.json()) as { version: string }).version;
}
