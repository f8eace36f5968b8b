import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import {
  CSV_COLUMNS,
  csvErrorFor,
  csvToRawEvents,
  eventRow,
  eventsToCsv,
  parseCsv,
  parseEventsCsv,
  serializeCsv,
} from './csv-codec';
import { COUNT_KEYS, EVENT_TYPES, type AtlasEvent, type Dataset } from './schema';
import { validateDataset } from './validate';

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

describe('serializeCsv / parseCsv (RFC 4180)', () => {
  it('quotes only fields with a comma, quote mark or line break, doubling quote marks', () => {
    expect(serializeCsv([['a,b', 'say "hi"', 'two\nlines', 'plain', '']])).toBe(
      '"a,b","say ""hi""","two\nlines",plain,\r\n',
    );
  });

  it('reads CRLF and LF files, a BOM, blank lines and empty quoted fields', () => {
    const parsed = parseCsv('\uFEFFa,b\r\n"x ""y""",""\n\n1,"multi\nline"\n');
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x "y"', ''] },
        { line: 4, fields: ['1', 'multi\nline'] },
      ],
    });
  });

  it('names the line of a quoted field that is never closed', () => {
    expect(parseCsv('a,b\n1,2\n3,"open\nstill open')).toEqual({
      ok: false,
      errors: ['line 3: a quoted field is never closed'],
    });
  });

  it('rejects text after a closing quote', () => {
    expect(parseCsv('a,b\n"x"y,2')).toEqual({
      ok: false,
      errors: ['line 2: a closing quote mark must end its field (found y)'],
    });
  });

  it('parse(serialize(rows)) gives back the rows', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', '移', 'é') });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1 }),
          ),
        (rows) => {
          // A lone empty field is a blank line to the reader: real rows have many columns.
          fc.pre(rows.every((r) => r.length > 1 || r[0] !== ''));
          const parsed = parseCsv(serializeCsv(rows));
          expect(parsed.ok && parsed.records.map((r) => r.fields)).toEqual(rows);
        },
      ),
    );
  });
});

describe('eventsToCsv', () => {
  it('writes the documented header and one row per event', () => {
    const csv = eventsToCsv(makeDataset().events);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'id,date,dateEnd,datePrecision,type,title,summary,title_zh,summary_zh,place,from,to,origin,destination,transferred,detained,ringleaders,fugitives,victims,deaths,amountCny,actors,sources,notes,replaces',
    );
    expect(lines[1]).toBe(
      '2023-11-18-muse-handover,2023-11-18,,day,transfer,Muse hands over 571 suspects,Authorities in Muse handed over 571 suspects.,,,muse,muse,ruili,MM,CN,571,,,,,,,,xinhua: handed over 571 telecom fraud suspects,,',
    );
    expect(lines).toHaveLength(makeDataset().events.length + 2);
  });

  it('joins actors with ";" and citations with " | "', () => {
    const row = eventRow(
      makeEvent({
        id: 'e',
        actors: ['Ming family', 'Ming Guoping'],
        sources: [
          { source: 'a', quote: 'first: with a colon' },
          { source: 'b', quote: 'second' },
        ],
      }),
    );
    expect(row[col('actors')]).toBe('Ming family;Ming Guoping');
    expect(row[col('sources')]).toBe('a: first: with a colon | b: second');
  });

  it('writes the ids an event replaces with ";" and reads them back', () => {
    const dataset = makeDataset();
    const [first, ...rest] = dataset.events;
    if (!first) throw new Error('fixture has no events');
    const merged = { ...first, replaces: ['2023-11-21-old-a', '2023-11-21-old-b'] };
    expect(eventRow(merged)[col('replaces')]).toBe('2023-11-21-old-a;2023-11-21-old-b');
    const back = parseEventsCsv(eventsToCsv([merged, ...rest]), dataset, 'v');
    if (!back.ok) throw new Error(back.errors.join('\n'));
    expect(back.dataset.events[0]?.replaces).toEqual(['2023-11-21-old-a', '2023-11-21-old-b']);
  });
});

const text = (units: string[]) =>
  fc.string({ unit: fc.constantFrom(...units), minLength: 1, maxLength: 12 });
const PROSE = ['a', 'Z', ' ', ',', '"', '\n', ':', ';', '|', '移', '交', '.'];

/** Events the CSV form can carry: no " | " inside a quote, no ";" inside an actor name. */
const csvEventArb: fc.Arbitrary<AtlasEvent> = fc
  .record({
    n: fc.nat(),
    date: fc.constantFrom('2023-11-18', '2024-02-01'),
    dateEnd: fc.option(fc.constant('2024-03-01'), { nil: undefined }),
    datePrecision: fc.constantFrom('day', 'range', 'month', 'announced' as const),
    type: fc.constantFrom(...EVENT_TYPES),
    title: text(PROSE),
    summary: text(PROSE),
    title_zh: fc.option(text(PROSE), { nil: undefined }),
    summary_zh: fc.option(text(PROSE), { nil: undefined }),
    place: fc.constantFrom('muse', 'ruili'),
    from: fc.option(fc.constant('muse'), { nil: undefined }),
    to: fc.option(fc.constant('ruili'), { nil: undefined }),
    origin: fc.constantFrom('MM', 'LA'),
    counts: fc.record(
      Object.fromEntries(COUNT_KEYS.map((k) => [k, fc.nat()])) as Record<
        (typeof COUNT_KEYS)[number],
        fc.Arbitrary<number>
      >,
      { requiredKeys: [] },
    ),
    actors: fc.array(
      text(['a', 'Z', ' ', ',', '"', '移']).map((a) => a.trim()),
      { maxLength: 3 },
    ),
    sources: fc.array(
      fc.record({
        source: fc.constantFrom('xinhua', 'china-daily'),
        quote: text(PROSE).filter((q) => !q.includes('|')),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    notes: fc.option(text(PROSE), { nil: undefined }),
  })
  .map(({ n, actors, ...rest }) => {
    const event = makeEvent({ id: `e-${n}`, ...rest, actors: actors.filter(Boolean) });
    return JSON.parse(JSON.stringify(event)) as AtlasEvent;
  });

describe('csvToRawEvents', () => {
  it('parse(serialize(events)) equals the events', () => {
    fc.assert(
      fc.property(fc.array(csvEventArb, { maxLength: 8 }), (events) => {
        const read = csvToRawEvents(eventsToCsv(events));
        expect(read.ok && read.events).toEqual(events);
        expect(read.ok && read.cellErrors).toEqual([]);
      }),
    );
  });

  it('every bundled event survives the trip through CSV and the validator', () => {
    const bundled = validateDataset(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
    if (!bundled.ok) throw new Error(bundled.errors.join('\n'));
    const { dataset } = bundled;
    const back = parseEventsCsv(eventsToCsv(dataset.events), dataset, 'round-trip');
    if (!back.ok) throw new Error(back.errors.join('\n'));
    expect(back.dataset.events).toEqual(dataset.events);
  });
});

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
  it('maps nested paths to their column and leaves other messages alone', () => {
    const lines = [2, 3, 6];
    expect(csvErrorFor('events[2].sources[0].quote: must not be empty', lines)).toBe(
      'line 6, column sources: must not be empty',
    );
    expect(csvErrorFor('events[1].actors[0]: must not be empty', lines)).toBe(
      'line 3, column actors: must not be empty',
    );
    expect(csvErrorFor('events[0].counts.deaths: must be at least 0, got -1', lines)).toBe(
      'line 2, column deaths: must be at least 0, got -1',
    );
    expect(csvErrorFor('… and 4 more problems', lines)).toBe('… and 4 more problems');
  });
});
