// `npm run bench`: synthetic datasets, the domain benchmark, the bench build in Chromium, bundle sizes; writes results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Dataset } from '@/data/schema';
import { benchBrowser, benchLoad, benchPlaybackAlone, type BrowserResult } from './browser-bench';
import { bundleSizes, type BundleSizes } from './bundle-size';
import { benchDomain, type DomainResult } from './domain-bench';
import { syntheticDataset } from './generate';
import { benchImport, type ImportResult } from './import-bench';
import {
  buildRows,
  judgeTargets,
  markdownTable,
  markdownTargets,
  type LoadResult,
  type Results,
} from './report';
import { serveBench } from './static-server';

const ROOT = process.cwd();
const OUT_DIR = 'dist-bench';

interface Options {
  /** Event counts of synthetic datasets, or `bundled` for the app's own dataset. */
  sizes: string[];
  domain: boolean;
  browser: boolean;
  build: boolean;
  /** Browser probes to run alone (`--only=load,import`): quick runs of one measure; empty: all. */
  only: string[];
}

/** The import probe's file: the budget is about this size. */
const IMPORT_SIZE = 100_000;

function parseOptions(argv: readonly string[]): Options {
  const flag = (name: string) => argv.includes(`--${name}`);
  const sizesArg = argv.find((a) => a.startsWith('--sizes='));
  return {
    sizes: sizesArg ? sizesArg.slice(8).split(',') : ['bundled', '1000', '10000', '100000'],
    domain: !flag('no-domain'),
    browser: !flag('no-browser'),
    build: !flag('no-build'),
    only:
      argv
        .find((a) => a.startsWith('--only='))
        ?.slice(7)
        .split(',') ?? [],
  };
}

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const loadAverage = loadavg();
  // The bundled dataset as it ships, and synthetic events over its real places (the gazetteer).
  const bundled = JSON.parse(
    readFileSync(resolve(ROOT, 'public/data/events.json'), 'utf8'),
  ) as Dataset;
  const datasets = new Map(
    options.sizes.map((size): [number, Dataset] =>
      size === 'bundled'
        ? [bundled.events.length, bundled]
        : [Number(size), syntheticDataset(Number(size), bundled.places)],
    ),
  );
  const bundledSize = options.sizes.includes('bundled') ? bundled.events.length : null;

  const domain: DomainResult[] = [];
  if (options.domain) {
    for (const [size, dataset] of datasets) {
      log(`domain, ${size.toLocaleString('en')} events…`);
      const result = benchDomain(dataset);
      log(`  app ${result.app.toFixed(2)} ms, naive ${result.naive.toFixed(2)} ms per change`);
      domain.push(result);
    }
  }

  let bundle: BundleSizes | null = null;
  const browser: BrowserResult[] = [];
  const imports: ImportResult[] = [];
  const loads: LoadResult[] = [];
  const runs = (probe: string) => options.only.length === 0 || options.only.includes(probe);
  if (options.browser) {
    if (options.build) {
      log(`building the app into ${OUT_DIR}…`);
      await build({
        configFile: resolve(ROOT, 'vite.config.ts'),
        root: ROOT,
        logLevel: 'warn',
        build: { outDir: OUT_DIR, emptyOutDir: true },
      });
    }
    bundle = bundleSizes(resolve(ROOT, OUT_DIR));
    const served = new Map([...datasets].map(([size, dataset]) => [size, JSON.stringify(dataset)]));
    // The import starts from the bundled dataset, as a reader's would.
    served.set(bundled.events.length, JSON.stringify(bundled));
    const server = await serveBench(resolve(ROOT, OUT_DIR), served);
    try {
      for (const size of datasets.keys()) {
        if (size !== IMPORT_SIZE || !runs('import')) continue;
        log(`browser, importing ${size.toLocaleString('en')} events…`);
        const result = await benchImport(
          server.origin,
          bundled.events.length,
          size,
          served.get(size) as string,
        );
        log(
          `  longest task ${result.longestTaskCpuMs.toFixed(1)} ms CPU (${result.longestTaskWallMs.toFixed(1)} ms wall), ${result.totalMs.toFixed(0)} ms in all`,
        );
        imports.push(result);
      }
      for (const size of datasets.keys()) {
        if (runs('playback') && options.only.length > 0) {
          log(`browser, playback at ${size.toLocaleString('en')} events…`);
          const p = await benchPlaybackAlone(server.origin, size);
          const regions = Object.entries(p.paint).map(([label, ms]) => `${label} ${ms.toFixed(1)}`);
          log(
            `  step p50 ${p.p50Ms.toFixed(1)} ms, p95 ${p.p95Ms.toFixed(1)} ms, CPU ${p.cpuMs.toFixed(1)} ms, longest task ${p.longestTask.toFixed(0)} ms; per region (p50) ${regions.join(', ')}`,
          );
          log(
            `  playing at 4×: ${p.playing.frames} frames, ${p.playingCpuMs.toFixed(1)} ms CPU a frame, ${p.playing.longTasks} tasks over 50 ms (longest ${p.playing.longestTask.toFixed(0)} ms)`,
          );
        }
        if (options.only.length > 0) {
          if (!runs('load')) continue;
          log(`browser, loading ${size.toLocaleString('en')} events…`);
          const loadMs = await benchLoad(server.origin, size);
          log(`  load to first full render ${loadMs.toFixed(0)} ms`);
          loads.push({ size, loadMs });
          continue;
        }
        log(`browser, ${size.toLocaleString('en')} events…`);
        const result = await benchBrowser(server.origin, size);
        log(
          `  filter → paint ${result.paintPage.toFixed(1)} ms, pan ${result.panMs.toFixed(1)} ms, zoom ${result.zoomMs.toFixed(1)} ms`,
        );
        browser.push(result);
        loads.push({ size, loadMs: result.loadMs });
      }
    } finally {
      await server.close();
    }
  }

  const results: Results = {
    generated: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      loadAverage: loadAverage.map((l) => Number(l.toFixed(2))),
      node: process.version,
      note: 'Domain times are CPU time of the bench process (robust to other load); browser times are wall-clock.',
    },
    bundledSize,
    rows: buildRows(domain, browser, loads, imports, bundle),
    targets: judgeTargets(domain, browser, loads, imports, bundle, bundledSize),
  };
  // A run of some probes alone is a quick look, not a record: the full run's results stay.
  if (options.only.length === 0)
    writeFileSync(resolve(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\n${markdownTable(results.rows, bundledSize)}\n\nTargets:\n${markdownTargets(results.targets)}\n`,
  );
  log(
    `${options.only.length === 0 ? 'wrote bench/results.json' : 'left bench/results.json as it was'} (load average at start ${results.machine.loadAverage.join(' ')})`,
  );
}

await main();
