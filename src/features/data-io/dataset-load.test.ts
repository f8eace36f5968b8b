// Loading the bundled dataset: each way a download can fail is named, never a bare "Failed to fetch".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '@/data/dataset-query';
import { makeDataset } from '@/testing/fixtures';
import { loadDataset } from './dataset-load';

/** What loadDataset reports for a response, or for a fetch that fails outright. */
async function problemsFor(response: Response | Error): Promise<string[]> {
  vi.spyOn(globalThis, 'fetch').mockImplementation(() =>
    response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
  );
  try {
    await loadDataset('https://example.test/data/events.json');
  } catch (err) {
    if (err instanceof DatasetError) return err.problems;
    throw err;
  }
  throw new Error('the dataset loaded');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loadDataset', () => {
  it('names a body that broke off or would not decompress', async () => {
    // Chromium: the headers arrive, then reading the body rejects with this very TypeError.
    const response = new Response('{}');
    vi.spyOn(response, 'blob').mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await problemsFor(response)).toEqual([
      "The dataset download was broken off or could not be decompressed (Failed to fetch). Retry; if it happens again, the file or the server's compression is damaged.",
    ]);
  });

  it('names a network failure', async () => {
    expect(await problemsFor(new TypeError('Failed to fetch'))).toEqual([
      'The dataset could not be fetched (Failed to fetch).',
    ]);
  });

  it('names a file cut short, wherever it stops', async () => {
    const text = JSON.stringify(makeDataset(), null, 2);
    for (const end of [
      text.indexOf('"events"') + 12,
      text.length - 3,
      Math.floor(text.length / 2),
    ]) {
      const [problem] = await problemsFor(new Response(text.slice(0, end)));
      expect(problem, `cut at ${end}`).toMatch(/^The dataset file is cut short \(truncated JSON: /);
    }
  });

  it('indexes a valid dataset, every event in date order', async () => {
    const dataset = makeDataset();
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(dataset)));
    const index = await loadDataset('https://example.test/data/events.json');
    expect(index.events.map((e) => e.id).sort()).toEqual(dataset.events.map((e) => e.id).sort());
    expect(index.events.map((e) => e.date)).toEqual(index.events.map((e) => e.date).sort());
  });

  it('names an HTML page as sent by the server, not as a file the reader chose', async () => {
    expect(await problemsFor(new Response('<!doctype html><p>Not found</p>'))).toEqual([
      'The server sent an HTML page instead of the JSON dataset (is the path right?).',
    ]);
  });

  it('names gzip bytes that were never decompressed, and other non-JSON as such', async () => {
    const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef]);
    expect((await problemsFor(new Response(gzip)))[0]).toMatch(
      /^The dataset is not JSON: it is gzip-compressed data/,
    );
    expect((await problemsFor(new Response('{"version": 1} trailing')))[0]).toMatch(
      /^The dataset is not valid JSON: /,
    );
  });
});
