// The import's own UI state: the problems of the last failed file, and what to announce to screen readers.
import { create } from 'zustand';

/** The Import button's id: focus returns to it when the imported data is put away. */
export const IMPORT_BUTTON_ID = 'data-import-button';

export interface ImportProblem {
  fileName: string;
  errors: string[];
}

interface ImportStatusState {
  problem: ImportProblem | null;
  /** The latest short message for the live region (saved, reading, imported, failed). */
  announcement: string;
  setProblem: (problem: ImportProblem | null) => void;
  announce: (message: string) => void;
}

export const useImportStatus = create<ImportStatusState>()((set) => ({
  problem: null,
  announcement: '',
  setProblem: (problem) => set({ problem }),
  announce: (announcement) => set({ announcement }),
}));
