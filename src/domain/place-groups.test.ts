// Place and movement groups: counts, sums and the dominant type, checked by example and by law.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type AtlasEvent } from '@/data/schema';
import { buildIndex, compareEvents } from '@/domain/dataset-index';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { FilteredView } from './filtered-view';
import { DEFAULT_FILTERS } from './filters';
import { eventPeople, mergeGroups, summarize } from './place-groups';

const index = buildIndex(makeDataset());

/** The map's groups (FilteredView's) for a dataset of these events, unfiltered. */
const viewOfEvents = (events: readonly AtlasEvent[]) =>
  new FilteredView(buildIndex({ ...makeDataset(), events: [...events] }), DEFAULT_FILTERS);
const placeGroups = (events: readonly AtlasEvent[]) => viewOfEvents(events).placeGroups;

describe('FilteredView.placeGroups', () => {
  it('gives one group per place with its events, counts and people sums', () => {
    const groups = placeGroups(index.events);
    const byPlace = new Map(groups.map((g) => [g.place.id, g]));
    expect([...byPlace.keys()].sort()).toEqual(['laukkai', 'muse', 'vientiane']);

    const muse = byPlace.get('muse')!;
    expect(muse.events.map((e) => e.id)).toEqual([
      '2023-11-18-muse-handover',
      '2024-03-28-muse-operation',
    ]);
    expect(muse.transferred).toBe(571 + 352);
    expect(muse.detained).toBe(807);
    // The operation counts its 352 transferred, not its 807 detained: transfer wins when both are known.
    expect(muse.people).toBe(571 + 352);
    expect(muse.types).toEqual([
      { type: 'transfer', count: 1, people: 571 },
      { type: 'raid', count: 1, people: 352 },
    ]);
    expect(muse.latest.id).toBe('2024-03-28-muse-operation');

    const laukkai = byPlace.get('laukkai')!;
    expect(laukkai.people).toBe(0);
    expect(laukkai.dominantType).toBe('arrest');
  });

  it('breaks a tie in event counts by people, so the heavier type colours the mark', () => {
    const muse = placeGroups(index.events).find((g) => g.place.id === 'muse')!;
    // transfer (571) vs raid (352): one event each.
    expect(muse.dominantType).toBe('transfer');
    const more = summarize([
      makeEvent({ id: 'a', type: 'raid' }),
      makeEvent({ id: 'b', type: 'raid' }),
      makeEvent({ id: 'c', type: 'transfer', counts: { transferred: 9000 } }),
    ]);
    expect(more.dominantType).toBe('raid');
  });

  it('leaves out events whose place is unknown', () => {
    const stray = makeEvent({ id: 'stray', place: 'atlantis' });
    const groups = placeGroups([...index.events, stray]);
    expect(groups.flatMap((g) => g.events.map((e) => e.id))).not.toContain('stray');
  });

  it('accounts for every event with a known place exactly once, and sums people per place', () => {
    const placeIds = [...index.placeById.keys(), 'nowhere'];
    const eventArb = fc.record({
      place: fc.constantFrom(...placeIds),
      type: fc.constantFrom(...EVENT_TYPES),
      transferred: fc.option(fc.nat(5000), { nil: undefined }),
      detained: fc.option(fc.nat(5000), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), (specs) => {
        const events: AtlasEvent[] = specs.map((s, i) =>
          makeEvent({
            id: `e-${i}`,
            place: s.place,
            type: s.type,
            counts: { transferred: s.transferred, detained: s.detained },
          }),
        );
        const groups = placeGroups(events);
        const placed = events.filter((e) => index.placeById.has(e.place));
        expect(groups.reduce((n, g) => n + g.events.length, 0)).toBe(placed.length);
        const ids = groups.flatMap((g) => g.events.map((e) => e.id));
        expect(new Set(ids).size).toBe(ids.length);
        for (const g of groups) {
          expect(g.events.every((e) => e.place === g.place.id)).toBe(true);
          expect(g.people).toBe(g.events.reduce((n, e) => n + eventPeople(e), 0));
          expect(g.types.reduce((n, t) => n + t.count, 0)).toBe(g.events.length);
          expect(g.types.some((t) => t.type === g.dominantType)).toBe(true);
        }
      }),
    );
  });
});

describe('FilteredView.movementGroups', () => {
  it('aggregates events sharing a from→to pair and keeps directions apart', () => {
    const events = [
      makeEvent({ id: 'a', from: 'muse', to: 'ruili', counts: { transferred: 100 } }),
      makeEvent({ id: 'b', from: 'muse', to: 'ruili', counts: { transferred: 50 } }),
      makeEvent({ id: 'c', from: 'ruili', to: 'muse', counts: { detained: 7 } }),
      makeEvent({ id: 'd', from: 'muse', to: 'muse' }),
      makeEvent({ id: 'e', from: 'muse' }),
      makeEvent({ id: 'f', from: 'muse', to: 'atlantis' }),
    ];
    const groups = viewOfEvents(events).movementGroups;
    expect(groups.map((g) => [g.from.id, g.to.id, g.events.map((e) => e.id), g.people])).toEqual([
      ['muse', 'ruili', ['a', 'b'], 150],
      ['ruili', 'muse', ['c'], 7],
    ]);
    expect(groups[0]!.latest.id).toBe('b');
  });
});

describe('eventPeople', () => {
  it('prefers transferred, falls back to detained, else zero', () => {
    expect(eventPeople(makeEvent({ id: 'x', counts: { transferred: 3, detained: 9 } }))).toBe(3);
    expect(eventPeople(makeEvent({ id: 'y', counts: { detained: 9 } }))).toBe(9);
    expect(eventPeople(makeEvent({ id: 'z', counts: {} }))).toBe(0);
  });
});

describe('mergeGroups', () => {
  it('sums groups as summarizing all their events together does, events merged in date order', () => {
    const dates = ['2023-01-05', '2023-06-01', '2024-02-29', '2025-10-10'];
    const eventArb = fc.record({
      type: fc.constantFrom(...EVENT_TYPES),
      date: fc.constantFrom(...dates),
      transferred: fc.option(fc.nat(5000), { nil: undefined }),
      detained: fc.option(fc.nat(5000), { nil: undefined }),
    });
    const groupArb = fc.array(eventArb, { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(groupArb, { minLength: 1, maxLength: 4 }), (raw) => {
        let n = 0;
        const lists = raw.map((group) =>
          group
            .map(({ transferred, detained, ...rest }) =>
              makeEvent({ id: `e${n++}`, ...rest, counts: { transferred, detained } }),
            )
            .sort(compareEvents),
        );
        const merged = mergeGroups(lists.map(summarize));
        const all = summarize(lists.flat().sort(compareEvents));
        expect({ ...merged, events: merged.events.map((e) => e.id) }).toEqual({
          ...all,
          events: all.events.map((e) => e.id),
        });
      }),
    );
  });
});
