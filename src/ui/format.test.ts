import { describe, expect, it } from 'vitest';
import { formatNumber, numberFormat } from './format';

describe('numberFormat', () => {
  it('makes one format per language and options, and keeps it', () => {
    const percent = numberFormat('en', { style: 'percent' });
    expect(numberFormat('en', { style: 'percent' })).toBe(percent);
    expect(numberFormat('zh', { style: 'percent' })).not.toBe(percent);
    expect(numberFormat('en', { style: 'percent', maximumFractionDigits: 1 })).not.toBe(percent);
    expect(numberFormat('en')).not.toBe(percent);
  });

  it('formats with the options it was asked for, in the language asked', () => {
    expect(numberFormat('en', { style: 'percent' }).format(0.25)).toBe('25%');
    expect(numberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(0.004)).toBe(
      '0.4%',
    );
    expect(formatNumber(31000, 'en')).toBe('31,000');
    expect(numberFormat('zh', { notation: 'compact' }).format(48000)).toBe('4.8万');
  });
});
