// Which dataset the views show: the bundled one (TanStack Query) unless the user imported their own file.
import { create } from 'zustand';
import type { DatasetIndex } from '@/domain/dataset-index';

export interface ImportedDataset {
  /** Indexed as it was imported (in slices), so showing it builds nothing in one long task. */
  index: DatasetIndex;
  /** The name of the file it came from, shown in the banner. */
  fileName: string;
}

interface DatasetSourceState {
  /** null: the bundled dataset. Kept in memory only: nothing of it leaves the browser or the tab. */
  imported: ImportedDataset | null;
  /**
   * How many imports were put away: the views remount under this key. React keeps each
   * component's props of its previous render until it renders again, and after Back those of
   * the import's render held the whole dataset (58 MB of a 100,000-event file, after GC).
   */
  released: number;
  setImported: (imported: ImportedDataset) => void;
  clearImported: () => void;
}

export const useDatasetSource = create<DatasetSourceState>()((set) => ({
  imported: null,
  released: 0,
  setImported: (imported) => set({ imported }),
  clearImported: () => set((s) => ({ imported: null, released: s.released + 1 })),
}));
