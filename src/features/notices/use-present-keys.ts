// Present mode's keyboard: arrows step through the filtered events in date order, Escape leaves.
import { useEffect } from 'react';
import { useFilteredEvents } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { isEditable } from '@/ui/is-editable';

const STEPS: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The id `step` places away from `current` in `ids`; from no selection, forward starts at the first. */
export function steppedId(
  ids: readonly string[],
  current: string | null,
  step: 1 | -1,
): string | null {
  if (!ids.length) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at < 0) return step === 1 ? (ids[0] ?? null) : (ids.at(-1) ?? null);
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))] ?? null;
}

export function usePresentKeys(): void {
  const presenting = useViewStore((s) => s.mode === 'present');
  const filtered = useFilteredEvents();

  useEffect(() => {
    if (!presenting) return;
    const ids = filtered.map((e) => e.id);
    const onKeyDown = (event: KeyboardEvent) => {
      // A view that handled the key itself (a list, a picker) keeps it.
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isEditable(event.target)) return;
      const store = useViewStore.getState();
      if (event.key === 'Escape') {
        // Used here: leaving present mode keeps the selection the presenter stopped at.
        event.preventDefault();
        store.setMode('normal');
        return;
      }
      const step = STEPS[event.key];
      if (step === undefined) return;
      event.preventDefault();
      const next = steppedId(ids, store.selectedId, step);
      if (next !== null && next !== store.selectedId) store.select(next);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting, filtered]);
}
