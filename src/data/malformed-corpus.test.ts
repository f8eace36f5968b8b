// A corpus of broken dataset files: each gets a clear message naming what and where, none throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '@/testing/fixtures';
import { parseDatasetText } from './validate';

const valid = JSON.stringify(makeDataset());

function edit(
  mutate: (d: Record<string, unknown> & { events: Record<string, unknown>[] }) => void,
) {
  const d = JSON.parse(valid) as Record<string, unknown> & { events: Record<string, unknown>[] };
  mutate(d);
  return JSON.stringify(d);
}

function nested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

// [name, file body, a fragment the first message must contain]
const corpus: [string, string, string][] = [
  ['empty file', '', 'The dataset file is empty.'],
  ['whitespace only', ' \n\t ', 'The dataset file is empty.'],
  ['truncated JSON', valid.slice(0, 200), 'cut short (truncated JSON'],
  ['HTML error page', '<!DOCTYPE html><html><h1>502 Bad Gateway</h1></html>', 'HTML page'],
  ['a bare string', '"events"', 'dataset: expected object, got "events"'],
  ['null', 'null', 'dataset: expected object, got null'],
  ['a number', '42', 'dataset: expected object, got 42'],
  ['a list', '[]', 'dataset: expected object, got a list of 0'],
  ['events is an object', edit((d) => (d.events = {} as never)), 'events: expected array'],
  ['missing version', edit((d) => delete d.version), 'version: is missing'],
  [
    'number as string',
    edit((d) => (d.events[0]!.counts = { transferred: '571' })),
    'events[0].counts.transferred: expected number, got "571"',
  ],
  [
    'fractional count',
    edit((d) => (d.events[0]!.counts = { transferred: 5.5 })),
    'events[0].counts.transferred',
  ],
  [
    'date out of range',
    edit((d) => (d.events[1]!.date = '2023-11-31')),
    'events[1].date: expected a date like 2023-11-18, got "2023-11-31"',
  ],
  [
    'date in another format',
    edit((d) => (d.events[1]!.date = '18/11/2023')),
    'events[1].date: expected a date like 2023-11-18, got "18/11/2023"',
  ],
  [
    'unknown place',
    edit((d) => (d.events[2]!.to = 'nowhere')),
    'events[2].to: no place has the id "nowhere"',
  ],
  [
    'unknown source',
    edit((d) => ((d.tallies as { sources: { source: string }[] }[])[0]!.sources[0]!.source = 'x')),
    'tallies[0].sources[0].source: no source has the id "x"',
  ],
  [
    'duplicate place id',
    edit((d) => ((d.places as { id: string }[])[1]!.id = 'muse')),
    'places[1].id: "muse" is used twice',
  ],
  [
    'precision unknown',
    edit((d) => (d.events[0]!.datePrecision = 'week')),
    'events[0].datePrecision: expected one of',
  ],
  [
    'country code in words',
    edit((d) => (d.events[0]!.origin = 'Myanmar')),
    'events[0].origin: expected a two-letter country code like MM, got "Myanmar"',
  ],
  [
    'id with spaces',
    edit((d) => (d.events[0]!.id = 'Muse handover')),
    'events[0].id: expected an id of lower-case letters',
  ],
  [
    'deeply nested arrays',
    `{"version":"1","sources":[],"places":[],"events":${nested(5000)}}`,
    'events[0]: expected object, got a list of 1',
  ],
  ['10 MB of junk', 'x'.repeat(10 * 1024 * 1024), 'not valid JSON'],
  [
    'sources not a list',
    edit((d) => (d.events[0]!.sources = 'xinhua')),
    'events[0].sources: expected array, got "xinhua"',
  ],
];

describe('malformed dataset corpus', () => {
  it.each(corpus)('%s: rejected with a message naming what is wrong', (_name, body, fragment) => {
    const result = parseDatasetText(body);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(
      errors.some((e) => e.includes(fragment)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('never throws and always explains a rejection, for 10,000 random inputs', () => {
    const anyJsonish = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .jsonValue()
        .map((v) => JSON.stringify({ version: '1', sources: [], places: [], events: [v] })),
      fc
        .jsonValue()
        .map((v) => edit((d) => (d.events[0]![String(Object.keys(d.events[0]!).length % 5)] = v))),
    );
    fc.assert(
      fc.property(anyJsonish, (body) => {
        const result = parseDatasetText(body);
        return result.ok || (result.errors.length > 0 && result.errors.every((e) => e.length > 0));
      }),
      { numRuns: 10_000 },
    );
    // 10,000 runs take seconds on a loaded 2-core machine: a generous limit, not a speed claim.
  }, 60_000);
});
