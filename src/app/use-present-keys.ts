// Present mode's keyboard: the keys presentation clickers send step through the filtered events (or a run's months), Escape leaves.
import { useEffect } from 'react';
import type { StorySequence } from '@/features/stories/story-present';
import { moveRun } from '@/state/playback-run';
import { useAtlasIndex, useFilteredView } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { isEditable } from '@/ui/is-editable';
import { ARROW_MOVES, steppedIndex, steppedItem, type Move } from '@/ui/stepper';

/** Clickers send PageDown / PageUp; keyboards add arrows, Space, Home and End. */
const MOVES: Readonly<Record<string, Move>> = { ...ARROW_MOVES, PageDown: 1, ' ': 1, PageUp: -1 };

/** Space on a focused button or link presses it; everywhere else it steps. */
function pressesControl(event: KeyboardEvent): boolean {
  return (
    event.key === ' ' && event.target instanceof Element && !!event.target.closest('button, a')
  );
}

/**
 * With a story playing, the keys move between its steps instead of between events; during a
 * playback run, between its months.
 */
export function usePresentKeys(sequence: StorySequence | null = null): void {
  const presenting = useViewStore((s) => s.mode === 'present');
  const { events: filtered } = useFilteredView();
  const index = useAtlasIndex();

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
        // Steps count from 1.
        const at = steppedIndex(sequence.count, sequence.current - 1, move);
        if (at !== null && at + 1 !== sequence.current) sequence.go(at + 1);
        return;
      }
      // During a playback run the keys move its month, so a clicker walks the months.
      if (moveRun(index, move)) return;
      // From no selection (or one filtered away) the talk starts at the first event.
      const next = steppedItem(ids, store.selectedId, move);
      if (next !== null && next !== store.selectedId) store.select(next);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting, filtered, sequence, index]);
}
