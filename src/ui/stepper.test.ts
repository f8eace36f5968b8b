// Stepping through a list: one at a time, stopping at the ends, starting at the first from outside it.
// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { steppedIndex, steppedItem, type Move } from './stepper';

describe('steppedItem', () => {
  it('steps within the list and stops at its ends', () => {
    expect(steppedItem(['a', 'b', 'c'], 'b', 1)).toBe('c');
    expect(steppedItem(['a', 'b', 'c'], 'c', 1)).toBe('c');
    expect(steppedItem(['a', 'b', 'c'], 'a', -1)).toBe('a');
    expect(steppedItem(['a', 'b', 'c'], null, 1)).toBe('a');
    expect(steppedItem(['a', 'b', 'c'], 'gone', 1)).toBe('a');
    expect(steppedItem([], null, 1)).toBeNull();
  });

  it('starts at the first item from no selection, whichever way the presenter steps', () => {
    expect(steppedItem(['a', 'b', 'c'], null, -1)).toBe('a');
    expect(steppedItem(['a', 'b', 'c'], 'gone', -1)).toBe('a');
  });

  it('jumps to either end', () => {
    expect(steppedItem(['a', 'b', 'c'], 'b', 'first')).toBe('a');
    expect(steppedItem(['a', 'b', 'c'], null, 'last')).toBe('c');
    expect(steppedItem([], null, 'last')).toBeNull();
  });
});

describe('steppedIndex', () => {
  const move = fc.constantFrom<Move>(1, -1, 'first', 'last');

  it('always lands inside the list, at most one away for a step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.nat(60), move, (count, raw, m) => {
        const at = raw % count;
        const to = steppedIndex(count, at, m);
        expect(to).not.toBeNull();
        expect(to).toBeGreaterThanOrEqual(0);
        expect(to).toBeLessThan(count);
        if (typeof m === 'number') expect(Math.abs((to ?? 0) - at)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('goes back where it came from, except at the ends', () => {
    expect(steppedIndex(8, 2, 1)).toBe(3);
    expect(steppedIndex(8, steppedIndex(8, 2, 1) ?? 0, -1)).toBe(2);
    expect(steppedIndex(8, 7, 1)).toBe(7);
    expect(steppedIndex(8, 0, -1)).toBe(0);
    expect(steppedIndex(8, 5, 'first')).toBe(0);
    expect(steppedIndex(8, 5, 'last')).toBe(7);
    expect(steppedIndex(0, 0, 'first')).toBeNull();
  });
});
