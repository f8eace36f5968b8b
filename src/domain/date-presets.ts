// Date-range presets derived from the dataset's span: all, since the crackdown escalated, and each year.
import type { DatasetIndex } from './dataset-index';
import { columnsOf } from './fused-derive';

/** What a preset covers, for the filters feature to name: everything, since the crackdown, or one year. */
type PresetSpan = { kind: 'all' } | { kind: 'since' } | { kind: 'year'; year: number };

export type DatePreset = PresetSpan & {
  id: string;
  /** Inclusive YYYY-MM-DD bounds, null for open, as the filters hold them. */
  from: string | null;
  to: string | null;
};

/** The joint operations in northern Myanmar began in September 2023 (Operation 1027 and after). */
export const CRACKDOWN_START = '2023-09-01';

/** First start date and last end date of the dataset's events; null when there are none. */
export function datasetSpan(index: DatasetIndex): { first: string; last: string } | null {
  const first = index.events[0];
  if (!first) return null;
  // The columns hold every start and end date in order, and no event ends before it starts
  // (validated), so the last of them is the last end: no scan of 100,000 events per dataset.
  const { dates } = columnsOf(index);
  return { first: first.date, last: dates[dates.length - 1] ?? first.date };
}

export function datePresets(index: DatasetIndex): DatePreset[] {
  const presets: DatePreset[] = [{ kind: 'all', id: 'all', from: null, to: null }];
  const span = datasetSpan(index);
  if (!span) return presets;
  // Only offered when it differs from "All" and leaves something in view.
  if (span.first < CRACKDOWN_START && span.last >= CRACKDOWN_START)
    presets.push({ kind: 'since', id: 'since-2023-09', from: CRACKDOWN_START, to: null });
  const firstYear = Number(span.first.slice(0, 4));
  const lastYear = Number(span.last.slice(0, 4));
  for (let y = firstYear; y <= lastYear; y++)
    presets.push({ kind: 'year', year: y, id: String(y), from: `${y}-01-01`, to: `${y}-12-31` });
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
