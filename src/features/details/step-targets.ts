// Where Previous and Next lead from the selected event, through the filtered events in date order.
import type { AtlasEvent } from '@/data/schema';
import { compareEvents } from '@/domain/dataset-index';

interface StepTargets {
  previous: AtlasEvent | null;
  next: AtlasEvent | null;
  /** 0-based place of the event among the filtered ones, or -1 when the filters hide it. */
  position: number;
}

/**
 * The neighbours of `event` in `filtered` (sorted by compareEvents). A hidden event still gets
 * the nearest filtered events before and after it, so stepping leads back into the view.
 */
export function stepTargets(filtered: readonly AtlasEvent[], event: AtlasEvent): StepTargets {
  const position = filtered.findIndex((e) => e.id === event.id);
  if (position >= 0) {
    return {
      previous: filtered[position - 1] ?? null,
      next: filtered[position + 1] ?? null,
      position,
    };
  }
  const after = filtered.findIndex((e) => compareEvents(e, event) > 0);
  const lo = after === -1 ? filtered.length : after;
  return { previous: filtered[lo - 1] ?? null, next: filtered[lo] ?? null, position: -1 };
}
