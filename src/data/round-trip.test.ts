// Exports are data: for any valid dataset, export then import gives back exactly the same data (JSON and CSV).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileDatasetArb } from '@/testing/dataset-arbitrary';
import { isolateBidiDeep, rememberExact } from './bidi';
import { eventsToCsv } from './csv-codec';
import { parseEventsCsv } from './csv-import';
import { exactEvents, exportedDataset } from './export-dataset';
import { parseDatasetText, validateDataset } from './validate';

/** What JSON keeps of a value: no undefined fields. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('export -> import', () => {
  it('the generator makes valid datasets', () => {
    fc.assert(
      fc.property(hostileDatasetArb, (dataset) => {
        const result = validateDataset(plain(dataset));
        expect(result.ok ? [] : result.errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  // The views hold a display copy (bidi controls fenced); exports are made from it, as in the app.
  it('JSON: the whole dataset comes back unchanged, version included', () => {
    fc.assert(
      fc.property(hostileDatasetArb, (dataset) => {
        const shown = rememberExact(isolateBidiDeep(dataset), dataset);
        const file = JSON.stringify(exportedDataset(shown.events, shown), null, 2);
        const back = parseDatasetText(file);
        expect(back.ok ? back.dataset : back.errors).toEqual(plain(dataset));
      }),
      { numRuns: 200 },
    );
  });

  it('CSV: every event comes back unchanged', () => {
    fc.assert(
      fc.property(hostileDatasetArb, (dataset) => {
        const shown = rememberExact(isolateBidiDeep(dataset), dataset);
        const csv = eventsToCsv(exactEvents(shown.events, shown));
        const back = parseEventsCsv(csv, dataset, 'file.csv');
        expect(back.ok ? back.dataset.events : back.errors).toEqual(plain(dataset.events));
      }),
      { numRuns: 200 },
    );
  });
});
