// The bundled dataset's file, fetched relative to the app's base URL: each way a download can fail is named.
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
export function datasetUrl(): string {
  return new URL('data/events.json', document.baseURI).href;
}

/** The dataset file as it came, unchecked: it is read and checked as an imported file is. */
export async function fetchDatasetFile(url: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new DatasetError([
      `The dataset could not be fetched (${err instanceof Error ? err.message : 'network error'}).`,
    ]);
  }
  if (!response.ok) throw new DatasetError([`The server answered ${response.status} for ${url}.`]);
  try {
    return await response.blob();
  } catch (err) {
    // The headers came, the body did not: Chromium says only "Failed to fetch" for a body cut
    // short (Content-Length not met) or one that does not decompress (bad gzip or brotli).
    throw new DatasetError([
      `The dataset download was broken off or could not be decompressed (${err instanceof Error ? err.message : 'read error'}). Retry; if it happens again, the file or the server's compression is damaged.`,
    ]);
  }
}
