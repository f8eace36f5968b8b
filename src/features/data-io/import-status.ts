// The import's own UI state: the problems of the last failed file, and what to announce to screen readers.
import { create } from 'zustand';
import type { ImportProgress } from './import-job';

/** The Import button's id: focus returns to it when the imported data is put away. */
export const IMPORT_BUTTON_ID = 'data-import-button';

interface ImportProblem {
  fileName: string;
  errors: string[];
}

/** The import under way: what the progress bar shows, and how Cancel stops it. */
interface RunningImport extends ImportProgress {
  fileName: string;
  cancel: () => void;
}

interface ImportStatusState {
  problem: ImportProblem | null;
  running: RunningImport | null;
  /** The latest short message for the live region (saved, reading, imported, failed). */
  announcement: string;
  setProblem: (problem: ImportProblem | null) => void;
  setRunning: (running: RunningImport | null) => void;
  announce: (message: string) => void;
}

export const useImportStatus = create<ImportStatusState>()((set) => ({
  problem: null,
  running: null,
  announcement: '',
  setProblem: (problem) => set({ problem }),
  setRunning: (running) => set({ running }),
  announce: (announcement) => set({ announcement }),
}));
