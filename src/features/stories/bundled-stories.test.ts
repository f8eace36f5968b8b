// The bundled stories: valid, pointing at what the dataset has, and no caption number the step's data lacks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '@/data/validate';
import { buildIndex } from '@/domain/dataset-index';
import { FilteredView } from '@/domain/filtered-view';
import { parseQuery } from '@/state/url-codec';
import { unshownNumbers } from './caption-numbers';
import { validateStories } from './story-schema';

const data = validateDataset(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
const file = validateStories(JSON.parse(readFileSync('public/data/stories.json', 'utf8')));
if (!data.ok) throw new Error(data.errors.join('\n'));
if (!file.ok) throw new Error(file.errors.join('\n'));
const index = buildIndex(data.dataset);
const steps = file.stories.flatMap((story) =>
  story.steps.map((step, i) => ({ name: `${story.id} step ${i + 1}`, story, step })),
);

describe('bundled stories', () => {
  it('ships at least one story of 6 to 10 steps, made on the bundled dataset', () => {
    const story = file.stories.find((s) => s.id === 'from-31000-to-57000');
    expect(story?.steps.length).toBeGreaterThanOrEqual(6);
    expect(story?.steps.length).toBeLessThanOrEqual(10);
    for (const s of file.stories) expect(s.version).toBe(data.dataset.version);
  });

  it.each(steps)('$name: every number in its captions is in the data it shows', ({ step }) => {
    expect(unshownNumbers(index, step)).toEqual([]);
  });

  it.each(steps)('$name: selects what its filters show, and pins notes inside it', ({ step }) => {
    const { view, ignored } = parseQuery(step.view);
    expect(ignored).toEqual([]);
    const shown = new FilteredView(index, view.filters).events.map((e) => e.id);
    if (view.selectedId !== null) expect(shown).toContain(view.selectedId);
    if (view.selectedTally !== null)
      expect(index.dataset.tallies.map((t) => t.id)).toContain(view.selectedTally);
    for (const place of view.filters.places) expect(index.placeById.has(place)).toBe(true);
    const note = step.annotation;
    if (note?.place !== undefined) expect(index.placeById.has(note.place)).toBe(true);
    if (note?.date !== undefined) {
      expect(note.date >= (view.filters.from ?? note.date)).toBe(true);
      expect(note.date <= (view.filters.to ?? note.date)).toBe(true);
    }
  });

  it('catches a number the step does not show: invented, or from outside its dates', () => {
    const first = steps[0]?.step;
    if (!first) throw new Error('no step');
    expect(unshownNumbers(index, { ...first, caption: 'Over 32,000 so far.' })).toEqual([32000]);
    // 57,000 is in the dataset, but announced in 2025: not in a September 2023 view.
    expect(unshownNumbers(index, { ...first, caption_zh: '逾5.7万人' })).toEqual([5.7, 57000]);
    expect(
      unshownNumbers(index, { ...first, annotation: { date: '2023-09-17', label: '1,483' } }),
    ).toEqual([1483]);
  });
});
