// The results: rows of metric / size / value / baseline / ratio, the issue's targets judged, and the printed table.
import type { BrowserResult } from './browser-bench';
import type { BundleSizes } from './bundle-size';
import type { DomainResult } from './domain-bench';
import type { ImportResult } from './import-bench';

export interface Row {
  metric: string;
  /** Events in the dataset; null for size-independent rows (bundle). */
  size: number | null;
  value: number;
  unit: string;
  /** The naive baseline's value, or the same metric at 1,000 events where a target compares with it. */
  baseline: number | null;
  ratio: number | null;
}

/** The load alone: what the full browser run measures first, and `--only=load` measures by itself. */
export interface LoadResult {
  size: number;
  loadMs: number;
}

export interface Target {
  target: string;
  met: boolean;
  detail: string;
}

export interface Results {
  generated: string;
  machine: { cpus: number; loadAverage: number[]; node: string; note: string };
  /** The bundled dataset's event count, when it was one of the sizes (its rows carry that size). */
  bundledSize: number | null;
  rows: Row[];
  targets: Target[];
}

const LARGE = 100_000;
const MEDIUM = 10_000;
const SMALL = 1_000;

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

function row(
  metric: string,
  size: number | null,
  value: number,
  unit: string,
  baseline: number | null = null,
  ratio: number | null = null,
): Row {
  return {
    metric,
    size,
    value: round(value),
    unit,
    baseline: baseline === null ? null : round(baseline),
    ratio: ratio === null ? null : round(ratio),
  };
}

export function buildRows(
  domain: DomainResult[],
  browser: BrowserResult[],
  loads: LoadResult[],
  imports: ImportResult[],
  bundle: BundleSizes | null,
): Row[] {
  const rows: Row[] = [];
  for (const d of domain) {
    /** A time in ms of the app's engine at this size, against the naive baseline's. */
    const againstNaive = (metric: string, app: number, naive: number) =>
      row(metric, d.size, app, 'ms', naive, naive / app);
    rows.push(againstNaive('domain: filter + derive per change (CPU)', d.app, d.naive));
    rows.push(row('domain: + filtered events as an object array', d.size, d.list, 'ms'));
    rows.push(
      againstNaive(
        'domain: playback month step, filter + derive (CPU)',
        d.playbackApp,
        d.playbackNaive,
      ),
    );
    rows.push(row('domain: columns built once per dataset', d.size, d.columnsMs, 'ms'));
  }
  const small = browser.find((b) => b.size === SMALL);
  for (const b of browser) {
    /** A time in ms at this size, against the same time at the small size (its baseline and ratio). */
    const ms = (metric: string, value: number) => row(metric, b.size, value, 'ms');
    const againstSmall = (metric: string, value: number, smallValue: number | undefined) =>
      smallValue === undefined || b.size === SMALL
        ? ms(metric, value)
        : row(metric, b.size, value, 'ms', smallValue, value / Math.max(smallValue, 1));
    rows.push(
      againstSmall('browser: filter change → paint, whole page', b.paintPage, small?.paintPage),
    );
    for (const [label, value] of Object.entries(b.paint))
      rows.push(
        againstSmall(`browser: filter change → paint, ${label}`, value, small?.paint[label]),
      );
    rows.push(
      ms(`browser: filter change → paint, whole page, p95 of ${b.filterChanges}`, b.paintPageP95),
    );
    rows.push(ms('browser: click handler (sync render)', b.handlerMs));
    rows.push(ms('browser: click handler end → chip painted, p50', b.controlP50Ms));
    rows.push(ms('browser: click handler end → chip painted, p95', b.controlP95Ms));
    rows.push(
      againstSmall('browser: main-thread CPU per filter change', b.filterCpuMs, small?.filterCpuMs),
    );
    rows.push(againstSmall('browser: main-thread CPU per map move', b.mapCpuMs, small?.mapCpuMs));
    rows.push(row('browser: event rows in list DOM (max)', b.size, b.listRows, 'rows'));
    rows.push(row('browser: DOM elements', b.size, b.domNodes, 'nodes'));
    rows.push(
      row(
        'browser: chart series vertices (max path)',
        b.size,
        b.chartPathVertices,
        'points',
        b.chartWidth,
        b.chartPathVertices / Math.max(1, b.chartWidth),
      ),
    );
    rows.push(row('browser: chart event marks', b.size, b.chartMarks, 'marks'));
    rows.push(row('browser: timeline axis event marks', b.size, b.timelineMarks, 'marks'));
    rows.push(row('browser: map event marks', b.size, b.mapMarks, 'marks'));
    rows.push(ms('browser: map pan → redraw painted', b.panMs));
    rows.push(ms('browser: map zoom end → redraw painted', b.zoomMs));
    rows.push(ms(`browser: map move → redraw, p50 of ${b.mapMoves}`, b.moveP50Ms));
    rows.push(ms(`browser: map move → redraw, p95 of ${b.mapMoves}`, b.moveP95Ms));
    rows.push(ms('browser: map wheel → last paint (with animation)', b.zoomTotalMs));
    rows.push(ms('browser: longest task, filter changes', b.longestTaskFilter));
    rows.push(ms('browser: longest task, map pan/zoom', b.longestTaskMap));
    const p = b.playback;
    const sp = small?.playback;
    rows.push(
      againstSmall(`browser: playback month step → paint, p50 of ${p.steps}`, p.p50Ms, sp?.p50Ms),
    );
    rows.push(
      againstSmall(`browser: playback month step → paint, p95 of ${p.steps}`, p.p95Ms, sp?.p95Ms),
    );
    rows.push(againstSmall('browser: main-thread CPU per playback step', p.cpuMs, sp?.cpuMs));
    rows.push(ms('browser: longest task, playback steps', p.longestTask));
    rows.push(
      ms(
        `browser: playing at 4×, ms per frame (250 planned, ${p.playing.frames} frames)`,
        p.playing.elapsedMs / Math.max(1, p.playing.frames),
      ),
    );
    rows.push(
      againstSmall(
        'browser: main-thread CPU per frame playing at 4×',
        p.playingCpuMs,
        sp?.playingCpuMs,
      ),
    );
    rows.push(
      ms(
        `browser: longest task playing at 4× (${p.playing.longTasks} over 50 ms)`,
        p.playing.longestTask,
      ),
    );
    rows.push(row('browser: JS heap after GC', b.size, b.heapMb, 'MB'));
  }
  for (const l of loads)
    rows.push(row('browser: load to first full render', l.size, l.loadMs, 'ms'));
  for (const i of imports) {
    rows.push(row('browser: import, file chosen → views show it', i.size, i.totalMs, 'ms'));
    rows.push(
      row('browser: import, longest main-thread task (CPU)', i.size, i.longestTaskCpuMs, 'ms'),
    );
    rows.push(row('browser: import, that task (wall)', i.size, i.longestTaskWallMs, 'ms'));
    rows.push(row('browser: import, tasks over 100 ms (CPU)', i.size, i.tasksOver100, 'tasks'));
  }
  if (bundle) {
    rows.push(row('bundle: first-screen JS (gzip)', null, bundle.firstScreenJs / 1024, 'KB'));
    rows.push(row('bundle: first-screen CSS (gzip)', null, bundle.firstScreenCss / 1024, 'KB'));
    rows.push(row('bundle: all JS (gzip)', null, bundle.allJs / 1024, 'KB'));
  }
  return rows;
}

const fmt = (n: number) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);

export function judgeTargets(
  domain: DomainResult[],
  browser: BrowserResult[],
  loads: LoadResult[],
  imports: ImportResult[],
  bundle: BundleSizes | null,
  bundledSize: number | null,
): Target[] {
  const targets: Target[] = [];
  const sized = (size: number | null) =>
    size === null ? undefined : browser.find((b) => b.size === size);
  const name = (size: number) =>
    size === bundledSize ? `bundled (${size})` : size.toLocaleString('en');
  /** The results of the sizes measured, each with its limit. */
  const limited = (limits: [number | null, number][]) =>
    limits.flatMap(([size, limit]) => {
      const b = sized(size);
      return b ? [{ b, limit }] : [];
    });
  /** A target judged at each size measured, when any was: met at all of them, each size's figures. */
  const atEachSize = <T>(
    target: string,
    results: readonly T[],
    met: (result: T) => boolean,
    detail: (result: T) => string,
  ) => {
    if (results.length)
      targets.push({ target, met: results.every(met), detail: results.map(detail).join('; ') });
  };
  const repaint = limited([
    [bundledSize, 50],
    [LARGE, 100],
  ]);
  atEachSize(
    'chip click → every view repainted (p50 and p95 of ≥ 20 clicks): ≤ 50 ms at the bundled dataset, ≤ 100 ms at 100k',
    repaint,
    ({ b, limit }) => b.filterChanges >= 20 && b.paintPage <= limit && b.paintPageP95 <= limit,
    ({ b }) =>
      `${name(b.size)}: p50 ${fmt(b.paintPage)} ms, p95 ${fmt(b.paintPageP95)} ms of ${b.filterChanges}`,
  );
  atEachSize(
    "the clicked chip shows its new state in the next frame (≤ 16 ms after the click's handler, p95)",
    browser,
    (b) => b.controlP95Ms <= 16,
    (b) =>
      `${name(b.size)}: p50 ${fmt(b.controlP50Ms)} ms, p95 ${fmt(b.controlP95Ms)} ms (handler ${fmt(b.handlerMs)} ms)`,
  );
  atEachSize(
    'no main-thread task over 50 ms during filter changes at the bundled dataset and at 10k',
    [sized(bundledSize), sized(MEDIUM)].flatMap((b) => (b ? [b] : [])),
    (b) => b.longestTaskFilter <= 50,
    (b) => `${name(b.size)}: longest ${fmt(b.longestTaskFilter)} ms`,
  );
  const loadLimits = new Map([
    [MEDIUM, 2000],
    [LARGE, 4000],
  ]);
  atEachSize(
    'load to first full render: ≤ 2 s at 10k, ≤ 4 s at 100k',
    loads.flatMap((l) => {
      const limit = loadLimits.get(l.size);
      return limit === undefined ? [] : [{ l, limit }];
    }),
    ({ l, limit }) => l.loadMs <= limit,
    ({ l }) => `${name(l.size)}: ${fmt(l.loadMs)} ms`,
  );
  const imported = imports.find((i) => i.size === LARGE);
  if (imported)
    targets.push({
      target: 'import 100k: longest task ≤ 100 ms (main thread, CPU, file chosen → views show it)',
      met: imported.longestTaskCpuMs <= 100,
      detail: `longest ${fmt(imported.longestTaskCpuMs)} ms CPU (${fmt(imported.longestTaskWallMs)} ms wall), ${imported.tasksOver100} over 100 ms; ${fmt(imported.totalMs)} ms in all`,
    });
  const d = domain.find((r) => r.size === LARGE);
  if (d)
    targets.push({
      target: 'filter + derive at 100k: ≥ 20x faster than naive and ≤ 2 ms',
      met: d.naive / d.app >= 20 && d.app <= 2,
      detail: `${fmt(d.app)} ms vs naive ${fmt(d.naive)} ms (${fmt(d.naive / d.app)}x)`,
    });
  const big = browser.find((b) => b.size === LARGE);
  const small = browser.find((b) => b.size === SMALL);
  if (big) {
    const parts = Object.entries(big.paint).map(([label, value]) => {
      const base = small?.paint[label];
      const ok = value <= 100 && (base === undefined || value <= 2 * Math.max(base, 1));
      return {
        ok,
        text: `${label} ${fmt(value)} ms${base === undefined ? '' : ` (${fmt(value / Math.max(base, 1))}x of 1k)`}`,
      };
    });
    targets.push({
      target: 'filter change → paint at 100k: ≤ 100 ms every view, ≤ 2x its 1k time',
      met: parts.length > 0 && parts.every((p) => p.ok),
      detail: parts.map((p) => p.text).join('; '),
    });
  }
  if (browser.length) {
    const worst = browser.reduce((a, b) =>
      b.chartPathVertices / Math.max(1, b.chartWidth) >
      a.chartPathVertices / Math.max(1, a.chartWidth)
        ? b
        : a,
    );
    targets.push({
      target: 'chart: at most one point per horizontal pixel at every size',
      met: browser.every(
        (b) => b.chartPathVertices <= b.chartWidth && b.chartMarks <= b.chartWidth,
      ),
      detail:
        browser
          .map(
            (b) =>
              `${b.size}: ${b.chartPathVertices} vertices, ${b.chartMarks} marks / ${b.chartWidth} px`,
          )
          .join('; ') + ` (worst ${worst.size})`,
    });
  }
  atEachSize(
    'list: at most 60 event rows in the DOM at any size',
    browser,
    (b) => b.listRows <= 60,
    (b) => `${b.size}: ${b.listRows}`,
  );
  if (big)
    targets.push({
      target: 'map at 100k: pan or zoom redraws ≤ 50 ms (p95 of ≥ 20 moves), no task > 50 ms',
      met: big.mapMoves >= 20 && big.moveP95Ms <= 50 && big.longestTaskMap <= 50,
      detail: `${big.mapMoves} moves: p50 ${fmt(big.moveP50Ms)} ms, p95 ${fmt(big.moveP95Ms)} ms (pan median ${fmt(big.panMs)} ms, zoom median ${fmt(big.zoomMs)} ms), longest task ${fmt(big.longestTaskMap)} ms`,
    });
  // Issue 17: each frame of playback within the engine's budget, the two targets above for chips.
  atEachSize(
    'playback month step → every view repainted (p50 and p95 of ≥ 20 steps): ≤ 50 ms at the bundled dataset, ≤ 100 ms at 100k',
    repaint,
    ({ b: { playback: p }, limit }) => p.steps >= 20 && p.p50Ms <= limit && p.p95Ms <= limit,
    ({ b: { size, playback: p } }) =>
      `${name(size)}: p50 ${fmt(p.p50Ms)} ms, p95 ${fmt(p.p95Ms)} ms of ${p.steps}`,
  );
  atEachSize(
    'no main-thread task over 50 ms while stepping or playing at the bundled dataset and at 10k',
    [sized(bundledSize), sized(MEDIUM)].flatMap((b) => (b ? [b] : [])),
    ({ playback: p }) => p.longestTask <= 50 && p.playing.longestTask <= 50,
    ({ size, playback: p }) =>
      `${name(size)}: stepping ${fmt(p.longestTask)} ms, playing at 4× ${fmt(p.playing.longestTask)} ms`,
  );
  // Stricter than the engine's budget: 50 ms at every size, 10k and 100k included.
  atEachSize(
    'playback at every size: a month step paints ≤ 50 ms (p95 of ≥ 20 steps), no task > 50 ms while playing',
    browser,
    ({ playback: p }) =>
      p.steps >= 20 && p.p95Ms <= 50 && p.longestTask <= 50 && p.playing.longestTask <= 50,
    ({ size, playback: p }) =>
      `${size}: ${p.steps} steps p50 ${fmt(p.p50Ms)} ms, p95 ${fmt(p.p95Ms)} ms, longest task ${fmt(p.longestTask)} ms; playing at 4×: ${fmt(p.playing.elapsedMs / Math.max(1, p.playing.frames))} ms a frame, longest task ${fmt(p.playing.longestTask)} ms (${p.playing.longTasks} over 50 ms)`,
  );
  if (bundle)
    targets.push({
      target: 'first-screen JavaScript ≤ 200 KB gzipped',
      met: bundle.firstScreenJs <= 200 * 1024,
      detail: `${fmt(bundle.firstScreenJs / 1024)} KB (all JS ${fmt(bundle.allJs / 1024)} KB)`,
    });
  return targets;
}

/** The table as Markdown, so the same text prints in the terminal and goes into the README. */
export function markdownTable(rows: readonly Row[], bundledSize: number | null): string {
  const lines = [
    '| metric | size | value | baseline | ratio |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.metric} | ${r.size === null ? '' : r.size === bundledSize ? `bundled (${r.size})` : r.size.toLocaleString('en')} | ${fmt(r.value)} ${r.unit} | ${r.baseline === null ? '' : fmt(r.baseline)} | ${r.ratio === null ? '' : `${fmt(r.ratio)}x`} |`,
    );
  return lines.join('\n');
}

export function markdownTargets(targets: readonly Target[]): string {
  return targets.map((t) => `- ${t.met ? 'MET' : 'NOT MET'}: ${t.target}: ${t.detail}`).join('\n');
}
