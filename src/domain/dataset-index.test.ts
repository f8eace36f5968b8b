// The index built in steps (as an import does, with the worker's date order) is the one built at once.
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '@/data/schema';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { buildColumnarIndex } from './columnar-index';
import { buildIndex, compareEvents, dateOrder, ROWS_PER_STEP } from './dataset-index';
import { columnsOf, preparedIndexSteps } from './fused-derive';

/** More events than a step holds, in no date order, some sharing a date (the id breaks the tie). */
function manyEvents() {
  const bundled = makeDataset();
  const events = Array.from({ length: 2 * ROWS_PER_STEP + 345 }, (_, i) =>
    makeEvent({
      id: `e-${(i * 7919) % 3000}-${i}`,
      date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      type: EVENT_TYPES[i % EVENT_TYPES.length],
      actors: i % 5 === 0 ? [`Actor ${i % 7}`] : [],
      place: i % 2 ? 'muse' : 'ruili',
    }),
  );
  return { ...bundled, events };
}

describe('dateOrder', () => {
  it('lists the positions of the events in compareEvents order', () => {
    const { events } = manyEvents();
    const sorted = [...events].sort(compareEvents);
    expect(Array.from(dateOrder(events), (i) => events[i])).toEqual(sorted);
  });
});

describe('preparedIndexSteps', () => {
  it('yields rising shares and ends with the index and columns built at once', () => {
    const dataset = manyEvents();
    const steps = preparedIndexSteps(dataset, dateOrder(dataset.events));
    const shares: number[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) shares.push(next.value);
    const index = next.value;

    expect(shares.length).toBeGreaterThan(3);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.every((s) => s > 0 && s <= 1)).toBe(true);

    const atOnce = buildIndex(dataset);
    expect(index.events).toEqual(atOnce.events);
    expect(index.haystack).toEqual(atOnce.haystack);
    expect([...index.eventById.keys()]).toEqual([...atOnce.eventById.keys()]);
    // The columns were kept for the views: columnsOf builds nothing more.
    expect({ ...columnsOf(index), index: null }).toEqual({
      ...buildColumnarIndex(atOnce),
      index: null,
    });
  });
});
