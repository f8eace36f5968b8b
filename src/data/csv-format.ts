// CSV text, cell by cell: RFC 4180 quoting, the spreadsheet formula guard, and lists inside one cell.

/** Spreadsheet programs (Excel above all) read a file as UTF-8 only when it opens with a BOM. */
export const BOM = '\uFEFF';

/** One CSV record and the line of the file it starts on (a quoted field may span several lines). */
interface CsvRecord {
  line: number;
  fields: string[];
}

type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; errors: string[] };

/**
 * A spreadsheet runs a cell that opens with = + - @ (or a tab or carriage return before one) as a
 * formula: OWASP's CSV injection advice is to write such a cell behind a `'`. A cell already
 * opening with quote marks before one of those gets one more, so reading strips exactly one and
 * every text comes back as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * RFC 4180 text: CRLF line ends, fields quoted only when they hold a comma, quote or line break,
 * every cell behind the formula guard.
 */
export function serializeCsv(rows: readonly (readonly string[])[]): string {
  return (
    rows.map((row) => row.map((cell) => quoteField(guardFormula(cell))).join(',')).join('\r\n') +
    '\r\n'
  );
}

/** Splits RFC 4180 text into records; accepts LF or CRLF line ends and a leading BOM; lifts the formula guard. */
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
    fields.push(unguardFormula(field));
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

/**
 * Several values in one cell (actors, citations): joined by a separator character, with `\`
 * escaping that character, itself, and whitespace at either end of a value (which the reader
 * would otherwise trim, as it trims the spaces people type around separators). `joiner` is the
 * separator with the spaces a reader likes around it.
 */
export function joinList(items: readonly string[], separator: string, joiner = separator): string {
  return items.map((item) => escapeItem(item, separator)).join(joiner);
}

function escapeItem(item: string, separator: string): string {
  const chars = [...item];
  const lead = chars.findIndex((ch) => !/\s/.test(ch));
  const first = lead < 0 ? chars.length : lead;
  let last = chars.length;
  while (last > first && /\s/.test(chars[last - 1] as string)) last -= 1;
  return chars
    .map((ch, i) => (ch === '\\' || ch === separator || i < first || i >= last ? `\\${ch}` : ch))
    .join('');
}

/** The values of a list cell: split at unescaped separators, unescaped whitespace trimmed, escapes lifted. */
export function splitList(cell: string, separator: string): string[] {
  const items: string[] = [];
  let item = '';
  // Where the escaped (kept) text ends, so trimming never eats an escaped character.
  let kept = 0;
  const end = () => {
    items.push(item.slice(0, Math.max(kept, item.trimEnd().length)));
    item = '';
    kept = 0;
  };
  const chars = [...cell];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === '\\' && i + 1 < chars.length) {
      item += chars[i + 1] as string;
      kept = item.length;
      i += 1;
    } else if (ch === separator) end();
    else if (item === '' && /\s/.test(ch)) continue;
    else item += ch;
  }
  end();
  return items;
}
