// Reads a file the user chose or dropped, checks it in a worker, and on success makes it the dataset of every view.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { exactOf } from '@/data/bidi';
import { useDatasetSource } from '@/state/dataset-source';
import { useViewStore } from '@/state/view-store';
import { formatNumber } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { DATA_IO_MESSAGES } from './data-io-messages';
import { datasetQueryOptions } from './dataset-load';
import { startImport } from './import-job';
import { useImportStatus } from './import-status';

/**
 * Larger files are refused before reading (docs/data-format.md states it): the format is for up to
 * some 100,000 events, whose JSON is about 34 MB, and checking one holds several times that in memory.
 */
const MAX_IMPORT_MB = 64;

/** The view starts afresh: filters, selection and map view name places, actors and events of the data shown before. */
function resetView(): void {
  const view = useViewStore.getState();
  view.resetFilters();
  view.select(null);
  view.hover(null);
  view.setMap(null);
}

/** The import, start to end, all in this browser; a new file cancels the one still being read. */
export function useImportFile(): (file: File) => Promise<void> {
  const t = useMessages(DATA_IO_MESSAGES);
  const lang = useLang();
  const queryClient = useQueryClient();
  return useCallback(
    async (file: File) => {
      const { setProblem, setRunning, announce } = useImportStatus.getState();
      useImportStatus.getState().running?.cancel();
      const fail = (errors: string[]) => {
        setProblem({ fileName: file.name, errors });
        announce(fill(t.importFailedShort, { file: file.name, n: errors.length }));
      };
      if (file.size > MAX_IMPORT_MB * 1024 * 1024) {
        fail([fill(t.tooBig, { mb: MAX_IMPORT_MB })]);
        return;
      }
      announce(fill(t.reading, { file: file.name }));
      // A CSV names places and sources by id: those of the bundled dataset, whatever is shown now.
      const bundled = queryClient.getQueryData(datasetQueryOptions().queryKey);
      const exact = bundled && exactOf(bundled.dataset);
      const job = startImport(
        {
          file,
          fileName: file.name,
          gazetteer: { places: exact?.places ?? [], sources: exact?.sources ?? [] },
          texts: { unknownKind: t.unknownKind, htmlFile: t.htmlFile, unreadable: t.unreadable },
        },
        (progress) => {
          if (progress.phase === 'checking') announce(fill(t.checking, { file: file.name }));
          setRunning({ fileName: file.name, cancel: job.cancel, ...progress });
        },
        t.workerFailed,
      );
      setRunning({
        fileName: file.name,
        cancel: job.cancel,
        phase: 'reading',
        loaded: 0,
        total: file.size,
      });
      const outcome = await job.outcome;
      // An older import ends as cancelled when a new one starts: it must not touch the new one's bar.
      const latest = useImportStatus.getState().running?.cancel === job.cancel;
      if (latest) setRunning(null);
      if (outcome.status === 'cancelled') {
        if (latest) announce(fill(t.cancelled, { file: file.name }));
        return;
      }
      if (outcome.status === 'failed') {
        fail(outcome.errors);
        return;
      }
      resetView();
      useDatasetSource.getState().setImported({ index: outcome.index, fileName: file.name });
      setProblem(null);
      announce(
        fill(t.imported, { n: formatNumber(outcome.index.events.length, lang), file: file.name }),
      );
    },
    [t, lang, queryClient],
  );
}

/** Back to the bundled dataset, with the view started afresh as on import. */
export function returnToBundled(): void {
  resetView();
  useDatasetSource.getState().clearImported();
}
