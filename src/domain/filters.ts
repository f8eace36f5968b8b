// What the user narrows the events by: the shape every filtering function takes, and the unfiltered default.
import type { EventType } from '@/data/schema';

export interface Filters {
  /** Inclusive YYYY-MM-DD bounds; null means open. */
  from: string | null;
  to: string | null;
  /** Empty means every type (and likewise below). */
  types: EventType[];
  origins: string[];
  places: string[];
  actors: string[];
  q: string;
}

export const DEFAULT_FILTERS: Filters = {
  from: null,
  to: null,
  types: [],
  origins: [],
  places: [],
  actors: [],
  q: '',
};
