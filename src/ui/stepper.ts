// Previous, next, first and last through an ordered list, stopping at its ends or coming round: every keyed or clicked step.

/** Some items back (negative) or on, or to either end. */
export type Move = number | 'first' | 'last';

/** A step past the last item stops there, or comes round to the first (and back past the first to the last). */
export type Ends = 'stop' | 'wrap';

/** The keys of a row or column of items: arrows one back or on, Home and End to the ends. */
export const ARROW_MOVES: Readonly<Record<string, Move>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

/**
 * The index `move` leads to from `at` among `count` items, held within them. From outside the list
 * (`at` < 0: nothing chosen yet, or filtered away) any step starts at the first. Null for no items.
 */
export function steppedIndex(
  count: number,
  at: number,
  move: Move,
  ends: Ends = 'stop',
): number | null {
  if (count <= 0) return null;
  if (move === 'first') return 0;
  if (move === 'last') return count - 1;
  if (at < 0) return 0;
  const to = at + move;
  if (ends === 'wrap') return ((to % count) + count) % count;
  return Math.min(count - 1, Math.max(0, to));
}

/** The item `move` leads to from `current` in `items` (see steppedIndex); null for no items. */
export function steppedItem<T>(
  items: readonly T[],
  current: T | null,
  move: Move,
  ends: Ends = 'stop',
): T | null {
  const at = steppedIndex(items.length, current === null ? -1 : items.indexOf(current), move, ends);
  return at === null ? null : (items[at] ?? null);
}
