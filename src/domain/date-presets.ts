// Date-range presets derived from the dataset's span: all, since the crackdown escalated, and each year.
import type { Lang } from '@/state/view-store';
import type { DatasetIndex } from './dataset-index';

export interface DatePreset {
  id: string;
  label: string;
  /** Inclusive YYYY-MM-DD bounds, null for open, as the filters hold them. */
  from: string | null;
  to: string | null;
}

/** The joint operations in northern Myanmar began in September 2023 (Operation 1027 and after). */
export const CRACKDOWN_START = '2023-09-01';

const LABELS: Record<Lang, { all: string; since: string; year: (y: number) => string }> = {
  en: { all: 'All', since: 'Since Sep 2023', year: (y) => String(y) },
  zh: { all: '全部', since: '2023年9月以来', year: (y) => `${y}年` },
};

/** First start date and last end date of the dataset's events; null when there are none. */
export function datasetSpan(index: DatasetIndex): { first: string; last: string } | null {
  const first = index.events[0];
  if (!first) return null;
  let last = first.dateEnd ?? first.date;
  for (const e of index.events) {
    const end = e.dateEnd ?? e.date;
    if (end > last) last = end;
  }
  return { first: first.date, last };
}

export function datePresets(index: DatasetIndex, lang: Lang = 'en'): DatePreset[] {
  const labels = LABELS[lang];
  const presets: DatePreset[] = [{ id: 'all', label: labels.all, from: null, to: null }];
  const span = datasetSpan(index);
  if (!span) return presets;
  // Only offered when it differs from "All" and leaves something in view.
  if (span.first < CRACKDOWN_START && span.last >= CRACKDOWN_START)
    presets.push({ id: 'since-2023-09', label: labels.since, from: CRACKDOWN_START, to: null });
  const firstYear = Number(span.first.slice(0, 4));
  const lastYear = Number(span.last.slice(0, 4));
  for (let y = firstYear; y <= lastYear; y++)
    presets.push({ id: String(y), label: labels.year(y), from: `${y}-01-01`, to: `${y}-12-31` });
  return presets;
}

/** The preset whose bounds are exactly the current range, if any. */
export function activePreset(
  presets: readonly DatePreset[],
  from: string | null,
  to: string | null,
): DatePreset | undefined {
  return presets.find((p) => p.from === from && p.to === to);
}
