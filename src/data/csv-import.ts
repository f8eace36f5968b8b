// A CSV of events checked with every rule of the dataset validator, its problems named by line and column.
import { csvToRawEvents } from './csv-codec';
import { datasetSchema, type Place, type Source } from './schema';
import {
  capped,
  datasetIssues,
  formatIssue,
  formatPath,
  type IssuesResult,
  type ValidationIssue,
  type ValidationResult,
} from './validate';

/** The CSV column a dataset path inside an event belongs to (`counts.transferred` -> `transferred`). */
function columnOf(path: readonly PropertyKey[]): string | undefined {
  const [, , field, sub] = path;
  if (field === 'counts' && typeof sub === 'string') return sub;
  return typeof field === 'string' ? field : undefined;
}

/** The index of the event a path is inside, if it is inside one. */
function eventIndex(path: readonly PropertyKey[]): number | undefined {
  return path[0] === 'events' && typeof path[1] === 'number' ? path[1] : undefined;
}

/**
 * Where an issue sits in the file: `line 7, column date`, from the line each record starts on.
 * A path outside the events (the gazetteer) keeps its JSON form.
 */
function csvPlace(path: readonly PropertyKey[], lines: readonly number[]): string {
  const i = eventIndex(path);
  const line = i === undefined ? undefined : lines[i];
  if (line === undefined) return formatPath(path);
  const column = columnOf(path);
  return column ? `line ${line}, column ${column}` : `line ${line}`;
}

/** An issue worded for a CSV: "line 7, column date: …"; a record it names, by its line too. */
export function csvErrorFor(issue: ValidationIssue, lines: readonly number[]): string {
  return formatIssue(issue, (path) => csvPlace(path, lines));
}

/** The places and sources a CSV may refer to (it cannot describe its own). */
export interface Gazetteer {
  places: readonly Place[];
  sources: readonly Source[];
}

/**
 * The validator checks references only once every record has the right shape. A CSV reader wants
 * every row's problems at once, so rows with shape problems are set aside and the others checked
 * again for references, quotes and repeated ids. Issues keep the indices of the full list.
 */
function validatedRows(
  events: readonly Record<string, unknown>[],
  gazetteer: Gazetteer,
  version: string,
): IssuesResult {
  const raw = (list: readonly unknown[]) => ({
    version,
    sources: [...gazetteer.sources],
    places: [...gazetteer.places],
    events: list,
  });
  const first = datasetIssues(raw(events));
  if (first.ok || datasetSchema.safeParse(raw(events)).success) return first;
  const misshapen = new Set(first.issues.flatMap((issue) => eventIndex(issue.path) ?? []));
  const kept = events.flatMap((event, i) => (misshapen.has(i) ? [] : [{ event, i }]));
  if (!kept.length) return first;
  const second = datasetIssues(raw(kept.map((k) => k.event)));
  if (second.ok) return first;
  const renumber = (path: readonly PropertyKey[]) => {
    const j = eventIndex(path);
    const original = j === undefined ? undefined : kept[j];
    return original ? ['events', original.i, ...path.slice(2)] : path;
  };
  const renumbered = second.issues.map((issue) => ({
    ...issue,
    path: renumber(issue.path),
    ...(issue.other ? { other: renumber(issue.other) } : {}),
  }));
  return { ok: false, issues: [...first.issues, ...renumbered] };
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
    ...(result.ok ? [] : result.issues).flatMap((issue) => {
      const i = eventIndex(issue.path);
      const line = i === undefined ? undefined : read.lines[i];
      if (line !== undefined && unreadable.has(`${line}:${columnOf(issue.path) ?? ''}`)) return [];
      return [{ line: line ?? Number.POSITIVE_INFINITY, text: csvErrorFor(issue, read.lines) }];
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
  return { ok: false, errors: capped(errors) };
}
