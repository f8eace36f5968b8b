import { describe, expect, it } from 'vitest';
import { eventsToCsv } from '@/data/csv-codec';
import { makeDataset } from '@/testing/fixtures';
import { importKind, parseImport } from './import-file';

const TEXTS = { unknownKind: 'unknown kind', htmlFile: 'html file', unreadable: 'unreadable' };

describe('importKind', () => {
  it('goes by the extension, then by how the text opens', () => {
    expect(importKind('a.JSON', 'id,date')).toBe('json');
    expect(importKind('a.csv', '{')).toBe('csv');
    expect(importKind('download', ' \n{"version":"1"}')).toBe('json');
    expect(importKind('download', '\uFEFFid,date,type\r\n1,2,3')).toBe('csv');
    expect(importKind('notes.docx', 'Hello there')).toBeNull();
  });
});

describe('parseImport', () => {
  const gazetteer = makeDataset();

  it('validates JSON with the dataset rules', () => {
    const result = parseImport('d.json', JSON.stringify(makeDataset()), gazetteer, TEXTS);
    expect(result).toEqual({ ok: true, dataset: makeDataset() });
    expect(parseImport('d.json', '{"version":', gazetteer, TEXTS)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^The dataset file is cut short \(truncated JSON/)],
    });
  });

  it('reads CSV against the gazetteer and names the file as the version', () => {
    const result = parseImport('mine.csv', eventsToCsv(gazetteer.events), gazetteer, TEXTS);
    expect(result.ok && result.dataset.version).toBe('mine.csv');
    expect(result.ok && result.dataset.events).toEqual(gazetteer.events);
  });

  it('explains a web page and an unknown kind of file in its own words', () => {
    expect(parseImport('page.json', '<!doctype html>', gazetteer, TEXTS)).toEqual({
      ok: false,
      errors: ['html file'],
    });
    expect(parseImport('x.pdf', '%PDF-1.7', gazetteer, TEXTS)).toEqual({
      ok: false,
      errors: ['unknown kind'],
    });
  });
});
