// Previous, next, first and last through an ordered list, stopping at its ends: present mode's events and story steps.

/** One back or on, or to either end. */
export type Move = 1 | -1 | 'first' | 'last';

/**
 * The index `move` leads to from `at` among `count` items, held within them. From outside the list
 * (`at` < 0: nothing chosen yet, or filtered away) any step starts at the first. Null for no items.
 */
export function steppedIndex(count: number, at: number, move: Move): number | null {
  if (count <= 0) return null;
  if (move === 'first') return 0;
  if (move === 'last') return count - 1;
  if (at < 0) return 0;
  return Math.min(count - 1, Math.max(0, at + move));
}

/** The item `move` leads to from `current` in `items` (see steppedIndex); null for no items. */
export function steppedItem<T>(items: readonly T[], current: T | null, move: Move): T | null {
  const at = steppedIndex(items.length, current === null ? -1 : items.indexOf(current), move);
  return at === null ? null : (items[at] ?? null);
}
