// Which dataset the views show: the bundled one (TanStack Query) unless the user imported their own file.
import { create } from 'zustand';
import type { Dataset } from '@/data/schema';

export interface ImportedDataset {
  dataset: Dataset;
  /** The name of the file it came from, shown in the banner. */
  fileName: string;
}

interface DatasetSourceState {
  /** null: the bundled dataset. Kept in memory only: nothing of it leaves the browser or the tab. */
  imported: ImportedDataset | null;
  setImported: (imported: ImportedDataset) => void;
  clearImported: () => void;
}

export const useDatasetSource = create<DatasetSourceState>()((set) => ({
  imported: null,
  setImported: (imported) => set({ imported }),
  clearImported: () => set({ imported: null }),
}));
