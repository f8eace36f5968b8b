// Server state: the dataset the app opens with, fetched, then checked and indexed on the import's road (a worker, then slices).
import { queryOptions } from '@tanstack/react-query';
import { DatasetError, datasetUrl, fetchDatasetFile } from '@/data/dataset-query';
import { HTML_INSTEAD_OF_DATASET } from '@/data/validate';
import type { DatasetIndex } from '@/domain/dataset-index';
import { startImport } from './import-job';

/** The data layer's words, in English like its other problems: the file comes from the server, not the reader. */
const LOAD_TEXTS = {
  unknownKind: 'The dataset is not a JSON file.',
  htmlFile: HTML_INSTEAD_OF_DATASET,
  unreadable: 'The dataset could not be read.',
};
const WORKER_FAILED = 'The dataset could not be checked: the page could not start its worker.';

/**
 * The dataset at `url`, checked and indexed. A large one (100,000 events) is parsed and validated
 * off the page's thread and indexed between frames, so the loading page stays live meanwhile.
 */
export async function loadDataset(url: string, signal?: AbortSignal): Promise<DatasetIndex> {
  const body = await fetchDatasetFile(url);
  const job = startImport(
    {
      file: body,
      fileName: 'events.json',
      // A CSV's gazetteer: the dataset file is JSON and names its own places and sources.
      gazetteer: { places: [], sources: [] },
      texts: LOAD_TEXTS,
    },
    () => {},
    WORKER_FAILED,
  );
  signal?.addEventListener('abort', job.cancel);
  const outcome = await job.outcome;
  if (outcome.status === 'done') return outcome.index;
  if (outcome.status === 'failed') throw new DatasetError(outcome.errors);
  throw new DatasetError(['The dataset load was cancelled.']);
}

export const datasetQueryOptions = (url: string = datasetUrl()) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => loadDataset(url, signal),
    staleTime: Infinity,
    retry: false,
    // An index of Maps and 100,000 events: nothing to share with an earlier answer, nothing to walk.
    structuralSharing: false,
  });
