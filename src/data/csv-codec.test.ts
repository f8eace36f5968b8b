// Event rows of the CSV form: the documented columns, lists that keep their separators, every event back as it went.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { CSV_COLUMNS, csvToRawEvents, eventRow, eventsToCsv } from './csv-codec';
import { parseEventsCsv } from './csv-import';
import { COUNT_KEYS, EVENT_TYPES, type AtlasEvent } from './schema';
import { validateDataset } from './validate';

const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

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

  it('keeps separators inside an actor name or a quote apart from the list', () => {
    const event = makeEvent({
      id: 'e',
      actors: ['Actor; with semicolon', 'Ming family'],
      sources: [{ source: 'xinhua', quote: 'handed over 571 | x: y' }],
    });
    const read = csvToRawEvents(eventsToCsv([event]));
    expect(read.ok && read.events[0]).toMatchObject({
      actors: ['Actor; with semicolon', 'Ming family'],
      sources: [{ source: 'xinhua', quote: 'handed over 571 | x: y' }],
    });
  });

  it('writes a formula-like title behind a quote mark and reads it back whole', () => {
    const event = makeEvent({ id: 'e', title: '\t=1+1', summary: '=HYPERLINK("x")' });
    const csv = eventsToCsv([event]);
    expect(csv).toContain(`,'\t=1+1,"'=HYPERLINK(""x"")",`);
    const back = parseEventsCsv(csv, makeDataset(), 'v');
    expect(back.ok && back.dataset.events[0]).toMatchObject({
      title: '\t=1+1',
      summary: '=HYPERLINK("x")',
    });
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
