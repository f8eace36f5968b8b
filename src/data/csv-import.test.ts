// CSV import against a gazetteer: every rule of the validator, each problem named by line and column.
import { describe, expect, it } from 'vitest';
import { makeDataset } from '@/testing/fixtures';
import { CSV_COLUMNS, eventRow } from './csv-codec';
import { serializeCsv } from './csv-format';
import { csvErrorFor, parseEventsCsv } from './csv-import';
import type { Dataset } from './schema';

const HEADER = CSV_COLUMNS.join(',');

/** A CSV file of the fixture's events, with `edit` applied to the rows (index 0 is the first event). */
function fixtureCsv(edit: (rows: string[][]) => void = () => {}): string {
  const rows = makeDataset().events.map(eventRow);
  edit(rows);
  return serializeCsv([[...CSV_COLUMNS], ...rows]);
}

const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

function errorsOf(text: string, gazetteer: Dataset = makeDataset()): string[] {
  const result = parseEventsCsv(text, gazetteer, 'csv-test');
  if (result.ok) throw new Error('expected the CSV to be rejected');
  return result.errors;
}

describe('parseEventsCsv', () => {
  it('keeps only the places and sources the events refer to', () => {
    const result = parseEventsCsv(
      fixtureCsv((rows) => rows.splice(1)),
      makeDataset(),
      'from-file.csv',
    );
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.version).toBe('from-file.csv');
    expect(result.dataset.events.map((e) => e.id)).toEqual(['2023-11-18-muse-handover']);
    expect(result.dataset.places.map((p) => p.id)).toEqual(['muse', 'ruili']);
    expect(result.dataset.sources.map((s) => s.id)).toEqual(['xinhua']);
    expect(result.dataset.tallies).toEqual([]);
  });

  it('names the line and column of a bad date (line = row + 2 under the header)', () => {
    const csv = fixtureCsv((rows) => {
      const extra = makeDataset().events.map((e, i) => eventRow({ ...e, id: `${e.id}-copy${i}` }));
      rows.push(...extra);
      const sixth = rows[5];
      if (sixth) sixth[col('date')] = '2023-13-01';
    });
    expect(errorsOf(csv)).toEqual([
      'line 7, column date: expected a date like 2023-11-18, got "2023-13-01"',
    ]);
  });

  it('reports unknown places and sources, and counts that are no number, by line', () => {
    const csv = fixtureCsv((rows) => {
      const [first, second, third] = rows;
      if (!first || !second || !third) throw new Error('fixture too small');
      first[col('transferred')] = 'many';
      second[col('place')] = 'nowhere';
      third[col('sources')] = 'unknown-outlet: 268 telecom fraud suspects';
    });
    expect(errorsOf(csv)).toEqual([
      'line 2, column transferred: expected a whole number, got "many"',
      'line 3, column place: no place has the id "nowhere"',
      'line 4, column sources: no source has the id "unknown-outlet"',
    ]);
  });

  it('checks the other rows for references even when one row is misshapen', () => {
    const csv = fixtureCsv((rows) => {
      const [first, second] = rows;
      if (!first || !second) throw new Error('fixture too small');
      first[col('type')] = 'kidnap';
      second[col('from')] = 'atlantis';
    });
    expect(errorsOf(csv)).toEqual([
      expect.stringMatching(/^line 2, column type: expected one of "transfer"/),
      'line 3, column from: no place has the id "atlantis"',
    ]);
  });

  it('counts lines inside quoted fields, and names both lines of a repeated id', () => {
    const csv = fixtureCsv((rows) => {
      const [first, second] = rows;
      if (!first || !second) throw new Error('fixture too small');
      first[col('summary')] = 'Two\nlines.';
      second[col('id')] = first[col('id')] ?? '';
    });
    expect(errorsOf(csv)).toEqual([
      'line 4, column id: "2023-11-18-muse-handover" is used twice (first at line 2)',
    ]);
  });

  it('applies the quote rule: a count must appear in a quote', () => {
    const csv = fixtureCsv((rows) => {
      const first = rows[0];
      if (first) first[col('detained')] = '999';
    });
    expect(errorsOf(csv)).toEqual([
      'line 2, column detained: 999 does not appear in any of its quotes',
    ]);
  });

  it('rejects a malformed citation and a row of the wrong width', () => {
    expect(
      errorsOf(
        fixtureCsv((rows) => {
          const first = rows[0];
          if (first) first[col('sources')] = 'just a quote without its source';
        }),
      ),
    ).toEqual([
      'line 2, column sources: expected "source-id: quote", got "just a quote without its source"',
    ]);
    expect(errorsOf(`${HEADER}\r\na,b,c\r\n`)).toEqual([
      'line 2: expected 25 fields like the header, got 3',
    ]);
  });

  it('checks the header: missing and unknown columns', () => {
    const header = CSV_COLUMNS.filter((c) => c !== 'date').join(',');
    expect(errorsOf(`${header},colour\r\n`)).toEqual([
      'line 1: unknown column "colour"',
      'line 1: the column "date" is missing',
    ]);
    expect(errorsOf('')).toEqual(['The CSV file is empty.']);
  });

  it('accepts columns in any order and without the optional ones', () => {
    const csv = [
      'sources,destination,origin,place,summary,title,type,datePrecision,date,id',
      'xinhua: handed over 571 telecom fraud suspects,CN,MM,muse,Short.,Muse,transfer,day,2023-11-18,muse-1',
    ].join('\n');
    const result = parseEventsCsv(csv, makeDataset(), 'v');
    expect(result.ok && result.dataset.events[0]).toMatchObject({
      id: 'muse-1',
      place: 'muse',
      counts: {},
      actors: [],
    });
  });
});

describe('csvErrorFor', () => {
  it('words an issue by line and column, and a record it names by its line', () => {
    const lines = [2, 3, 6];
    expect(
      csvErrorFor(
        { path: ['events', 2, 'sources', 0, 'quote'], message: 'must not be empty' },
        lines,
      ),
    ).toBe('line 6, column sources: must not be empty');
    expect(
      csvErrorFor({ path: ['events', 1, 'actors', 0], message: 'must not be empty' }, lines),
    ).toBe('line 3, column actors: must not be empty');
    expect(
      csvErrorFor(
        { path: ['events', 0, 'counts', 'deaths'], message: 'must be at least 0, got -1' },
        lines,
      ),
    ).toBe('line 2, column deaths: must be at least 0, got -1');
    expect(
      csvErrorFor(
        {
          path: ['events', 2, 'id'],
          message: '"a" is used twice (first at {other})',
          other: ['events', 0],
        },
        lines,
      ),
    ).toBe('line 6, column id: "a" is used twice (first at line 2)');
    expect(csvErrorFor({ path: ['places', 4, 'id'], message: 'bad' }, lines)).toBe(
      'places[4].id: bad',
    );
  });
});
