// The width estimate: CJK a full em, Latin and digits narrower, proportional to the font size.
import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width';

describe('textWidth', () => {
  it('counts a CJK character as a full em and Latin letters and digits as less', () => {
    expect(textWidth('缅甸', 12)).toBe(24);
    expect(textWidth('ab', 12)).toBeLessThan(24);
    expect(textWidth('48,000', 10)).toBeLessThan(60);
    expect(textWidth('48,000', 10)).toBeGreaterThan(30);
  });

  it('grows with the font size and the text', () => {
    expect(textWidth('Myanmar', 24)).toBeCloseTo(2 * textWidth('Myanmar', 12));
    expect(textWidth('Myanmar total', 12)).toBeGreaterThan(textWidth('Myanmar', 12));
    expect(textWidth('', 12)).toBe(0);
  });

  it('treats a character beyond U+2E80 as wide, not every character (a past precedence bug)', () => {
    expect(textWidth('a', 10)).toBeLessThan(textWidth('泰', 10));
    expect(textWidth('𠀀', 10)).toBe(10);
  });
});
