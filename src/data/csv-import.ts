// A CSV of events checked with every rule of the dataset validator, its problems named by line and column.
import { csvToRawEvents } from './csv-codec';
import { datasetSchema, type Place, type Source } from './schema';
import { validateDataset, type ValidationResult } from './validate';

/** As many problems as a reader will fix in one go; the validator caps its own list the same way. */
const MAX_ERRORS = 20;

const EVENT_PATH_RE = /^events\[(\d+)\](?:\.([A-Za-z_]+))?(?:\[\d+\])?(?:\.([A-Za-z_]+))?: (.*)$/s;

/** The CSV column a dataset path inside an event belongs to (`counts.transferred` -> `transferred`). */
function columnOf(field: string | undefined, sub: string | undefined): string | undefined {
  if (field === 'counts') return sub;
  return field;
}

/** Rewrites `events[5].date: …` as `line 7, column date: …`, using the line each record starts on. */
export function csvErrorFor(error: string, lines: readonly number[]): string {
  const m = EVENT_PATH_RE.exec(error);
  if (!m) return error;
  const line = lines[Number(m[1])];
  if (line === undefined) return error;
  const column = columnOf(m[2], m[3]);
  // "used twice (first at events[1])" names the other record: by its line too.
  const message = (m[4] ?? '').replace(/events\[(\d+)\]/g, (ref, i: string) => {
    const other = lines[Number(i)];
    return other === undefined ? ref : `line ${other}`;
  });
  return column ? `line ${line}, column ${column}: ${message}` : `line ${line}: ${message}`;
}

/** The places and sources a CSV may refer to (it cannot describe its own). */
export interface Gazetteer {
  places: readonly Place[];
  sources: readonly Source[];
}

const EVENT_INDEX_RE = /events\[(\d+)\]/g;

/**
 * The validator checks references only once every record has the right shape. A CSV reader wants
 * every row's problems at once, so rows with shape problems are set aside and the others checked
 * again for references, quotes and repeated ids. Errors keep `events[i]` paths of the full list.
 */
function validatedRows(
  events: readonly Record<string, unknown>[],
  gazetteer: Gazetteer,
  version: string,
): ValidationResult {
  const raw = (list: readonly unknown[]) => ({
    version,
    sources: [...gazetteer.sources],
    places: [...gazetteer.places],
    events: list,
  });
  const first = validateDataset(raw(events));
  if (first.ok || datasetSchema.safeParse(raw(events)).success) return first;
  const misshapen = new Set(
    first.errors.flatMap((error) => [...error.matchAll(EVENT_INDEX_RE)].map((m) => Number(m[1]))),
  );
  const kept = events.flatMap((event, i) => (misshapen.has(i) ? [] : [{ event, i }]));
  // A capped list may not name every misshapen row; the second pass would repeat the shape errors.
  if (!kept.length || first.errors.some((e) => e.startsWith('…'))) return first;
  const second = validateDataset(raw(kept.map((k) => k.event)));
  if (second.ok) return first;
  const renumbered = second.errors.map((error) =>
    error.replace(EVENT_INDEX_RE, (ref, j: string) => {
      const original = kept[Number(j)];
      return original ? `events[${original.i}]` : ref;
    }),
  );
  return { ok: false, errors: [...first.errors, ...renumbered] };
}

/**
 * Reads a CSV of events against a gazetteer and checks it with every rule of the dataset
 * validator. The dataset keeps only the places and sources its events refer to.
 */
export function parseEventsCsv(
  text: string,
  gazetteer: Gazetteer,
  version: string,
): ValidationResult {
  const read = csvToRawEvents(text);
  if (!read.ok) return read;
  const result = validatedRows(read.events, gazetteer, version);
  // A cell that could not be read is reported once, not again by the rule its absence breaks.
  const unreadable = new Set(read.cellErrors.map((e) => `${e.line}:${e.column}`));
  const located = [
    ...read.cellErrors.map((e) => ({
      line: e.line,
      text: `line ${e.line}, column ${e.column}: ${e.message}`,
    })),
    ...(result.ok ? [] : result.errors).flatMap((error) => {
      const text = csvErrorFor(error, read.lines);
      const m = /^line (\d+)(?:, column (\w+))?/.exec(text);
      if (m && unreadable.has(`${m[1]}:${m[2] ?? ''}`)) return [];
      return [{ line: m ? Number(m[1]) : Number.POSITIVE_INFINITY, text }];
    }),
  ];
  if (!located.length && result.ok) {
    const { dataset } = result;
    const placeIds = new Set(dataset.events.flatMap((e) => [e.place, e.from, e.to]));
    const sourceIds = new Set(dataset.events.flatMap((e) => e.sources.map((c) => c.source)));
    return {
      ok: true,
      dataset: {
        ...dataset,
        places: dataset.places.filter((p) => placeIds.has(p.id)),
        sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
      },
    };
  }
  // Stable sort: the problems of one line keep the validator's order.
  const errors = located.sort((a, b) => a.line - b.line).map((e) => e.text);
  return {
    ok: false,
    errors:
      errors.length > MAX_ERRORS
        ? [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more problems`]
        : errors,
  };
}
