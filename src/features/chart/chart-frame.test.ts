import { describe, expect, it } from 'vitest';
import { chartFrame } from './chart-frame';
import { LABEL_FONT } from './chart-types';

const DAY = 86_400_000;
const t0 = Date.UTC(2023, 0, 1);
const t1 = t0 + 365 * DAY;

describe('chartFrame', () => {
  it('leaves room for the value labels on the left and the time axis below', () => {
    const { plot } = chartFrame(482, 160, 18, [t0, t1], [0, 60_000], 'linear', LABEL_FONT);
    expect(plot).toEqual({ x: 46, y: 18, width: 422, height: 114 });
  });

  it('maps time left to right across the plot, and back', () => {
    const frame = chartFrame(482, 160, 18, [t0, t1], [0, 60_000], 'linear', LABEL_FONT);
    expect(frame.x(t0)).toBe(46);
    expect(frame.x(t1)).toBe(468);
    expect(frame.x(t0 + 73 * DAY)).toBeCloseTo(46 + 422 / 5, 9);
    for (const t of [t0, t0 + 100 * DAY, t1]) expect(frame.timeAt(frame.x(t))).toBeCloseTo(t, 0);
  });

  it('puts the lowest value at the foot of the plot and the highest at its top', () => {
    const frame = chartFrame(482, 160, 18, [t0, t1], [0, 60_000], 'linear', LABEL_FONT);
    expect(frame.y(0)).toBe(132);
    expect(frame.y(60_000)).toBe(18);
    expect(frame.y(20_000)).toBeCloseTo(94, 9);
  });

  it('spaces powers of ten evenly on a log scale, and cannot place 0', () => {
    const frame = chartFrame(482, 160, 18, [t0, t1], [1, 10_000], 'log', LABEL_FONT);
    expect(frame.y(1)).toBe(132);
    expect(frame.y(10_000)).toBeCloseTo(18, 9);
    expect(frame.y(100)).toBeCloseTo(75, 9);
    expect(frame.y(10) - frame.y(1)).toBeCloseTo(frame.y(1000) - frame.y(100), 9);
    expect(Number.isFinite(frame.y(0))).toBe(false);
  });

  it('sets a taller top margin above the plot, not below it', () => {
    const { plot } = chartFrame(482, 160, 40, [t0, t1], [0, 1], 'linear', LABEL_FONT);
    expect(plot.y).toBe(40);
    expect(plot.y + plot.height).toBe(132);
  });

  it('widens the value axis and deepens the time axis for larger labels (present mode)', () => {
    const { plot } = chartFrame(482, 160, 18, [t0, t1], [0, 60_000], 'linear', 2 * LABEL_FONT);
    expect(plot).toEqual({ x: 90, y: 18, width: 378, height: 90 });
  });
});
