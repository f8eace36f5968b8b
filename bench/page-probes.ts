// Functions the browser bench runs inside the page: each is serialised by Playwright, so each stands alone.

/** Set up before the app loads: long tasks and input times, kept on window for the bench to read. */
export function installProbes(): void {
  // When the next frame is painted: requestAnimationFrame runs before its paint, a message posted
  // from there after it. Kept here for the probes below, which cannot share this module's helpers.
  const afterPaint = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  const probe = {
    longTasks: [] as { start: number; duration: number }[],
    inputs: {} as Record<string, number>,
    afterPaint,
  };
  Object.assign(window, { __bench: probe });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Each input also records the paint after it: a move that changes no DOM still costs a frame.
  for (const type of ['pointerdown', 'pointerup', 'wheel'])
    window.addEventListener(
      type,
      () => {
        probe.inputs[type] = performance.now();
        void afterPaint().then((t) => (probe.inputs[`${type}Paint`] = t));
      },
      { capture: true, passive: true },
    );
}

export interface ChangeTiming {
  /** Per region label: ms from the change to the paint after the region's last mutation (null: unchanged). */
  regions: Record<string, number | null>;
  /** The same for the whole page, header included. */
  page: number | null;
  /** The page's time counted from the input even when fromZoomEnd is set (animation included). */
  pageSinceInput: number | null;
  /** ms the click handler itself took (React renders synchronously in a discrete event). */
  handler: number;
  /** ms from the end of the click handler to the paint of the clicked control's first change (null: none). */
  control: number | null;
  /** Longest task (>= 50 ms, as Chromium reports them) that started after the change; 0 if none. */
  longestTask: number;
}

export interface ChangeRequest {
  /** What to do: click the element matching `selector`, or wait for an input made from outside. */
  action: { click: string } | { input: 'pointerup' | 'wheel' };
  regions: string[];
  quietMs: number;
  maxMs: number;
  /**
   * For map moves: measure from the end of Leaflet's zoom animation (the map pane loses the
   * leaflet-zoom-anim class, which is when moveend fires) instead of from the input.
   */
  fromZoomEnd?: boolean;
}

interface ChangeWatch {
  request: ChangeRequest;
  start: number | null;
  handler: number;
  /** When the frame holding the clicked control's first change was painted. */
  controlPainted: number | null;
  inputBefore: number;
  lastMutation: Map<string, number>;
  painted: Map<string, number>;
  lastAny: number;
  zoomEnd: number | null;
  observers: MutationObserver[];
  labels: string[];
}

interface BenchWindow {
  __bench: {
    longTasks: { start: number; duration: number }[];
    inputs: Record<string, number>;
    afterPaint: () => Promise<number>;
  };
  __benchChange?: ChangeWatch;
}

/**
 * Starts watching every region, then makes the change (a click) or returns so the bench can send
 * the input. Each mutation schedules a probe (requestAnimationFrame, then a message, which runs
 * after that frame is painted); a region's time is the probe after its last mutation.
 */
export function beginChange(request: ChangeRequest): void {
  const win = window as unknown as BenchWindow;
  const { afterPaint } = win.__bench;
  const targets: [string, Element][] = [['page', document.body]];
  for (const label of request.regions) {
    const el = document.querySelector(`section[aria-label="${label}"]`);
    if (el) targets.push([label, el]);
  }
  const kind = 'input' in request.action ? request.action.input : null;
  const watch: ChangeWatch = {
    request,
    start: null,
    handler: 0,
    controlPainted: null,
    inputBefore: kind ? (win.__bench.inputs[kind] ?? -Infinity) : -Infinity,
    lastMutation: new Map(),
    painted: new Map(),
    lastAny: performance.now(),
    zoomEnd: null,
    observers: [],
    labels: targets.map(([label]) => label),
  };
  win.__benchChange = watch;
  watch.observers = targets.map(([label, el]) => {
    const observer = new MutationObserver((records) => {
      const now = performance.now();
      watch.lastAny = now;
      watch.lastMutation.set(label, now);
      if (label === 'page' && request.fromZoomEnd) {
        for (const r of records) {
          const target = r.target as Element;
          if (
            r.attributeName === 'class' &&
            target.classList.contains('leaflet-map-pane') &&
            !target.classList.contains('leaflet-zoom-anim') &&
            (r.oldValue ?? '').includes('leaflet-zoom-anim')
          )
            watch.zoomEnd = now;
        }
      }
      void afterPaint().then((t) => {
        if (watch.lastMutation.get(label) === now) watch.painted.set(label, t);
      });
    });
    observer.observe(el, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
      // Only to see the zoom animation end: old values are copies, and a map mark's ids at 100,000
      // events run to hundreds of KB, copied for every change the probe sees.
      attributeOldValue: label === 'page' && request.fromZoomEnd === true,
    });
    return observer;
  });
  if ('click' in request.action) {
    const button = document.querySelector<HTMLElement>(request.action.click);
    if (!button) throw new Error(`Nothing matches ${request.action.click}`);
    const control = new MutationObserver(() => {
      control.disconnect();
      void afterPaint().then((t) => (watch.controlPainted = t));
    });
    control.observe(button, { subtree: true, attributes: true, characterData: true });
    watch.observers.push(control);
    watch.start = performance.now();
    button.click();
    watch.handler = performance.now() - watch.start;
  }
}

/** Waits until the page has been quiet for quietMs after the change, then reports the paint times. */
export async function endChange(): Promise<ChangeTiming> {
  const win = window as unknown as BenchWindow;
  const watch = win.__benchChange;
  if (!watch) throw new Error('endChange without beginChange');
  const { request } = watch;
  const { afterPaint } = win.__bench;
  if (watch.start === null && 'input' in request.action) {
    const kind = request.action.input;
    const giveUp = performance.now() + request.maxMs;
    while (
      (win.__bench.inputs[kind] ?? -Infinity) <= watch.inputBefore &&
      performance.now() < giveUp
    )
      await new Promise((r) => setTimeout(r, 5));
    watch.start = win.__bench.inputs[kind] ?? performance.now();
  }
  const start = watch.start ?? performance.now();
  const deadline = performance.now() + request.maxMs;
  while (performance.now() - watch.lastAny < request.quietMs && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 25));
  // Let the last probes land.
  await afterPaint();
  await afterPaint();
  for (const observer of watch.observers) observer.disconnect();
  delete win.__benchChange;

  const origin = request.fromZoomEnd && watch.zoomEnd !== null ? watch.zoomEnd : start;
  const inputPaint =
    'input' in request.action ? win.__bench.inputs[`${request.action.input}Paint`] : undefined;
  const regions: Record<string, number | null> = {};
  for (const label of watch.labels) {
    const mutated = watch.painted.get(label);
    const t = mutated === undefined || mutated < start ? inputPaint : mutated;
    regions[label] = t === undefined || t < start ? null : Math.max(0, t - origin);
  }
  const { page: pageTime, ...rest } = regions;
  const pagePainted = watch.painted.get('page');
  const longestTask = win.__bench.longTasks
    .filter((task) => task.start + task.duration >= start)
    .reduce((max, task) => Math.max(max, task.duration), 0);
  return {
    regions: rest,
    page: pageTime ?? null,
    pageSinceInput: pagePainted === undefined ? null : pagePainted - start,
    handler: watch.handler,
    control: watch.controlPainted === null ? null : watch.controlPainted - start - watch.handler,
    longestTask,
  };
}

/** Waits until the page has been quiet (no DOM mutation) for quietMs; returns ms since navigation start. */
export async function settle({
  quietMs,
  maxMs,
}: {
  quietMs: number;
  maxMs: number;
}): Promise<number> {
  let last = performance.now();
  const observer = new MutationObserver(() => (last = performance.now()));
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  const deadline = performance.now() + maxMs;
  while (performance.now() - last < quietMs && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return last;
}

export interface ViewCounts {
  listRows: number;
  domNodes: number;
  /** Elements standing for events in the chart (dots), and the most vertices of one series path. */
  chartMarks: number;
  chartPathVertices: number;
  chartWidth: number;
  mapMarks: number;
  timelineMarks: number;
}

/** What each view keeps in the DOM right now. */
export function countViews(): ViewCounts {
  const region = (label: string) => document.querySelector(`section[aria-label="${label}"]`);
  const timeline = region('Timeline');
  const chart = region('Cumulative transfers');
  const map = region('Map');
  // A point is a distinct x position on a series line (a step draws two vertices per point).
  let vertices = 0;
  const curves = chart?.querySelectorAll('.chart-band-edge');
  const paths = curves?.length ? curves : (chart?.querySelectorAll('path') ?? []);
  for (const path of paths) {
    const numbers = (path.getAttribute('d') ?? '').match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? [];
    const xs = new Set<number>();
    for (let k = 0; k + 1 < numbers.length; k += 2) xs.add(Math.round(Number(numbers[k]) * 100));
    vertices = Math.max(vertices, xs.size);
  }
  const surface = chart?.querySelector('svg.chart-surface') ?? chart?.querySelector('svg');
  return {
    listRows: timeline?.querySelectorAll('[role=option]').length ?? 0,
    domNodes: document.getElementsByTagName('*').length,
    chartMarks: chart?.querySelectorAll('[data-event-id]').length ?? 0,
    chartPathVertices: vertices,
    chartWidth: surface ? Math.round(surface.getBoundingClientRect().width) : 0,
    mapMarks: map?.querySelectorAll('[data-event-id]').length ?? 0,
    timelineMarks:
      (timeline?.querySelectorAll('[data-event-id]').length ?? 0) -
      (timeline?.querySelectorAll('[role=option]').length ?? 0),
  };
}

/** Scrolls the event list by a fraction of its height and waits for the paint; returns the rows then in the DOM. */
export async function scrollList(fraction: number): Promise<number> {
  const list = document.querySelector<HTMLElement>('section[aria-label="Timeline"] [role=listbox]');
  if (!list) return 0;
  list.scrollTop = (list.scrollHeight - list.clientHeight) * fraction;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await new Promise((r) => setTimeout(r, 100));
  return list.querySelectorAll('[role=option]').length;
}

export interface RunTiming {
  /** Frames shown: changes of the playback position's text. */
  frames: number;
  elapsedMs: number;
  /** Longest task (>= 50 ms) and how many there were, from the start of the run. */
  longestTask: number;
  longTasks: number;
}

interface RunWatch {
  start: number;
  frames: number;
  observer: MutationObserver;
}

/** Starts counting playback frames (the position text "Up to …" changes once per frame). */
export function beginRun(selector: string): void {
  const position = document.querySelector(selector);
  if (!position) throw new Error(`Nothing matches ${selector}`);
  const watch: RunWatch = {
    start: performance.now(),
    frames: 0,
    observer: new MutationObserver(() => (watch.frames += 1)),
  };
  watch.observer.observe(position, { subtree: true, childList: true, characterData: true });
  Object.assign(window, { __benchRun: watch });
}

/** Stops counting; the run's frames, length and long tasks. */
export function endRun(): RunTiming {
  const win = window as unknown as BenchWindow & { __benchRun?: RunWatch };
  const watch = win.__benchRun;
  if (!watch) throw new Error('endRun without beginRun');
  watch.observer.disconnect();
  delete win.__benchRun;
  const tasks = win.__bench.longTasks.filter((task) => task.start + task.duration >= watch.start);
  return {
    frames: watch.frames,
    elapsedMs: performance.now() - watch.start,
    longestTask: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
    longTasks: tasks.length,
  };
}
