// Events <-> the CSV form of docs/data-format.md (one row per event, RFC 4180 quoting), with errors by line.
import { COUNT_KEYS, datasetSchema, type AtlasEvent, type Place, type Source } from './schema';
import { validateDataset, type ValidationResult } from './validate';

export const CSV_COLUMNS = [
  'id',
  'date',
  'dateEnd',
  'datePrecision',
  'type',
  'title',
  'summary',
  'title_zh',
  'summary_zh',
  'place',
  'from',
  'to',
  'origin',
  'destination',
  ...COUNT_KEYS,
  'actors',
  'sources',
  'notes',
  'replaces',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

const REQUIRED_COLUMNS: readonly CsvColumn[] = [
  'id',
  'date',
  'datePrecision',
  'type',
  'title',
  'summary',
  'place',
  'origin',
  'destination',
  'sources',
];

/** The text columns copied as they are (an empty cell means the field is absent): all but counts and lists. */
type ListColumn = 'actors' | 'sources' | 'replaces';
type TextColumn = Exclude<CsvColumn, (typeof COUNT_KEYS)[number] | ListColumn>;
const LIST_COLUMNS: readonly string[] = ['actors', 'sources', 'replaces'] satisfies ListColumn[];
const TEXT_COLUMNS = CSV_COLUMNS.filter(
  (c): c is TextColumn =>
    !LIST_COLUMNS.includes(c) && !(COUNT_KEYS as readonly string[]).includes(c),
);

const ACTOR_SEPARATOR = ';';
const SOURCE_SEPARATOR = ' | ';
const QUOTE_SEPARATOR = ': ';
/** Spreadsheet programs (Excel above all) read a file as UTF-8 only when it opens with a BOM. */
const BOM = '\uFEFF';

/** One CSV record and the line of the file it starts on (a quoted field may span several lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; errors: string[] };

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 text: CRLF line ends, fields quoted only when they hold a comma, quote or line break. */
export function serializeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

/** Splits RFC 4180 text into records; accepts LF or CRLF line ends and a leading BOM. */
export function parseCsv(input: string): CsvParse {
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  // A quoted empty field ("") is still a field: only an unquoted empty line is a blank line.
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endField = () => {
    fields.push(field);
    field = '';
    quoted = false;
  };
  const endRecord = () => {
    const blank = fields.length === 0 && field === '' && !quoted;
    endField();
    // Blank lines are no records: hand-edited files often end with, or contain, one.
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '' && !quoted) {
      const start = line;
      quoted = true;
      i += 1;
      for (;;) {
        if (i >= text.length)
          return { ok: false, errors: [`line ${start}: a quoted field is never closed`] };
        const c = text[i];
        i += 1;
        if (c === '"') {
          if (text[i] !== '"') break;
          i += 1;
        } else if (c === '\n') line += 1;
        field += c;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
        return {
          ok: false,
          errors: [`line ${line}: a closing quote mark must end its field (found ${next})`],
        };
    } else if (ch === ',') {
      endField();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || quoted || fields.length > 0) endRecord();
  return { ok: true, records };
}

/** The CSV row of one event, in CSV_COLUMNS order. */
export function eventRow(event: AtlasEvent): string[] {
  return CSV_COLUMNS.map((column): string => {
    switch (column) {
      case 'actors':
        return event.actors.join(ACTOR_SEPARATOR);
      case 'replaces':
        return (event.replaces ?? []).join(ACTOR_SEPARATOR);
      case 'sources':
        return event.sources
          .map((c) => `${c.source}${QUOTE_SEPARATOR}${c.quote}`)
          .join(SOURCE_SEPARATOR);
      case 'transferred':
      case 'detained':
      case 'ringleaders':
      case 'fugitives':
      case 'victims':
      case 'deaths':
      case 'amountCny': {
        const value = event.counts[column];
        return value === undefined ? '' : String(value);
      }
      default:
        return event[column] ?? '';
    }
  });
}

/** The events as a CSV file: a header row, then one row per event. */
export function eventsToCsv(events: readonly AtlasEvent[]): string {
  return BOM + serializeCsv([CSV_COLUMNS, ...events.map(eventRow)]);
}

/** A cell problem, before the dataset rules run. */
interface CellError {
  line: number;
  column: string;
  message: string;
}

export type CsvEvents =
  | { ok: true; events: Record<string, unknown>[]; lines: number[]; cellErrors: CellError[] }
  | { ok: false; errors: string[] };

function shown(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
}

/**
 * Reads the rows as raw event objects for the dataset validator. Cells that cannot even be read
 * (a count that is no number, a source entry without `id: quote`) are reported and left out.
 */
export function csvToRawEvents(text: string): CsvEvents {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [header, ...rows] = parsed.records;
  if (!header) return { ok: false, errors: ['The CSV file is empty.'] };
  const columns = header.fields.map((name) => name.trim());
  const known = new Set<string>(CSV_COLUMNS);
  const errors = [
    ...columns
      .filter((name) => !known.has(name))
      .map((name) => `line ${header.line}: unknown column ${shown(name)}`),
    ...REQUIRED_COLUMNS.filter((name) => !columns.includes(name)).map(
      (name) => `line ${header.line}: the column "${name}" is missing`,
    ),
    ...columns
      .filter((name, i) => columns.indexOf(name) !== i)
      .map((name) => `line ${header.line}: the column ${shown(name)} appears twice`),
  ];
  if (errors.length) return { ok: false, errors };

  const cellErrors: CellError[] = [];
  const events: Record<string, unknown>[] = [];
  for (const row of rows) {
    if (row.fields.length !== columns.length)
      return {
        ok: false,
        errors: [
          `line ${row.line}: expected ${columns.length} fields like the header, got ${row.fields.length}`,
        ],
      };
    const cell = new Map(columns.map((name, i) => [name, row.fields[i] ?? '']));
    const fail = (column: string, message: string) =>
      cellErrors.push({ line: row.line, column, message });
    const event: Record<string, unknown> = {};
    for (const column of TEXT_COLUMNS) {
      const value = cell.get(column) ?? '';
      if (value !== '') event[column] = value;
    }
    const counts: Record<string, number> = {};
    for (const key of COUNT_KEYS) {
      const value = (cell.get(key) ?? '').trim();
      if (value === '') continue;
      if (/^-?\d+(\.\d+)?$/.test(value)) counts[key] = Number(value);
      else fail(key, `expected a whole number, got ${shown(value)}`);
    }
    event.counts = counts;
    const actors = cell.get('actors') ?? '';
    event.actors = actors.trim() === '' ? [] : actors.split(ACTOR_SEPARATOR).map((a) => a.trim());
    const replaces = cell.get('replaces') ?? '';
    if (replaces.trim() !== '')
      event.replaces = replaces.split(ACTOR_SEPARATOR).map((id) => id.trim());
    const sources = cell.get('sources') ?? '';
    const citations: { source: string; quote: string }[] = [];
    if (sources.trim() !== '')
      for (const entry of sources.split(SOURCE_SEPARATOR)) {
        const at = entry.indexOf(QUOTE_SEPARATOR);
        if (at < 0) fail('sources', `expected "source-id: quote", got ${shown(entry)}`);
        else
          citations.push({
            source: entry.slice(0, at).trim(),
            quote: entry.slice(at + QUOTE_SEPARATOR.length),
          });
      }
    event.sources = citations;
    events.push(event);
  }
  return { ok: true, events, lines: rows.map((r) => r.line), cellErrors };
}

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
