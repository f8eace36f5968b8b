// Turns untrusted JSON into a Dataset, or into a list of plain-words errors naming record and field.
import type { z } from 'zod';
import { datasetSchema, describe, COUNT_KEYS, type Citation, type Dataset } from './schema';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** Formats a zod path as `events[12].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

export function issueMessage(issue: z.core.$ZodIssue): string {
  const got = 'input' in issue ? describe(issue.input) : 'nothing';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${got}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${got}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'too_small':
      return issue.origin === 'number'
        ? `must be at least ${String(issue.minimum)}, got ${got}`
        : issue.message;
    case 'too_big':
      return issue.origin === 'number'
        ? `must be at most ${String(issue.maximum)}, got ${got}`
        : issue.message;
    default:
      return issue.message;
  }
}

const NUMBER_RE = /(\d[\d,]*(?:\.\d+)?)(\s*(?:million|billion)|[万萬亿億])?/gi;
/** Chinese reports write 53,000 as 5.3万 (traditional 萬) and 1.1 billion as 11亿 (億). */
const UNITS: Record<string, number> = {
  million: 1e6,
  billion: 1e9,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
};

/** Every number written in a text, with "27.96 million" read as 27,960,000 and "5.3万" as 53,000. */
export function numbersIn(text: string): Set<number> {
  const found = new Set<number>();
  for (const m of text.matchAll(NUMBER_RE)) {
    const base = Number((m[1] ?? '').replace(/,/g, ''));
    if (!Number.isFinite(base)) continue;
    found.add(base);
    const unit = UNITS[m[2]?.trim().toLowerCase() ?? ''];
    if (unit) found.add(Math.round(base * unit));
  }
  return found;
}

function quoted(value: number, citations: readonly Citation[]): boolean {
  return citations.some((c) => numbersIn(c.quote).has(value));
}

/**
 * One problem of a dataset, as data: where it is (`['events', 5, 'counts', 'transferred']`, or `[]`
 * for the file as a whole) and what is wrong. A message that names another record says `{other}`
 * where that record goes; each edge writes paths its own way (a JSON path, a CSV line and column).
 */
export interface ValidationIssue {
  path: readonly PropertyKey[];
  message: string;
  other?: readonly PropertyKey[];
}

export type IssuesResult =
  { ok: true; dataset: Dataset } | { ok: false; issues: ValidationIssue[] };

/** "events[12].date: is missing (expected string)", with paths written by `where`. */
export function formatIssue(
  issue: ValidationIssue,
  where: (path: readonly PropertyKey[]) => string = formatPath,
): string {
  const message = issue.other
    ? issue.message.replace('{other}', where(issue.other))
    : issue.message;
  return `${where(issue.path) || 'dataset'}: ${message}`;
}

/** Checks beyond shape: unique ids, references, date order, numbers traceable to quotes. */
function crossCheck(data: Dataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const problem = (path: readonly PropertyKey[], message: string, other?: readonly PropertyKey[]) =>
    issues.push(other ? { path, message, other } : { path, message });
  const sourceIds = new Set<string>();
  const placeIds = new Set<string>();
  const seen = new Map<string, readonly PropertyKey[]>();
  // A replaced id opens the event that replaced it: it must be retired and lead to one event only.
  const liveEventIds = new Set(data.events.map((e) => e.id));
  const replacedAt = new Map<string, readonly PropertyKey[]>();
  // Ids must be unique within each kind; the kind prefix keeps a place and an event apart.
  const unique = (kind: string, id: string, where: readonly PropertyKey[]) => {
    const first = seen.get(`${kind}:${id}`);
    if (first) problem([...where, 'id'], `"${id}" is used twice (first at {other})`, first);
    else seen.set(`${kind}:${id}`, where);
  };
  data.sources.forEach((s, i) => {
    unique('source', s.id, ['sources', i]);
    sourceIds.add(s.id);
  });
  data.places.forEach((p, i) => {
    unique('place', p.id, ['places', i]);
    placeIds.add(p.id);
  });
  const citations = (where: readonly PropertyKey[], list: readonly Citation[]) =>
    list.forEach((c, j) => {
      if (!sourceIds.has(c.source))
        problem([...where, 'sources', j, 'source'], `no source has the id "${c.source}"`);
    });
  const traced = (where: readonly PropertyKey[], value: number, list: readonly Citation[]) => {
    if (!quoted(value, list)) problem(where, `${value} does not appear in any of its quotes`);
  };

  data.events.forEach((e, i) => {
    const where = ['events', i];
    unique('event', e.id, where);
    e.replaces?.forEach((id, j) => {
      const first = replacedAt.get(id);
      if (liveEventIds.has(id))
        problem([...where, 'replaces', j], `"${id}" is still the id of an event`);
      else if (first)
        problem([...where, 'replaces', j], `"${id}" is already replaced by {other}`, first);
      else replacedAt.set(id, where);
    });
    for (const key of ['place', 'from', 'to'] as const) {
      const ref = e[key];
      if (ref !== undefined && !placeIds.has(ref))
        problem([...where, key], `no place has the id "${ref}"`);
    }
    if (e.dateEnd !== undefined && e.dateEnd < e.date)
      problem([...where, 'dateEnd'], `${e.dateEnd} is before the start date ${e.date}`);
    citations(where, e.sources);
    for (const key of COUNT_KEYS) {
      const value = e.counts[key];
      if (value !== undefined) traced([...where, 'counts', key], value, e.sources);
    }
  });
  data.tallies.forEach((t, i) => {
    const where = ['tallies', i];
    unique('tally', t.id, where);
    const twice = t.origins?.find((code, j) => t.origins?.indexOf(code) !== j);
    if (twice !== undefined) problem([...where, 'origins'], `"${twice}" is listed twice`);
    t.places?.forEach((ref, j) => {
      if (!placeIds.has(ref)) problem([...where, 'places', j], `no place has the id "${ref}"`);
    });
    citations(where, t.sources);
    traced([...where, 'value'], t.value, t.sources);
  });
  data.context.forEach((c, i) => {
    const where = ['context', i];
    unique('context', c.id, where);
    citations(where, c.sources);
    traced([...where, 'value'], c.value, c.sources);
  });
  return issues;
}

/** As many problems as a reader will fix in one go. */
const MAX_ERRORS = 20;

/** Validates shape, then cross-checks; never throws. The problems are data, for an edge to word. */
export function datasetIssues(raw: unknown): IssuesResult {
  const parsed = datasetSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path,
        message: issueMessage(issue),
      })),
    };
  const issues = crossCheck(parsed.data);
  if (issues.length) return { ok: false, issues };
  // Exactly as written: the views fence bidi controls in their own copy (see rememberExact).
  return { ok: true, dataset: parsed.data };
}

/** datasetIssues, worded with JSON paths: "events[12].date: is missing (expected string)". */
export function validateDataset(raw: unknown): ValidationResult {
  const result = datasetIssues(raw);
  return result.ok
    ? result
    : { ok: false, errors: capped(result.issues.map((i) => formatIssue(i))) };
}

/** The first MAX_ERRORS problems, and how many more there are. */
export function capped(errors: string[]): string[] {
  return errors.length > MAX_ERRORS
    ? [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more problems`]
    : errors;
}

/** What a server answering the dataset's address with a web page gets said. */
export const HTML_INSTEAD_OF_DATASET =
  'The server sent an HTML page instead of the JSON dataset (is the path right?).';

/** Parses the text of a dataset file; explains HTML pages, empty files and broken JSON. */
export function parseDatasetText(body: string): ValidationResult {
  const trimmed = body.trimStart();
  if (trimmed === '') return { ok: false, errors: ['The dataset file is empty.'] };
  if (trimmed.startsWith('<')) return { ok: false, errors: [HTML_INSTEAD_OF_DATASET] };
  // gzip's magic bytes 1f 8b, read as UTF-8 (8b alone is no character).
  if (body.startsWith('\u001f\ufffd'))
    return {
      ok: false,
      errors: [
        'The dataset is not JSON: it is gzip-compressed data that was never decompressed (the server sent .gz bytes without Content-Encoding: gzip).',
      ],
    };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    // A file that stops mid-way (a cut-off upload or download) fails at its very end.
    const at = /at position (\d+)/.exec(reason);
    const cut =
      /end of JSON input|Unterminated string/.test(reason) ||
      (at !== null && Number(at[1]) >= body.trimEnd().length);
    return {
      ok: false,
      errors: [
        cut
          ? `The dataset file is cut short (truncated JSON: ${reason}).`
          : `The dataset is not valid JSON: ${reason}`,
      ],
    };
  }
  return validateDataset(raw);
}
