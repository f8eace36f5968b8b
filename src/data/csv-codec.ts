// Events <-> the rows of the CSV form of docs/data-format.md (one row per event); the text itself is csv-format's job.
import { joinList, BOM, parseCsv, serializeCsv, splitList } from './csv-format';
import { COUNT_KEYS, type AtlasEvent } from './schema';

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

type CsvColumn = (typeof CSV_COLUMNS)[number];

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

/** The columns holding lists or counts; every other column is one text field, copied as it is. */
type ListColumn = 'actors' | 'sources' | 'replaces';
type TextColumn = Exclude<CsvColumn, (typeof COUNT_KEYS)[number] | ListColumn>;
const LIST_COLUMNS: readonly string[] = ['actors', 'sources', 'replaces'] satisfies ListColumn[];
const TEXT_COLUMNS = CSV_COLUMNS.filter(
  (c): c is TextColumn =>
    !LIST_COLUMNS.includes(c) && !(COUNT_KEYS as readonly string[]).includes(c),
);

const LIST_SEPARATOR = ';';
const SOURCE_SEPARATOR = '|';
const SOURCE_JOINER = ' | ';
const QUOTE_SEPARATOR = ': ';

/** The CSV row of one event, in CSV_COLUMNS order. */
export function eventRow(event: AtlasEvent): string[] {
  return CSV_COLUMNS.map((column): string => {
    switch (column) {
      case 'actors':
        return joinList(event.actors, LIST_SEPARATOR);
      case 'replaces':
        return joinList(event.replaces ?? [], LIST_SEPARATOR);
      case 'sources':
        return joinList(
          event.sources.map((c) => `${c.source}${QUOTE_SEPARATOR}${c.quote}`),
          SOURCE_SEPARATOR,
          SOURCE_JOINER,
        );
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

type CsvEvents =
  | { ok: true; events: Record<string, unknown>[]; lines: number[]; cellErrors: CellError[] }
  | { ok: false; errors: string[] };

/** The values of a list cell; a blank cell is an empty list. */
function listOf(cell: string, separator: string): string[] {
  return cell.trim() === '' ? [] : splitList(cell, separator);
}

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
    event.actors = listOf(cell.get('actors') ?? '', LIST_SEPARATOR);
    const replaces = listOf(cell.get('replaces') ?? '', LIST_SEPARATOR);
    if (replaces.length) event.replaces = replaces;
    const citations: { source: string; quote: string }[] = [];
    for (const entry of listOf(cell.get('sources') ?? '', SOURCE_SEPARATOR)) {
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
