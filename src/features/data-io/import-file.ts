// Turns the text of a file the user chose into a validated dataset, or into the problems to show them.
import { parseEventsCsv, type Gazetteer } from '@/data/csv-import';
import { parseDatasetText, type ValidationResult } from '@/data/validate';

type ImportKind = 'json' | 'csv';

/** By extension first; a file without a telling one is JSON when it opens like an object. */
export function importKind(fileName: string, text: string): ImportKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('[')) return 'json';
  // A CSV of this format opens with its header row, which names the id column.
  if (/^[\w,"]*\bid\b[\w,"]*(\r?\n|$)/.test(body)) return 'csv';
  return null;
}

export interface ImportTexts {
  unknownKind: string;
  htmlFile: string;
  unreadable: string;
}

/**
 * JSON goes through the dataset validator as it is; CSV rows become events that may use the
 * gazetteer's places and sources, and their problems are named by line.
 */
export function parseImport(
  fileName: string,
  text: string,
  gazetteer: Gazetteer,
  t: ImportTexts,
): ValidationResult {
  const kind = importKind(fileName, text);
  if (kind === null) return { ok: false, errors: [t.unknownKind] };
  if (kind === 'csv') return parseEventsCsv(text, gazetteer, fileName.trim() || 'imported CSV');
  // parseDatasetText speaks of a server sending HTML; a local file needs its own words.
  if (text.trimStart().startsWith('<')) return { ok: false, errors: [t.htmlFile] };
  return parseDatasetText(text.replace(/^\uFEFF/, ''));
}
