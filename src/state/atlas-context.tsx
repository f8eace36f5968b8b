// Hands the loaded dataset (as an index) to every view, and the filtered view of it for the current filters.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { DatasetIndex } from '@/domain/dataset-index';
import { FilteredView } from '@/domain/filtered-view';
import { useViewStore } from './view-store';

const AtlasContext = createContext<DatasetIndex | null>(null);
const FilteredViewContext = createContext<FilteredView | null>(null);

/** Provides the index, and one FilteredView per filter state that every view shares. */
export function AtlasProvider({ index, children }: { index: DatasetIndex; children: ReactNode }) {
  const filters = useViewStore((s) => s.filters);
  const view = useMemo(() => new FilteredView(index, filters), [index, filters]);
  return (
    <AtlasContext.Provider value={index}>
      <FilteredViewContext.Provider value={view}>{children}</FilteredViewContext.Provider>
    </AtlasContext.Provider>
  );
}

/** The dataset index; only views mounted inside AtlasProvider (after loading) may call it. */
export function useAtlasIndex(): DatasetIndex {
  const index = useContext(AtlasContext);
  if (!index) throw new Error('useAtlasIndex needs an AtlasProvider (the dataset is not loaded)');
  return index;
}

/** The events passing the current filters and everything derived from them, shared by every view. */
export function useFilteredView(): FilteredView {
  const view = useContext(FilteredViewContext);
  if (!view) throw new Error('useFilteredView needs an AtlasProvider (the dataset is not loaded)');
  return view;
}
