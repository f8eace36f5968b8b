import { describe, expect, it } from 'vitest';
import { makeDataset } from '@/testing/fixtures';
import { numbersIn, parseDatasetText, validateDataset, formatPath } from './validate';

type Mutable = Record<string, unknown> & { events?: Record<string, unknown>[] };

/** A fresh valid dataset as plain JSON, changed by `mutate`. */
function variant(mutate: (d: Mutable) => void): unknown {
  const d = JSON.parse(JSON.stringify(makeDataset())) as Mutable;
  mutate(d);
  return d;
}

function errorsOf(raw: unknown): string[] {
  const result = validateDataset(raw);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.errors;
}

describe('validateDataset', () => {
  it('accepts the fixture dataset', () => {
    expect(validateDataset(makeDataset())).toMatchObject({ ok: true });
  });

  const cases: [string, (d: Mutable) => void, string][] = [
    [
      'an impossible date',
      (d) => (d.events![1]!.date = '2023-13-01'),
      'events[1].date: expected a date like 2023-11-18, got "2023-13-01"',
    ],
    [
      'a date that does not exist',
      (d) => (d.events![0]!.date = '2023-02-30'),
      'events[0].date: expected a date like 2023-11-18, got "2023-02-30"',
    ],
    ['a missing title', (d) => delete d.events![2]!.title, 'events[2].title: is missing'],
    [
      'an unknown type',
      (d) => (d.events![0]!.type = 'kidnap'),
      'events[0].type: expected one of "transfer"',
    ],
    [
      'a count given as a string',
      (d) => (d.events![0]!.counts = { transferred: '571' }),
      'events[0].counts.transferred: expected number, got "571"',
    ],
    [
      'a negative count',
      (d) => (d.events![0]!.counts = { transferred: -5 }),
      'events[0].counts.transferred: must be at least 0, got -5',
    ],
    [
      'an event without sources',
      (d) => (d.events![0]!.sources = []),
      'events[0].sources: needs at least one source',
    ],
    [
      'a duplicate event id',
      (d) => (d.events![1]!.id = '2023-11-18-muse-handover'),
      'events[1].id: "2023-11-18-muse-handover" is used twice (first at events[0])',
    ],
    [
      'an unknown place',
      (d) => (d.events![0]!.place = 'atlantis'),
      'events[0].place: no place has the id "atlantis"',
    ],
    [
      'an unknown source',
      (d) => ((d.events![0]!.sources as { source: string }[])[0]!.source = 'rumour'),
      'events[0].sources[0].source: no source has the id "rumour"',
    ],
    [
      'an end date before the start',
      (d) => (d.events![3]!.dateEnd = '2024-03-01'),
      'events[3].dateEnd: 2024-03-01 is before the start date 2024-03-28',
    ],
    [
      'a count that is in no quote',
      (d) => (d.events![0]!.counts = { transferred: 572 }),
      'events[0].counts.transferred: 572 does not appear in any of its quotes',
    ],
    [
      'a tally value that is in no quote',
      (d) => ((d.tallies as { value: number }[])[1]!.value = 49000),
      'tallies[1].value: 49000 does not appear in any of its quotes',
    ],
    [
      'a quote over 300 characters',
      (d) => ((d.events![0]!.sources as { quote: string }[])[0]!.quote = 'x'.repeat(301)),
      'events[0].sources[0].quote: quote is longer than 300 characters',
    ],
    [
      'a latitude out of range',
      (d) => ((d.places as { lat: number }[])[0]!.lat = 123),
      'places[0].lat: must be at most 90, got 123',
    ],
    [
      'a quote elided with "…"',
      (d) =>
        ((d.events![0]!.sources as { quote: string }[])[0]!.quote = 'handed over… 571 suspects'),
      'events[0].sources[0].quote: quote has an ellipsis',
    ],
    [
      'a quote elided with "..."',
      (d) =>
        ((d.tallies as { sources: { quote: string }[] }[])[0]!.sources[0]!.quote =
          '31,000 ... to date'),
      'tallies[0].sources[0].quote: quote has an ellipsis',
    ],
    [
      'a replaced id that is still a live event',
      (d) => (d.events![1]!.replaces = ['2023-11-18-muse-handover']),
      'events[1].replaces[0]: "2023-11-18-muse-handover" is still the id of an event',
    ],
    [
      'an id replaced by two events',
      (d) => {
        d.events![0]!.replaces = ['2023-11-21-old-id'];
        d.events![2]!.replaces = ['2023-11-21-old-id'];
      },
      'events[2].replaces[0]: "2023-11-21-old-id" is already replaced by events[0]',
    ],
    [
      'a tally origin that is not a country code',
      (d) => ((d.tallies as { origins?: string[] }[])[0]!.origins = ['Myanmar']),
      'tallies[0].origins[0]: expected a two-letter country code like MM, got "Myanmar"',
    ],
    [
      'an empty origins list',
      (d) => ((d.tallies as { origins?: string[] }[])[0]!.origins = []),
      'tallies[0].origins: must name at least one country',
    ],
    [
      'a tally origin listed twice',
      (d) => ((d.tallies as { origins?: string[] }[])[0]!.origins = ['MM', 'LA', 'MM']),
      'tallies[0].origins: "MM" is listed twice',
    ],
    [
      'a tally limited to a place that does not exist',
      (d) => ((d.tallies as { places?: string[] }[])[0]!.places = ['nowhere']),
      'tallies[0].places[0]: no place has the id "nowhere"',
    ],
    [
      'an empty places list on a tally',
      (d) => ((d.tallies as { places?: string[] }[])[0]!.places = []),
      'tallies[0].places: must name at least one place',
    ],
    ['an unknown field', (d) => (d.events![0]!.colour = 'red'), 'events[0]: unknown field colour'],
    ['no events list', (d) => delete d.events, 'events: is missing (expected array)'],
  ];

  it.each(cases)('rejects %s with a message naming the field', (_name, mutate, message) => {
    const errors = errorsOf(variant(mutate));
    expect(
      errors.some((e) => e.startsWith(message)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('accepts a quote with a decimal point or a single full stop', () => {
    const ok = variant(
      (d) =>
        ((d.events![0]!.sources as { quote: string }[])[0]!.quote =
          'handed over 571 suspects. 27.96 million yuan'),
    );
    expect(validateDataset(ok)).toMatchObject({ ok: true });
  });

  it('accepts a replaced id that no live event uses', () => {
    const ok = variant((d) => (d.events![1]!.replaces = ['2023-11-21-old-id']));
    expect(validateDataset(ok)).toMatchObject({ ok: true });
  });

  it('rejects a non-object with a message', () => {
    expect(errorsOf([1, 2, 3])[0]).toMatch(/^dataset: expected object, got a list of 3/);
  });
});

describe('parseDatasetText', () => {
  it('explains an HTML page served instead of JSON', () => {
    const result = parseDatasetText('<!doctype html><html><body>Not found</body></html>');
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/HTML page/)] });
  });

  it('explains an empty file', () => {
    expect(parseDatasetText('  \n')).toEqual({ ok: false, errors: ['The dataset file is empty.'] });
  });

  it('explains truncated JSON', () => {
    const text = JSON.stringify(makeDataset());
    const result = parseDatasetText(text.slice(0, text.length / 2));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(
      /^The dataset file is cut short \(truncated JSON/,
    );
  });
});

describe('numbersIn', () => {
  it('reads numbers with and without separators, and millions', () => {
    const found = numbersIn('over 1,531 fugitives, 31000 suspects, 27.96 million yuan, 10 billion');
    expect([...found]).toEqual(expect.arrayContaining([1531, 31000, 27960000, 10000000000]));
  });

  it('reads the Chinese units 万/萬 (ten thousand) and 亿/億 (hundred million)', () => {
    const found = numbersIn('累计抓获5.3万余名，判处4.1萬餘人，违法所得11亿元，涉案246億');
    expect([...found]).toEqual(expect.arrayContaining([53000, 41000, 1100000000, 24600000000]));
    expect(found.has(5.3)).toBe(true);
    expect(found.has(530000)).toBe(false);
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatPath(['events', 12, 'counts', 'transferred'])).toBe(
      'events[12].counts.transferred',
    );
  });
});
