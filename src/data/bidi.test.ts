// isolateBidi: plain text untouched; text with bidi controls fenced, balanced, and fenced only once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '@/testing/fixtures';
import { exactOf, isolateBidi, isolateBidiDeep, rememberExact } from './bidi';
import { validateDataset } from './validate';

const FSI = '\u2068';
const PDI = '\u2069';
const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', FSI, PDI];

/** Text mixing letters, Hebrew, spaces and every bidi control. */
const bidiText = fc.string({
  unit: fc.oneof(fc.constantFrom(...CONTROLS), fc.constantFrom('a', 'ב', ' ', '1', '·')),
  maxLength: 20,
});

/** Isolate depth never drops below zero and ends at zero; with `outer`, only the last PDI closes the first FSI. */
function nestsProperly(text: string, outer: boolean): boolean {
  const chars = [...text];
  let depth = 0;
  for (const [i, ch] of chars.entries()) {
    if (ch === '\u2066' || ch === '\u2067' || ch === FSI) depth += 1;
    else if (ch === PDI) depth -= 1;
    if (depth < 0) return false;
    if (outer && depth === 0 && i < chars.length - 1) return false;
  }
  return depth === 0;
}

describe('isolateBidi', () => {
  it('leaves text without bidi controls exactly as it is', () => {
    expect(isolateBidi('Muse · 木姐')).toBe('Muse · 木姐');
    expect(isolateBidi('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(isolateBidi('zero\u200Bwidth')).toBe('zero\u200Bwidth');
    fc.assert(
      fc.property(fc.string(), (s) => {
        fc.pre(!/[\u202A-\u202E\u2066-\u2069]/.test(s));
        expect(isolateBidi(s)).toBe(s);
      }),
    );
  });

  it('fences an unterminated override so it cannot reach the text after it', () => {
    expect(isolateBidi('Yangon\u202E')).toBe(`${FSI}Yangon\u202E${PDI}`);
  });

  it('drops a stray PDI that would close the fence early', () => {
    expect(isolateBidi(`${PDI}\u202Eevil`)).toBe(`${FSI}\u202Eevil${PDI}`);
  });

  it('closes isolates left open inside, so the outer PDI closes the fence', () => {
    expect(isolateBidi('\u2067abc')).toBe(`${FSI}\u2067abc${PDI}${PDI}`);
  });

  it('gives a single well-nested isolate, keeps every other character, and is idempotent', () => {
    fc.assert(
      fc.property(bidiText, (s) => {
        const once = isolateBidi(s);
        expect(isolateBidi(once)).toBe(once);
        if (once === s) return;
        expect(nestsProperly(once, true)).toBe(true);
        const strip = (t: string) => t.replaceAll(PDI, '').replaceAll(FSI, '');
        expect(strip(once)).toBe(strip(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isolateBidiDeep', () => {
  it('fences every string in a nested value and keeps its shape', () => {
    const value = { a: 'x\u202E', b: ['plain', { c: '\u202Dy' }], n: 3, z: null, t: true };
    expect(isolateBidiDeep(value)).toEqual({
      a: `${FSI}x\u202E${PDI}`,
      b: ['plain', { c: `${FSI}\u202Dy${PDI}` }],
      n: 3,
      z: null,
      t: true,
    });
  });
});

describe('the display copy and exactOf', () => {
  it("fences the views' copy, shares what needs no fence, and keeps the exact data for export", () => {
    const data = makeDataset();
    const [event, other] = data.events;
    if (!event || !other) throw new Error('the fixture has events');
    event.title = 'Muse\u202E';
    const result = validateDataset(data);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    // Validation checks; it never alters the text.
    expect(result.dataset.events[0]?.title).toBe('Muse\u202E');
    const shown = rememberExact(isolateBidiDeep(result.dataset), result.dataset);
    expect(shown.events[0]?.title).toBe(`${FSI}Muse\u202E${PDI}`);
    expect(shown.events[0]?.summary).toBe(event.summary);
    // Clean records are the same objects, not copies.
    expect(shown.events[1]).toBe(result.dataset.events[1]);
    expect(shown.places).toBe(result.dataset.places);
    expect(exactOf(shown)).toBe(result.dataset);
  });

  it('a dataset with no bidi control is its own display copy', () => {
    const data = makeDataset();
    expect(isolateBidiDeep(data)).toBe(data);
    expect(exactOf(data)).toBe(data);
  });
});
