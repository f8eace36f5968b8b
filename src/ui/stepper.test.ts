// Stepping through a list: by one or a page, stopping at the ends or coming round, starting at the first from outside it.
// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { steppedIndex, steppedItem, type Ends, type Move } from './stepper';

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

  it('comes round from the last to the first when asked to', () => {
    expect(steppedItem(['a', 'b', 'c'], 'c', 1, 'wrap')).toBe('a');
    expect(steppedItem(['a', 'b', 'c'], null, 1, 'wrap')).toBe('a');
  });
});

describe('steppedIndex', () => {
  const move = fc.constantFrom<Move>(1, -1, 'first', 'last');

  const ends = fc.constantFrom<Ends>('stop', 'wrap');

  it('always lands inside the list, no further than the step when it stops at the ends', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.nat(60),
        fc.oneof(move, fc.integer({ min: -60, max: 60 })),
        ends,
        (count, raw, m, e) => {
          const at = raw % count;
          const to = steppedIndex(count, at, m, e);
          expect(to).not.toBeNull();
          expect(to).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThan(count);
          if (typeof m === 'number' && e === 'stop')
            expect(Math.abs((to ?? 0) - at)).toBeLessThanOrEqual(Math.abs(m));
        },
      ),
    );
  });

  it('coming round, a step on from any item and a step back return to it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.nat(60),
        fc.integer({ min: -60, max: 60 }),
        (count, raw, m) => {
          const at = raw % count;
          expect(steppedIndex(count, steppedIndex(count, at, m, 'wrap') ?? 0, -m, 'wrap')).toBe(at);
        },
      ),
    );
  });

  it('comes round at the ends when asked to, and starts at the first from outside the list', () => {
    expect(steppedIndex(4, 3, 1, 'wrap')).toBe(0);
    expect(steppedIndex(4, 0, -1, 'wrap')).toBe(3);
    expect(steppedIndex(4, 1, 1, 'wrap')).toBe(2);
    expect(steppedIndex(4, -1, -1, 'wrap')).toBe(0);
    expect(steppedIndex(4, 2, 'last', 'wrap')).toBe(3);
    expect(steppedIndex(0, 0, 1, 'wrap')).toBeNull();
  });

  it('pages by many, stopping at the ends', () => {
    expect(steppedIndex(20, 3, 5)).toBe(8);
    expect(steppedIndex(20, 17, 5)).toBe(19);
    expect(steppedIndex(20, 3, -5)).toBe(0);
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
