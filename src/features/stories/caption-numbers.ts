// The evidence rule for captions: every number a step writes must be one the data it shows holds.
import type { DatasetIndex } from '@/domain/dataset-index';
import { FilteredView } from '@/domain/filtered-view';
import { talliesInRange } from '@/domain/tally-series';
import { numbersIn } from '@/data/validate';
import { parseQuery } from '@/state/url-codec';
import type { StoryStep } from './story-schema';

/** Year, month and day of a YYYY-MM-DD date: a caption may name the day a figure is dated. */
function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}

/**
 * The numbers a step's view shows: the counts and dates of its filtered events, and the values
 * and dates of the official tallies and context figures its date range holds.
 */
function shownNumbers(index: DatasetIndex, step: StoryStep): Set<number> {
  const { filters } = parseQuery(step.view).view;
  const shown = new Set<number>();
  for (const event of new FilteredView(index, filters).events) {
    for (const value of Object.values(event.counts)) shown.add(value);
    for (const part of dateParts(event.date)) shown.add(part);
    if (event.dateEnd) for (const part of dateParts(event.dateEnd)) shown.add(part);
  }
  for (const tally of talliesInRange(index.dataset.tallies, filters.from, filters.to)) {
    shown.add(tally.value);
    for (const part of dateParts(tally.announced)) shown.add(part);
  }
  for (const figure of index.dataset.context) {
    const inRange =
      (filters.from === null || figure.date >= filters.from) &&
      (filters.to === null || figure.date <= filters.to);
    if (!inRange) continue;
    shown.add(figure.value);
    for (const part of dateParts(figure.date)) shown.add(part);
  }
  return shown;
}

/** The numbers in a step's texts (caption, Chinese caption, annotation labels) its data does not show. */
export function unshownNumbers(index: DatasetIndex, step: StoryStep): number[] {
  const shown = shownNumbers(index, step);
  const texts = [
    step.caption,
    step.caption_zh,
    step.annotation?.label,
    step.annotation?.label_zh,
  ].filter((t): t is string => t !== undefined);
  const missing = new Set<number>();
  for (const text of texts) for (const n of numbersIn(text)) if (!shown.has(n)) missing.add(n);
  return [...missing];
}
