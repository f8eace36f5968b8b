// Starts an import in a worker and gathers its messages into the dataset the views show; cancellable.
import { rememberExact } from '@/data/bidi';
import type { AtlasEvent, Dataset } from '@/data/schema';
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

export type ImportOutcome =
  | { status: 'done'; dataset: Dataset }
  | { status: 'failed'; errors: string[] }
  | { status: 'cancelled' };

export interface ImportJob {
  outcome: Promise<ImportOutcome>;
  /** Stops the work at once; the outcome is then `cancelled` and nothing is kept. */
  cancel: () => void;
}

/** Where the page can start workers; jsdom cannot, so unit tests run the same steps in place. */
function startRunner(
  request: ImportRequest,
  receive: (m: ImportMessage) => void,
  fail: () => void,
) {
  if (typeof Worker !== 'function') {
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
        const dataset = rememberExact(
          { ...message.shownRest, events: shown },
          { ...message.rest, events: exact },
        );
        finish({ status: 'done', dataset });
      }
    }
  };
  const stop = startRunner(request, receive, () =>
    finish({ status: 'failed', errors: [workerFailed] }),
  );
  return { outcome, cancel: () => finish({ status: 'cancelled' }) };
}
