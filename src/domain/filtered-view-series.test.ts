// Laws of the cumulative series (FilteredView.cumulative): it never falls, the stacks add up, and merging keeps the total.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '@/data/schema';
import { validateDataset } from '@/data/validate';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { isoDay, utcDay } from './calendar';
import { buildIndex } from './dataset-index';
import { FilteredView } from './filtered-view';
import { DEFAULT_FILTERS } from './filters';

const DAY = 86_400_000;
const START = utcDay('2023-01-01');

const eventArb = fc.record({
  day: fc.integer({ min: 0, max: 1200 }),
  origin: fc.constantFrom('MM', 'LA', 'TH', 'KH'),
  transferred: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
});

const eventsArb = fc.array(eventArb, { maxLength: 200 }).map((rows) =>
  rows.map((r, i): AtlasEvent =>
    makeEvent({
      id: `e-${i}`,
      date: isoDay(START + r.day * DAY),
      origin: r.origin,
      counts: r.transferred === undefined ? {} : { transferred: r.transferred },
    }),
  ),
);

/** The series of a dataset of these events, its points' (lazy) event ids read into plain fields. */
function cumulativeTransfers(events: AtlasEvent[], maxPoints?: number) {
  const view = new FilteredView(buildIndex({ ...makeDataset(), events }), DEFAULT_FILTERS);
  const { origins, points } = view.cumulative(maxPoints);
  return { origins, points: points.map((p) => ({ ...p, eventIds: p.eventIds })) };
}

const sumTransferred = (events: AtlasEvent[]) =>
  events.reduce((s, e) => s + (e.counts.transferred ?? 0), 0);

describe('FilteredView.cumulative', () => {
  it('gives one point per distinct date with a transfer, never one per event', () => {
    const events = [
      makeEvent({ id: 'a', date: '2023-11-18', counts: { transferred: 571 } }),
      makeEvent({ id: 'b', date: '2023-11-18', origin: 'LA', counts: { transferred: 29 } }),
      makeEvent({ id: 'c', date: '2023-12-01', counts: { transferred: 0 } }),
      makeEvent({ id: 'd', date: '2023-10-01', counts: { transferred: 100 } }),
      makeEvent({ id: 'e', date: '2023-10-05', counts: {} }),
    ];
    const { origins, points } = cumulativeTransfers(events);
    expect(origins).toEqual(['MM', 'LA']);
    expect(points.map((p) => [p.date, p.total, p.eventIds])).toEqual([
      ['2023-10-01', 100, ['d']],
      ['2023-11-18', 700, ['a', 'b']],
    ]);
    expect(points[1]!.byOrigin).toEqual({ MM: 671, LA: 29 });
    expect(points[0]!.byOrigin).toEqual({ MM: 100, LA: 0 });
    expect(points[0]!.t).toBe(Date.UTC(2023, 9, 1));
  });

  it('is empty without transfers', () => {
    expect(cumulativeTransfers([makeEvent({ id: 'x', counts: { detained: 5 } })])).toEqual({
      origins: [],
      points: [],
    });
  });

  it('never falls, and its stacks always sum to the total', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const { origins, points } = cumulativeTransfers(events);
        points.forEach((p, i) => {
          const stacked = origins.reduce((s, o) => s + (p.byOrigin[o] ?? 0), 0);
          expect(stacked).toBe(p.total);
          const prev = points[i - 1];
          if (prev) {
            expect(p.t).toBeGreaterThan(prev.t);
            expect(p.total).toBeGreaterThanOrEqual(prev.total);
            for (const o of origins)
              expect(p.byOrigin[o]).toBeGreaterThanOrEqual(prev.byOrigin[o]!);
          }
        });
        expect(points.at(-1)?.total ?? 0).toBe(sumTransferred(events));
      }),
    );
  });

  it("ends on the view's people-transferred figure, whatever the window", () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 0, max: 1200 }), (events, cut) => {
        const to = isoDay(START + cut * DAY);
        const index = buildIndex({ ...makeDataset(), events });
        const view = new FilteredView(index, { ...DEFAULT_FILTERS, to });
        expect(view.cumulative().points.at(-1)?.total ?? 0).toBe(view.transferred);
      }),
    );
  });

  it('merges into at most maxPoints buckets and keeps the final total and every event', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 1, max: 40 }), (events, max) => {
        const { points } = cumulativeTransfers(events, max);
        expect(points.length).toBeLessThanOrEqual(max);
        expect(points.at(-1)?.total ?? 0).toBe(sumTransferred(events));
        const withTransfers = events.filter((e) => (e.counts.transferred ?? 0) > 0);
        expect(points.flatMap((p) => p.eventIds).sort()).toEqual(
          withTransfers.map((e) => e.id).sort(),
        );
        // A merged point sits on the last date it covers, so the step never runs ahead of the data.
        for (const p of points) {
          const last = withTransfers
            .filter((e) => p.eventIds.includes(e.id))
            .reduce((d, e) => (e.date > d ? e.date : d), '');
          expect(p.date).toBe(last);
        }
      }),
    );
  });

  it('leaves the series alone when it already fits', () => {
    const events = [
      makeEvent({ id: 'a', date: '2023-01-01', counts: { transferred: 1 } }),
      makeEvent({ id: 'b', date: '2023-06-01', counts: { transferred: 2 } }),
    ];
    expect(cumulativeTransfers(events, 2)).toEqual(cumulativeTransfers(events));
    expect(cumulativeTransfers(events, 1).points).toHaveLength(1);
  });

  it('puts the 763 of Tangyan and the 106 of Luang Namtha of the bundled dataset into the series', () => {
    const bundled = validateDataset(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
    if (!bundled.ok) throw new Error(bundled.errors.join('\n'));
    const { points } = cumulativeTransfers(bundled.dataset.events);
    const step = (date: string, origin: string) => {
      const i = points.findIndex((p) => p.date === date);
      const before = i > 0 ? (points[i - 1]?.byOrigin[origin] ?? 0) : 0;
      return (points[i]?.byOrigin[origin] ?? 0) - before;
    };
    expect(step('2024-11-17', 'MM')).toBe(763);
    expect(step('2024-08-15', 'LA')).toBe(106);
  });
});
