// Fences untrusted text so a right-to-left override inside it cannot reorder the interface around it.

// Embeddings and overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const FSI = '\u2068';
const PDI = '\u2069';

/** Drops closers that close nothing and closes isolates left open, so the text nests on its own. */
function balanced(text: string): string {
  let open = 0;
  let kept = '';
  for (const ch of text) {
    if (ISOLATE_OPENERS.has(ch)) open += 1;
    else if (ch === PDI) {
      // A stray PDI would close the fence around this text early and let what follows leak out.
      if (open === 0) continue;
      open -= 1;
    }
    kept += ch;
  }
  return kept + PDI.repeat(open);
}

/** Whether the whole text is one isolate: its first FSI is closed by its last character. */
function isFenced(text: string): boolean {
  if (!text.startsWith(FSI) || !text.endsWith(PDI)) return false;
  const chars = [...text];
  let depth = 0;
  for (const [i, ch] of chars.entries()) {
    if (ISOLATE_OPENERS.has(ch)) depth += 1;
    else if (ch === PDI) depth -= 1;
    if (depth === 0) return i === chars.length - 1;
  }
  return false;
}

/**
 * The text unchanged when it holds no bidi control; otherwise balanced and wrapped in FSI…PDI.
 * A PDI ends every override and embedding opened after its FSI (UAX #9, X6a), so a "\u202E" in a
 * place name reverses only that name, never the " · Myanmar" or "(unknown key)" printed after it.
 * Idempotent, so exported and re-imported text does not grow.
 */
export function isolateBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  const kept = balanced(text);
  return isFenced(kept) ? kept : `${FSI}${kept}${PDI}`;
}

/** Every string inside a JSON-like value passed through isolateBidi; the shape is unchanged. */
export function isolateBidiDeep<T>(value: T): T {
  if (typeof value === 'string') return isolateBidi(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => isolateBidiDeep(item)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, isolateBidiDeep(item)]),
    ) as T;
  return value;
}
