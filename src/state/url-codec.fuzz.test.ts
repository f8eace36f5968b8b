// Fuzzes the link parser with 10,000 random query strings: it never throws and explains what it drops.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, isIsoDate } from '@/data/schema';
import { EMBED_VIEWS } from './view-store';
import { parseQuery, serializeView } from './url-codec';
import { MAX_Q_LENGTH, URL_KEYS } from './url-keys';
import type { IgnoredReason } from './url-values';

// A Record over the union makes the compiler fail here when a reason is added without being listed;
// the notice's messages are keyed the same way (`reason_${IgnoredReason}`), so each has words.
const REASONS: Record<IgnoredReason, true> = {
  'unknown-key': true,
  'repeated-key': true,
  'bad-date': true,
  'reversed-range': true,
  'unknown-type': true,
  'bad-country': true,
  'bad-id': true,
  'too-long': true,
  'bad-map': true,
  'outside-map': true,
  'bad-value': true,
  'unknown-place': true,
  'unknown-actor': true,
  'unknown-story': true,
  'unknown-step': true,
};

const HOSTILE_VALUES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '\u202Egnp.exe',
  'a\u200Bb\u200Cc\uFEFF',
  '%',
  '%E0%A4%A',
  '%uD800',
  '__proto__',
  'constructor',
  'NaN,Infinity,-0',
  '1e309,1e309,1e309',
];

/** A value: text of every kind, escapes (valid and broken), hostile markup, or long runs. */
const value = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.stringMatching(/^[%,0-9A-Fa-f.+\-eE]{0,30}$/),
  fc.constantFrom(...HOSTILE_VALUES),
  fc
    .tuple(fc.constantFrom('x', ',', '%', 'raid,', '9'), fc.integer({ min: 1, max: 400 }))
    .map(([unit, n]) => unit.repeat(n)),
);

const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...URL_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'Q', 'TYPE') },
);

/** A whole query string: structured pairs, a browser-style one, or raw code units. */
const query = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.boolean(),
        fc.array(fc.tuple(key, fc.option(value, { nil: undefined })), { maxLength: 10 }),
      )
      .map(
        ([leading, pairs]) =>
          (leading ? '?' : '') +
          pairs.map(([k, v]) => (v === undefined ? k : `${k}=${v}`)).join('&'),
      ),
  },
  { weight: 2, arbitrary: fc.webQueryParameters() },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

/** How many pairs name a key the link does not have: each must come back as an `unknown-key`. */
function unknownKeyCount(search: string): number {
  const body = search.startsWith('?') ? search.slice(1) : search;
  const known = new Set<string>(URL_KEYS);
  return body
    .split('&')
    .filter(Boolean)
    .filter((pair) => {
      const eq = pair.indexOf('=');
      const rawKey = eq < 0 ? pair : pair.slice(0, eq);
      // The same form decoding the parser uses, without its code: a broken escape stays literal.
      const decoded = /[%+]/.test(rawKey)
        ? (new URLSearchParams(`x=${rawKey.replace(/&/g, '%26')}`).get('x') ?? '')
        : rawKey;
      return !known.has(decoded);
    }).length;
}

const ORIGIN_RE = /^[A-Z]{2}$/;
const SLUG_RE = /^[a-z0-9][a-z0-9-]*$/;

function checkQuery(search: string): void {
  const { view, ignored, linkVersion } = parseQuery(search);

  // Every rejection carries a known reason, hence a worded message in both languages.
  for (const item of ignored) {
    expect(typeof item.key).toBe('string');
    expect(typeof item.value).toBe('string');
    expect(Object.hasOwn(REASONS, item.reason), item.reason).toBe(true);
  }
  expect(ignored.filter((i) => i.reason === 'unknown-key')).toHaveLength(unknownKeyCount(search));

  // Whatever was accepted is a state the views can use as it is.
  const { filters } = view;
  for (const edge of [filters.from, filters.to])
    if (edge !== null) expect(isIsoDate(edge)).toBe(true);
  if (filters.from !== null && filters.to !== null) expect(filters.from <= filters.to).toBe(true);
  for (const type of filters.types) expect(EVENT_TYPES).toContain(type);
  for (const origin of filters.origins) expect(origin).toMatch(ORIGIN_RE);
  for (const place of filters.places) expect(place).toMatch(SLUG_RE);
  expect(filters.q.length).toBeLessThanOrEqual(MAX_Q_LENGTH);
  if (view.selectedId !== null) expect(view.selectedId).toMatch(SLUG_RE);
  if (view.selectedTally !== null) expect(view.selectedTally).toMatch(SLUG_RE);
  expect(view.selectedId === null || view.selectedTally === null).toBe(true);
  if (view.map !== null)
    expect([view.map.lat, view.map.lon, view.map.zoom].every(Number.isFinite)).toBe(true);
  expect(['linear', 'log']).toContain(view.scale);
  expect(['en', 'zh']).toContain(view.lang);
  expect(['normal', 'present', 'embed']).toContain(view.mode);
  if (view.embedView !== null) expect(EMBED_VIEWS).toContain(view.embedView);

  // And it can be written back into a link.
  serializeView(view, linkVersion);
}

describe('parseQuery fuzzing', () => {
  // 10,000 runs share two loaded cores with builds: a generous limit, not a speed claim.
  it('never throws, keeps only usable state and gives every rejection a reason, for 10,000 inputs', () => {
    fc.assert(
      fc.property(query, (search) => {
        checkQuery(search);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('the checker itself catches an unexplained unknown key', () => {
    expect(unknownKeyCount('?zoom=3&type=raid&%=1')).toBe(2);
    expect(parseQuery('?zoom=3&type=raid&%=1').ignored.map((i) => i.reason)).toEqual([
      'unknown-key',
      'unknown-key',
    ]);
  });
});
