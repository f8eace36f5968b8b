// stepTargets: neighbours within the filtered events, and the way back in for a hidden event.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEvents } from '@/domain/dataset-index';
import { makeEvent } from '@/testing/fixtures';
import { stepTargets } from './step-targets';

const a = makeEvent({ id: 'a', date: '2023-01-01' });
const b = makeEvent({ id: 'b', date: '2023-02-01' });
const c = makeEvent({ id: 'c', date: '2023-03-01' });
const hidden = makeEvent({ id: 'hidden', date: '2023-02-15' });

describe('stepTargets', () => {
  it('gives the neighbours of an event in the middle', () => {
    expect(stepTargets([a, b, c], b)).toEqual({ previous: a, next: c, position: 1 });
  });

  it('has no previous at the start and no next at the end', () => {
    expect(stepTargets([a, b, c], a)).toEqual({ previous: null, next: b, position: 0 });
    expect(stepTargets([a, b, c], c)).toEqual({ previous: b, next: null, position: 2 });
  });

  it('leads a hidden event to the nearest filtered events around its date', () => {
    expect(stepTargets([a, b, c], hidden)).toEqual({ previous: b, next: c, position: -1 });
    expect(stepTargets([], hidden)).toEqual({ previous: null, next: null, position: -1 });
  });

  it('never steps backwards in date order', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-01-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.uniqueArray(day, { minLength: 1 }), day, (dates, probe) => {
        const events = dates
          .map((date) => makeEvent({ id: `e-${date}`, date }))
          .sort(compareEvents);
        const event = makeEvent({ id: 'probe', date: probe });
        const { previous, next } = stepTargets(events, event);
        if (previous) expect(compareEvents(previous, event)).toBeLessThan(0);
        if (next) expect(compareEvents(next, event)).toBeGreaterThan(0);
      }),
    );
  });
});
