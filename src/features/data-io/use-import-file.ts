// Reads a file the user chose or dropped, validates it, and on success makes it the dataset of every view.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { displayCopy } from '@/data/bidi';
import { datasetQueryOptions } from '@/data/dataset-query';
import { useDatasetSource } from '@/state/dataset-source';
import { useViewStore } from '@/state/view-store';
import { fill, useMessages } from '@/ui/i18n';
import { DATA_IO_MESSAGES } from './data-io-messages';
import { parseImport } from './import-file';
import { useImportStatus } from './import-status';

/** Larger files are refused before reading: the dataset format is for thousands of events, not millions. */
export const MAX_IMPORT_MB = 20;

/**
 * The import, start to end, all in this browser. Filters, selection and map view start afresh:
 * they name places, actors and events of the dataset that was shown before.
 */
export function useImportFile(): (file: File) => Promise<void> {
  const t = useMessages(DATA_IO_MESSAGES);
  const queryClient = useQueryClient();
  return useCallback(
    async (file: File) => {
      const { setProblem, announce } = useImportStatus.getState();
      const fail = (errors: string[]) => {
        setProblem({ fileName: file.name, errors });
        announce(fill(t.importFailedShort, { file: file.name, n: errors.length }));
      };
      if (file.size > MAX_IMPORT_MB * 1024 * 1024) {
        fail([fill(t.tooBig, { mb: MAX_IMPORT_MB })]);
        return;
      }
      announce(fill(t.reading, { file: file.name }));
      let text: string;
      try {
        text = await file.text();
      } catch {
        fail([t.unreadable]);
        return;
      }
      // A CSV names places and sources by id: those of the bundled dataset, whatever is shown now.
      const bundled = queryClient.getQueryData(datasetQueryOptions().queryKey);
      const result = parseImport(
        file.name,
        text,
        { places: bundled?.places ?? [], sources: bundled?.sources ?? [] },
        t,
      );
      if (!result.ok) {
        fail(result.errors);
        return;
      }
      const view = useViewStore.getState();
      view.resetFilters();
      view.select(null);
      view.hover(null);
      view.setMap(null);
      useDatasetSource
        .getState()
        .setImported({ dataset: displayCopy(result.dataset), fileName: file.name });
      setProblem(null);
      announce(fill(t.imported, { n: result.dataset.events.length, file: file.name }));
    },
    [t, queryClient],
  );
}

/** Back to the bundled dataset, with the view started afresh as on import. */
export function returnToBundled(): void {
  const view = useViewStore.getState();
  view.resetFilters();
  view.select(null);
  view.hover(null);
  view.setMap(null);
  useDatasetSource.getState().clearImported();
}
