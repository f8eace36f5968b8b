// The chart's honest wording: tally labels, gaps and the headline say exactly what is compared, in both languages.
import { describe, expect, it } from 'vitest';
import { tallyScope } from '@/ui/format';
import { CHART_MESSAGES } from './chart-messages';
import { gapText, headlineText, seriesName, tallyLabel } from './chart-wording';

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
