// Starts an import in a worker and gathers its messages into the dataset the views show; cancellable.
import { rememberExact } from '@/data/bidi';
import type { AtlasEvent } from '@/data/schema';
import type { DatasetIndex } from '@/domain/dataset-index';
import { preparedIndexSteps } from '@/domain/fused-derive';
import { SLICE_MS, type Steps } from '@/domain/steps';
import {
  runImport,
  type EventSlice,
  type ImportMessage,
  type ImportPhase,
  type ImportRequest,
} from './import-run';

export interface ImportProgress {
  phase: ImportPhase;
  loaded: number;
  total: number;
}

type ImportOutcome =
  /** The dataset comes indexed, so the views' first render does not build the index in one task. */
  | { status: 'done'; index: DatasetIndex }
  | { status: 'failed'; errors: string[] }
  | { status: 'cancelled' };

interface ImportJob {
  outcome: Promise<ImportOutcome>;
  /** Stops the work at once; the outcome is then `cancelled` and nothing is kept. */
  cancel: () => void;
}

/**
 * Runs stepped work in slices of about SLICE_MS with a macrotask between them; null when
 * `stopped` turns true at a slice's end (the work is abandoned).
 */
async function runInSlices<T>(
  steps: Steps<T>,
  stopped: () => boolean,
  onProgress: (share: number) => void,
): Promise<T | null> {
  for (;;) {
    const start = performance.now();
    let next = steps.next();
    while (!next.done && performance.now() - start < SLICE_MS) next = steps.next();
    if (next.done) return next.value;
    onProgress(next.value);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (stopped()) return null;
  }
}

/**
 * Files smaller than this are checked in place: starting the worker (fetching and compiling its
 * module) takes longer than checking them, and the bundled dataset (some 240 KB) must show fast.
 */
const IN_PLACE_BYTES = 1 << 20;

/** In a worker where the page can start one; jsdom cannot, so unit tests run the same steps in place. */
function startRunner(
  request: ImportRequest,
  receive: (m: ImportMessage) => void,
  fail: () => void,
) {
  if (typeof Worker !== 'function' || request.file.size < IN_PLACE_BYTES) {
    let stopped = false;
    void runImport(request, (message) => {
      if (!stopped) receive(message);
    });
    return () => {
      stopped = true;
    };
  }
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ImportMessage>) => receive(event.data);
  worker.onerror = fail;
  worker.postMessage(request);
  return () => {
    // Unhooked as well as stopped: a worker object outlives terminate() for a while, and its
    // handler would keep every event received so far in memory.
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
  };
}

export function startImport(
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
  workerFailed: string,
): ImportJob {
  const exact: AtlasEvent[] = [];
  // The views' copy: the same objects but for the few the worker fenced.
  const shown: AtlasEvent[] = [];
  let settle: (outcome: ImportOutcome) => void = () => {};
  const outcome = new Promise<ImportOutcome>((resolve) => {
    settle = resolve;
  });
  let finished = false;
  const finish = (result: ImportOutcome) => {
    if (finished) return;
    finished = true;
    stop();
    settle(result);
  };
  const receive = (message: ImportMessage) => {
    if (finished) return;
    switch (message.type) {
      case 'progress':
        onProgress(message);
        return;
      case 'events': {
        const slice = JSON.parse(message.json) as EventSlice;
        const offset = shown.length;
        for (const event of slice.events) {
          exact.push(event);
          shown.push(event);
        }
        for (const [j, event] of slice.fenced) shown[offset + j] = event;
        return;
      }
      case 'failed':
        finish({ status: 'failed', errors: message.errors });
        return;
      case 'done': {
        // The worker has nothing more to send; the index is built here, where the views need it.
        stop();
        const dataset = rememberExact(
          { ...message.shownRest, events: shown },
          { ...message.rest, events: exact },
        );
        const total = shown.length;
        void runInSlices(
          preparedIndexSteps(dataset, message.order),
          () => finished,
          (share) => onProgress({ phase: 'indexing', loaded: Math.round(share * total), total }),
        ).then((index) => {
          if (index) finish({ status: 'done', index });
        });
      }
    }
  };
  const stop = startRunner(request, receive, () =>
    finish({ status: 'failed', errors: [workerFailed] }),
  );
  return { outcome, cancel: () => finish({ status: 'cancelled' }) };
}
