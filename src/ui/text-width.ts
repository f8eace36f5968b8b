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

// Shares of an em in a UI sans-serif, rounded up so a placed label never turns out wider than its box.
const NARROW = new Set(" .,:;'!|()[]ijlft·");
const WIDE_LATIN = new Set('MWmw%@');

/** Width in pixels of `text` at `fontSize` pixels, at or slightly above what a browser renders. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isWide(code)) ems += 1;
    else if (NARROW.has(ch)) ems += 0.34;
    else if (WIDE_LATIN.has(ch)) ems += 0.9;
    else if (ch >= 'A' && ch <= 'Z') ems += 0.7;
    else ems += 0.6;
  }
  return ems * fontSize;
}
