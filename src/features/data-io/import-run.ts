// One import from file to checked dataset, as posted messages: runs in the import worker (or in place where there is none).
import { isolateBidiDeep } from '@/data/bidi';
import type { Gazetteer } from '@/data/csv-import';
import type { AtlasEvent, Dataset } from '@/data/schema';
import { dateOrder } from '@/domain/dataset-index';
import { parseImport, type ImportTexts } from './import-file';

export interface ImportRequest {
  file: Blob;
  /** The file's name, which tells JSON from CSV (a Blob sent to a worker loses any name it was given). */
  fileName: string;
  /** The places and sources a CSV may name (the bundled ones, exactly as their file has them). */
  gazetteer: Gazetteer;
  texts: ImportTexts;
}

/** Reading and checking happen in the worker; indexing on the page, in slices between frames. */
export type ImportPhase = 'reading' | 'checking' | 'indexing';

export type ImportMessage =
  | { type: 'progress'; phase: ImportPhase; loaded: number; total: number }
  /**
   * A slice of events as the file has them, and the display copies of those that needed a bidi
   * fence, as JSON text: the page parses JSON several times faster than it decodes a cloned object
   * graph (a string crosses as one copy).
   */
  | { type: 'events'; json: string }
  | {
      type: 'done';
      rest: Omit<Dataset, 'events'>;
      shownRest: Omit<Dataset, 'events'>;
      /** The events' date order (see dateOrder): sorting here spares the page its longest step. */
      order: Uint32Array;
    }
  | { type: 'failed'; errors: string[] };

export interface EventSlice {
  events: AtlasEvent[];
  /** [position in the slice, display copy] for each event whose text holds a bidi control. */
  fenced: [number, AtlasEvent][];
}

/**
 * The events go over in slices: the page decodes each message in one task, and a single message
 * of 100,000 events would stall it for seconds; 500 take a few milliseconds.
 */
const EVENTS_PER_MESSAGE = 500;
/** Progress at most every this many bytes: often enough for the bar, not a message per chunk. */
const PROGRESS_STEP = 1 << 20;

/** The file's text, reporting bytes read; a Blob without streams (jsdom) is read in one go. */
async function readText(file: Blob, onProgress: (loaded: number) => void): Promise<string> {
  if (typeof file.stream !== 'function') return file.text();
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    loaded += value.byteLength;
    if (loaded - reported >= PROGRESS_STEP) {
      reported = loaded;
      onProgress(loaded);
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export async function runImport(
  { file, fileName, gazetteer, texts }: ImportRequest,
  post: (message: ImportMessage, transfer?: Transferable[]) => void,
): Promise<void> {
  const total = file.size;
  let text: string;
  try {
    text = await readText(file, (loaded) =>
      post({ type: 'progress', phase: 'reading', loaded, total }),
    );
  } catch {
    post({ type: 'failed', errors: [texts.unreadable] });
    return;
  }
  post({ type: 'progress', phase: 'checking', loaded: total, total });
  const result = parseImport(fileName, text, gazetteer, texts);
  if (!result.ok) {
    post({ type: 'failed', errors: result.errors });
    return;
  }
  const { events, ...rest } = result.dataset;
  // The page shows text with bidi controls fenced; fencing here leaves the page only the copying.
  for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE) {
    const slice = events.slice(i, i + EVENTS_PER_MESSAGE);
    const fenced = slice.flatMap((event, j): [number, AtlasEvent][] => {
      const shown = isolateBidiDeep(event);
      return shown === event ? [] : [[j, shown]];
    });
    post({ type: 'events', json: JSON.stringify({ events: slice, fenced } satisfies EventSlice) });
  }
  const order = dateOrder(events);
  post({ type: 'done', rest, shownRest: isolateBidiDeep(rest), order }, [order.buffer]);
}
