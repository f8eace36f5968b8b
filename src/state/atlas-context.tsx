// Hands the loaded dataset (as an index) to every view, and derives the filtered events once.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AtlasEvent } from '@/data/schema';
import type { DatasetIndex } from '@/domain/dataset-index';
import { filterEvents } from '@/domain/filter-events';
import { useViewStore } from './view-store';

const AtlasContext = createContext<DatasetIndex | null>(null);

export function AtlasProvider({ index, children }: { index: DatasetIndex; children: ReactNode }) {
  return <AtlasContext.Provider value={index}>{children}</AtlasContext.Provider>;
}

/** The dataset index; only views mounted inside AtlasProvider (after loading) may call it. */
export function useAtlasIndex(): DatasetIndex {
  const index = useContext(AtlasContext);
  if (!index) throw new Error('useAtlasIndex needs an AtlasProvider (the dataset is not loaded)');
  return index;
}

/** The events passing the current filters, in date order; recomputed only when either changes. */
export function useFilteredEvents(): AtlasEvent[] {
  const index = useAtlasIndex();
  const filters = useViewStore((s) => s.filters);
  return useMemo(() => filterEvents(index, filters), [index, filters]);
}
