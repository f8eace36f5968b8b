// Chart geometry: value ticks, time ticks, step rows, bands, dot merging, and the honest wording.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CumulativePoint } from '@/domain/derived-shapes';
import { isoDay, MS_PER_DAY, utcDay } from '@/domain/calendar';
import { tallyScope } from '@/ui/format';
import { CHART_MESSAGES } from './chart-messages';
import {
  band,
  dotGroups,
  gapText,
  headlineText,
  rowAt,
  seriesName,
  stepRows,
  tallyLabel,
  timeTicks,
  valueTicks,
  xDomain,
} from './chart-model';

const point = (date: string, byOrigin: Record<string, number>, ids: string[]): CumulativePoint => ({
  date,
  t: utcDay(date),
  byOrigin,
  total: Object.values(byOrigin).reduce((a, b) => a + b, 0),
  eventIds: ids,
});

const points = [
  point('2023-11-18', { MM: 571, LA: 0 }, ['a']),
  point('2024-02-01', { MM: 571, LA: 268 }, ['b']),
  point('2024-03-28', { MM: 923, LA: 268 }, ['c']),
];

describe('valueTicks', () => {
  it('gives round linear steps from 0 that cover the maximum', () => {
    expect(valueTicks(48000, 'linear')).toEqual([0, 20000, 40000, 60000]);
    expect(valueTicks(11254, 'linear')).toEqual([0, 5000, 10000, 15000]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (max) => {
        const ticks = valueTicks(max, 'linear');
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
        expect(ticks.length).toBeLessThanOrEqual(6);
      }),
    );
  });

  it('gives powers of ten from 1 on a log axis, never 0', () => {
    expect(valueTicks(57000, 'log')).toEqual([1, 10, 100, 1000, 10000, 100000]);
    expect(valueTicks(0, 'log')).toEqual([1, 10]);
  });
});

describe('xDomain and stepRows', () => {
  it('spans the chosen range, or the data widened to whole months', () => {
    expect(xDomain(points, [], '2024-01-01', '2024-06-30')).toEqual([
      utcDay('2024-01-01'),
      utcDay('2024-06-30'),
    ]);
    expect(xDomain(points, [], null, null)).toEqual([utcDay('2023-11-01'), utcDay('2024-03-31')]);
    expect(xDomain([], [], null, null)).toBeNull();
  });

  it('starts the steps at zero and carries the last level to the end', () => {
    const rows = stepRows(points, ['MM', 'LA'], [utcDay('2023-11-01'), utcDay('2024-03-31')]);
    expect(rows.map((r) => r.total)).toEqual([0, 571, 839, 1191, 1191]);
    expect(rows.at(-1)?.eventIds).toEqual([]);
  });

  it('reads the step in effect at a time', () => {
    expect(rowAt(points, utcDay('2024-01-15'))?.date).toBe('2023-11-18');
    expect(rowAt(points, utcDay('2024-02-01'))?.date).toBe('2024-02-01');
    expect(rowAt(points, utcDay('2030-01-01'))?.date).toBe('2024-03-28');
    expect(rowAt(points, 0)?.date).toBe('2023-11-18');
  });
});

describe('band', () => {
  it('stacks origins bottom up, and lifts zeros onto the log floor', () => {
    const row = points[2]!;
    expect(band(row, ['MM', 'LA'], 0, 'linear')).toEqual([0, 923]);
    expect(band(row, ['MM', 'LA'], 1, 'linear')).toEqual([923, 1191]);
    expect(band(points[0]!, ['MM', 'LA'], 0, 'log')).toEqual([1, 571]);
    expect(band(point('2023-01-01', { MM: 0, LA: 0 }, []), ['MM', 'LA'], 1, 'log')).toEqual([1, 1]);
  });
});

describe('timeTicks', () => {
  it('labels only what fits and adds quarter marks between years', () => {
    const { ticks, labelled } = timeTicks([utcDay('2023-08-01'), utcDay('2026-02-28')], 300, 'en');
    expect([...labelled]).toEqual([
      utcDay('2024-01-01'),
      utcDay('2025-01-01'),
      utcDay('2026-01-01'),
    ]);
    expect(ticks).toContain(utcDay('2024-04-01'));
    const wide = timeTicks([utcDay('2024-01-01'), utcDay('2024-06-30')], 600, 'en');
    expect(wide.labelled.size).toBe(6);
  });
});

describe('dotGroups', () => {
  it('merges dots that would touch and keeps every event id', () => {
    const xOf = (t: number) => (t - utcDay('2023-11-01')) / MS_PER_DAY; // one pixel per day
    const close = [
      point('2023-11-18', { MM: 571 }, ['a']),
      point('2023-11-19', { MM: 1144 }, ['b']),
      point('2024-02-01', { MM: 1200 }, ['c']),
    ];
    const groups = dotGroups(close, ['MM'], xOf, 9);
    expect(groups.map((g) => g.eventIds)).toEqual([['a', 'b'], ['c']]);
    expect(groups[0]!.point.date).toBe('2023-11-19');
    expect(groups[0]!.origin).toBe('MM');
  });

  it('keeps the number of dots bounded by pixels', () => {
    const dense = Array.from({ length: 1000 }, (_, i) =>
      point(isoDay(utcDay('2023-01-01') + i * MS_PER_DAY), { MM: i }, [`e${i}`]),
    );
    const xOf = (t: number) => ((t - utcDay('2023-01-01')) / MS_PER_DAY) * 0.3; // 300 px
    const groups = dotGroups(dense, ['MM'], xOf, 9);
    expect(groups.length).toBeLessThanOrEqual(300 / 9 + 1);
    expect(groups.flatMap((g) => g.eventIds)).toHaveLength(1000);
  });
});

describe('tally wording', () => {
  const tally = {
    id: 't',
    announced: '2024-04-01',
    value: 48000,
    qualifier: 'about' as const,
    measure: 'transferred' as const,
    since: '2023-01-01',
    scope: 'Myanmar',
    sources: [],
  };
  it('names the qualifier and the baseline in both languages', () => {
    expect(tallyLabel(tally, 'en', CHART_MESSAGES.en)).toBe('about 48,000 since 1 Jan 2023');
    expect(tallyLabel({ ...tally, since: null }, 'en', CHART_MESSAGES.en)).toBe(
      'about 48,000 with no start date stated',
    );
    expect(tallyLabel(tally, 'zh', CHART_MESSAGES.zh)).toBe('约48,000，自2023年1月1日起');
  });

  const comparison = { tally, origins: ['MM'], itemized: 4831, share: 4831 / 48000 };
  it('says where the itemized sum starts, even when the total states no start', () => {
    const en = CHART_MESSAGES.en;
    const all = { origins: [], places: [], types: [], actors: [], q: '' };
    expect(gapText(tally, comparison, all, 'en', en)).toBe(
      'official about 48,000 vs itemized 4,831 since 1 Jan 2023 (10%)',
    );
    const unstated = { ...tally, since: null };
    expect(gapText(unstated, { ...comparison, tally: unstated }, all, 'en', en)).toBe(
      'official about 48,000, with no start date stated, vs itemized 4,831 from the first record to 1 Apr 2024 (10%)',
    );
    expect(
      gapText({ ...tally, origins: ['MM'] }, null, { ...all, places: ['muse'] }, 'en', en),
    ).toBe('not comparable: counts all of Myanmar, and this view shows some places only');
  });

  it('says exactly what the headline compares', () => {
    const en = CHART_MESSAGES.en;
    const compare = { kind: 'compare' as const, comparison };
    expect(headlineText(compare, { origins: [], from: null }, 'en', en)).toBe(
      'From 1 Jan 2023 to 1 Apr 2024, reported handovers from Myanmar add up to 4,831: 10% of the about 48,000 the ministry announced that day for Myanmar.',
    );
    expect(headlineText(compare, { origins: [], from: '2024-01-01' }, 'en', en)).toMatch(
      /not from the start of the chosen range\.$/,
    );
    expect(headlineText({ kind: 'no-tally' }, { origins: ['LA'], from: null }, 'en', en)).toBe(
      'No official total covers Laos transfers.',
    );
    expect(
      headlineText({ kind: 'none-in-range' }, { origins: ['LA', 'TH'], from: null }, 'en', en),
    ).toBe('No official total of Laos and Thailand transfers was announced in this date range.');
  });

  it('says in words that no handovers are in view, never "add up to 0, 0%"', () => {
    const none = { kind: 'compare' as const, comparison: { ...comparison, itemized: 0, share: 0 } };
    const unstated = {
      kind: 'compare' as const,
      comparison: { ...none.comparison, tally: { ...tally, since: null } },
    };
    const en = CHART_MESSAGES.en;
    const zh = CHART_MESSAGES.zh;
    expect(headlineText(none, { origins: [], from: null }, 'en', en)).toBe(
      'No reported handovers from Myanmar in view since 1 Jan 2023 to compare with the about 48,000 the ministry announced on 1 Apr 2024 for Myanmar.',
    );
    // A brushed range changes nothing: there is no sum whose start could be misread.
    expect(headlineText(none, { origins: [], from: '2024-01-01' }, 'en', en)).toBe(
      headlineText(none, { origins: [], from: null }, 'en', en),
    );
    expect(headlineText(unstated, { origins: [], from: null }, 'en', en)).toBe(
      'No reported handovers from Myanmar in view up to 1 Apr 2024 to compare with the about 48,000 the ministry announced that day for Myanmar, with no start date stated.',
    );
    expect(headlineText(none, { origins: [], from: null }, 'zh', zh)).toBe(
      '自2023年1月1日起，当前视图中没有报道的自缅甸移交，无法与公安部2024年4月1日公布的Myanmar约48,000人比较。',
    );
    expect(headlineText(unstated, { origins: [], from: null }, 'zh', zh)).toBe(
      '截至2024年4月1日，当前视图中没有报道的自缅甸移交，无法与公安部当日公布的Myanmar约48,000人比较（未说明起算日期）。',
    );
    for (const [lang, m] of [
      ['en', en],
      ['zh', zh],
    ] as const)
      for (const headline of [none, unstated])
        expect(headlineText(headline, { origins: [], from: null }, lang, m)).not.toMatch(
          /\b0\s*%|0 人/,
        );
  });

  it('names the scope in Chinese from the dataset’s scope_zh, else as worded', () => {
    const route = { ...tally, scope: 'Myawaddy route', scope_zh: '妙瓦底线路（经泰国）' };
    expect(tallyScope(route, 'zh')).toBe('妙瓦底线路（经泰国）');
    expect(tallyScope(route, 'en')).toBe('Myawaddy route');
    expect(tallyScope({ scope: 'four countries' }, 'zh')).toBe('four countries');
    expect(
      seriesName(
        {
          measure: 'transferred',
          since: '2025-02-20',
          scope: route.scope,
          scope_zh: route.scope_zh,
        },
        'zh',
        CHART_MESSAGES.zh,
      ),
    ).toContain('妙瓦底线路（经泰国）');
  });
});
