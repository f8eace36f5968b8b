// Server state: the bundled dataset, fetched relative to the app's base URL and validated once.
import { queryOptions } from '@tanstack/react-query';
import { displayCopy } from './bidi';
import { parseDatasetText } from './validate';
import type { Dataset } from './schema';

/** A failed load with every problem found, so the page can list them. */
export class DatasetError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems[0] ?? 'The dataset could not be loaded.');
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

/** Relative to the document, so the app works deployed under any sub-path. */
function datasetUrl(): string {
  return new URL('data/events.json', document.baseURI).href;
}

export async function fetchDataset(url: string): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new DatasetError([
      `The dataset could not be fetched (${err instanceof Error ? err.message : 'network error'}).`,
    ]);
  }
  if (!response.ok) throw new DatasetError([`The server answered ${response.status} for ${url}.`]);
  let text: string;
  try {
    text = await response.text();
  } catch (err) {
    // The headers came, the body did not: Chromium says only "Failed to fetch" for a body cut
    // short (Content-Length not met) or one that does not decompress (bad gzip or brotli).
    throw new DatasetError([
      `The dataset download was broken off or could not be decompressed (${err instanceof Error ? err.message : 'read error'}). Retry; if it happens again, the file or the server's compression is damaged.`,
    ]);
  }
  const result = parseDatasetText(text);
  if (!result.ok) throw new DatasetError(result.errors);
  // Dataset text is shown beside interface text: bidi overrides are fenced so they stay inside.
  return displayCopy(result.dataset);
}

export const datasetQueryOptions = (url: string = datasetUrl()) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: () => fetchDataset(url),
    staleTime: Infinity,
    retry: false,
  });
