import { describe, expect, it } from 'vitest';
import { buildIndex } from '@/domain/dataset-index';
import { DEFAULT_FILTERS, type Filters } from '@/domain/filters';
import { makeDataset } from '@/testing/fixtures';
import { DATA_IO_MESSAGES } from './data-io-messages';
import { filterSummary, periodWords } from './filter-summary';

const index = buildIndex(makeDataset());
const summary = (filters: Partial<Filters>, lang: 'en' | 'zh' = 'en') =>
  filterSummary({ ...DEFAULT_FILTERS, ...filters }, index, lang, DATA_IO_MESSAGES[lang]);
const period = (from: string | null, to: string | null, lang: 'en' | 'zh' = 'en') =>
  periodWords(from, to, lang, DATA_IO_MESSAGES[lang]);

describe('filterSummary names a view as a reader would', () => {
  it('puts where, then what, then when: "Laos · transfers · 2023–2024"', () => {
    expect(
      summary({ origins: ['LA'], types: ['transfer'], from: '2023-01-01', to: '2024-12-31' }),
    ).toBe('Laos · transfers · 2023–2024');
    expect(
      summary({ origins: ['LA'], types: ['transfer'], from: '2023-01-01', to: '2024-12-31' }, 'zh'),
    ).toBe('老挝 · 移交 · 2023–2024年');
  });

  it('lists several origins and types, and says when nothing is filtered', () => {
    expect(summary({ origins: ['MM', 'LA'], types: ['raid', 'arrest'] })).toBe(
      'Myanmar, Laos · raids, arrests',
    );
    expect(summary({})).toBe('All events');
  });

  it('keeps text searches and actors after the period', () => {
    expect(summary({ q: ' Muse ', actors: ['MPS'], from: '2024-01-01', to: '2024-12-31' })).toBe(
      '2024 · actors: MPS · text: “Muse”',
    );
  });
});

describe('periodWords says a range as briefly as it is exact', () => {
  it('names whole years and whole months', () => {
    expect(period('2024-01-01', '2024-12-31')).toBe('2024');
    expect(period('2024-10-01', '2025-04-30')).toBe('Oct 2024 – Apr 2025');
    expect(period('2024-02-01', '2024-02-29')).toBe('Feb 2024');
    expect(period('2024-02-01', '2024-02-29', 'zh')).toBe('2024年2月');
  });

  it('gives other dates in full, and open ends in words', () => {
    expect(period('2023-10-18', '2024-04-30')).toBe('18 Oct 2023 – 30 Apr 2024');
    expect(period('2023-10-01', null)).toBe('from Oct 2023');
    expect(period(null, '2024-04-12')).toBe('until 12 Apr 2024');
    expect(period(null, '2024-04-12', 'zh')).toBe('至2024年4月12日');
    expect(period(null, null)).toBeNull();
  });
});
