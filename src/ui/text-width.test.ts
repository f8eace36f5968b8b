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

describe('textWidth against a real font', () => {
  // Widths Chromium draws at 12 px in DejaVu Sans (Debian's sans-serif, the widest the UI's font
  // stack falls back to), regular and bold, measured with canvas measureText.
  const drawn: [string, number, number][] = [
    [
      'From 1 Jan 2023 to 21 Aug 2024, reported handovers add up to 7,356: 15% of the over 50,000 the ministry announced that day for Myanmar.',
      854.1,
      957,
    ],
    ['No reported handovers in view since 1 Jan 2023 to compare with', 389.7, 438.3],
    ['MMMMWWWW mmwww', 145.5, 163.2],
    ['Official tallies shown: transferred · Myanmar · since 1 Jan 2023', 376.9, 425.9],
    ['2023年1月1日至2024年8月21日报道的移交合计', 267.3, 276.5],
    ['Legend', 44.1, 49.6],
    ['over 57,000', 72.6, 80.6],
    ['↑ about 44,000', 94.3, 103.9],
    ['Sources: Xinhua, Ministry of Public Security, The Irrawaddy', 353.9, 402.6],
  ];

  it.each(drawn)(
    'never falls short of the drawn width, nor overshoots it by a fifth: %s',
    (text, regular, bold) => {
      for (const [estimate, real] of [
        [textWidth(text, 12), regular],
        [textWidth(text, 12, 'bold'), bold],
      ] as const) {
        expect(estimate).toBeGreaterThanOrEqual(real);
        expect(estimate).toBeLessThanOrEqual(real * 1.2);
      }
    },
  );
});
