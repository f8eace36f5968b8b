// Present mode's keyboard: the keys presentation clickers send step through the filtered events, Escape leaves.
import { useEffect } from 'react';
import type { StorySequence } from '@/features/stories/story-present';
import { useFilteredEvents } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { isEditable } from '@/ui/is-editable';

type Move = 1 | -1 | 'first' | 'last';

/** Clickers send PageDown / PageUp; keyboards add arrows, Space, Home and End. */
const MOVES: Record<string, Move> = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ' ': 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
  Home: 'first',
  End: 'last',
};

/** The id `move` leads to from `current` in `ids`; from no selection, any step starts at the first. */
export function steppedId(
  ids: readonly string[],
  current: string | null,
  move: Move,
): string | null {
  if (!ids.length) return null;
  if (move === 'first') return ids[0] ?? null;
  if (move === 'last') return ids.at(-1) ?? null;
  const at = current === null ? -1 : ids.indexOf(current);
  // Nothing selected yet (or the selection was filtered away): the talk starts at the beginning.
  if (at < 0) return ids[0] ?? null;
  return ids[Math.min(ids.length - 1, Math.max(0, at + move))] ?? null;
}

/** Space on a focused button or link presses it; everywhere else it steps. */
function pressesControl(event: KeyboardEvent): boolean {
  return (
    event.key === ' ' && event.target instanceof Element && !!event.target.closest('button, a')
  );
}

/** The step `move` leads to from `current` in 1…count. */
function steppedStep(count: number, current: number, move: Move): number {
  if (move === 'first') return 1;
  if (move === 'last') return count;
  return Math.min(count, Math.max(1, current + move));
}

/** With a story playing, the keys move between its steps instead of between events. */
export function usePresentKeys(sequence: StorySequence | null = null): void {
  const presenting = useViewStore((s) => s.mode === 'present');
  const filtered = useFilteredEvents();

  useEffect(() => {
    if (!presenting) return;
    const ids = filtered.map((e) => e.id);
    const onKeyDown = (event: KeyboardEvent) => {
      // A view that handled the key itself (a list, a picker) keeps it.
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isEditable(event.target) || pressesControl(event)) return;
      const store = useViewStore.getState();
      if (event.key === 'Escape') {
        // Used here: leaving present mode keeps the selection the presenter stopped at.
        event.preventDefault();
        if (sequence) sequence.leave();
        else store.setMode('normal');
        return;
      }
      const move = MOVES[event.key];
      if (move === undefined) return;
      event.preventDefault();
      if (sequence) {
        const step = steppedStep(sequence.count, sequence.current, move);
        if (step !== sequence.current) sequence.go(step);
        return;
      }
      const next = steppedId(ids, store.selectedId, move);
      if (next !== null && next !== store.selectedId) store.select(next);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting, filtered, sequence]);
}
