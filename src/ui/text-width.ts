// One estimate of a label's rendered width, for placing labels without touching the DOM: Latin narrow, CJK a full em.

/** East Asian wide characters (CJK, kana, Hangul, full-width forms) take a whole em. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    codePoint >= 0x20000
  );
}

/** Arrows (↑ beside a value off the axis) are drawn nearly as wide as an em. */
function isArrow(codePoint: number): boolean {
  return codePoint >= 0x2190 && codePoint <= 0x21ff;
}

// Shares of an em, rounded up from DejaVu Sans (the widest sans-serif the UI font stack falls back
// to, and Debian's): a placed label never turns out wider than its box in any of them.
const NARROW = new Set(" .,:;'!|ijl·");
const SEMI_NARROW = new Set('()[]{}ftr-/');
const WIDE_LATIN = new Set('MWmw%@—');

/** Bold glyphs are about a tenth wider than regular ones in the UI's sans-serifs. */
const BOLD = 1.13;

export type FontWeight = 'normal' | 'bold';

/** Width in pixels of `text` at `fontSize` pixels, at or slightly above what a browser renders. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  let ems = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isWide(code)) ems += 1;
    else if (isArrow(code)) ems += 0.86;
    else if (NARROW.has(ch)) ems += 0.34;
    else if (SEMI_NARROW.has(ch)) ems += 0.44;
    else if (WIDE_LATIN.has(ch)) ems += 1;
    else if (ch >= '0' && ch <= '9') ems += 0.65;
    else if (ch >= 'A' && ch <= 'Z') ems += 0.75;
    else ems += 0.63;
  }
  return ems * fontSize * (weight === 'bold' ? BOLD : 1);
}
