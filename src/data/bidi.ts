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

/**
 * Every string inside a JSON-like value passed through isolateBidi; the shape is unchanged, and
 * every array or object holding no bidi control is the very same one (no copy of clean data).
 */
export function isolateBidiDeep<T>(value: T): T {
  if (typeof value === 'string') return isolateBidi(value) as T;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => isolateBidiDeep(item));
    return (items.some((item, i) => item !== value[i]) ? items : value) as T;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([key, item]) => [key, isolateBidiDeep(item)] as const,
    );
    const record = value as Record<string, unknown>;
    return (
      entries.some(([key, item]) => item !== record[key]) ? Object.fromEntries(entries) : value
    ) as T;
  }
  return value;
}

/** Display copy -> the exact value it was made from; gone with the copy. */
const exactValues = new WeakMap<object, object>();

/**
 * Records that `shown` (text with bidi controls fenced, made piece by piece by the dataset's load)
 * is the copy the views show of `exact`, which exports reach through exactOf: data, not display.
 */
export function rememberExact<T extends object>(shown: T, exact: T): T {
  exactValues.set(shown, exact);
  return shown;
}

/** The exact value a display copy was made from (the value itself when it needed no fence). */
export function exactOf<T extends object>(value: T): T {
  return (exactValues.get(value) as T | undefined) ?? value;
}
