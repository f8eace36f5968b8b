// Laws of the time axis: days and pixels map both ways, and tick labels never collide at any span or width.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDay } from './calendar';
import {
  createTimeScale,
  dateAt,
  dayAt,
  minTickGap,
  niceTicks,
  paddedDomain,
  rangeExtent,
  ticksOfStep,
  xEnd,
  xMid,
  xOf,
  xOfDay,
  YEAR_STEPS,
  type TickUnit,
} from './time-scale';

const FIRST = dayNumber('2000-01-01');
const LAST = dayNumber('2040-12-31');
const LABEL_GAP: Record<TickUnit, number> = { month: 34, quarter: 28, year: 40 };
const gapOf = (unit: TickUnit) => LABEL_GAP[unit];

/** A domain of 1 month to 10 years, drawn over 120 to 1600 pixels. */
const scaleArb = fc
  .record({
    start: fc.integer({ min: FIRST, max: LAST }),
    length: fc.integer({ min: 28, max: 3653 }),
    x0: fc.integer({ min: 0, max: 120 }),
    width: fc.integer({ min: 120, max: 1600 }),
  })
  .map(({ start, length, x0, width }) =>
    createTimeScale(isoFromDay(start), isoFromDay(start + length - 1), x0, x0 + width),
  );

describe('paddedDomain', () => {
  it('widens the span to whole months', () => {
    expect(paddedDomain('2023-11-18', '2026-03-02')).toEqual(['2023-11-01', '2026-03-31']);
  });
});

describe('createTimeScale', () => {
  it('puts the domain edges on the pixel edges', () => {
    const scale = createTimeScale('2024-01-01', '2024-12-31', 100, 466);
    expect(xOf(scale, '2024-01-01')).toBe(100);
    expect(xEnd(scale, '2024-12-31')).toBeCloseTo(466);
    expect(xMid(scale, '2024-01-01')).toBeCloseTo(100.5);
    expect(dateAt(scale, 0)).toBe('2024-01-01');
    expect(dateAt(scale, 10_000)).toBe('2024-12-31');
  });

  it('maps every day to pixels and back to the same day', () => {
    fc.assert(
      fc.property(scaleArb, fc.double({ min: 0, max: 1, noNaN: true }), (scale, t) => {
        const day = scale.startDay + Math.floor(t * (scale.endDay - scale.startDay));
        expect(dayAt(scale, xOfDay(scale, day + 0.5))).toBe(day);
        expect(dayAt(scale, xOfDay(scale, day) + scale.k * 0.01)).toBe(day);
      }),
    );
  });

  it('keeps pixels in order: a later day is never left of an earlier one', () => {
    fc.assert(
      fc.property(scaleArb, fc.integer({ min: 0, max: 4000 }), (scale, offset) => {
        const a = scale.startDay + offset;
        expect(xOfDay(scale, a + 1)).toBeGreaterThan(xOfDay(scale, a));
      }),
    );
  });
});

describe('rangeExtent', () => {
  const scale = createTimeScale('2024-01-01', '2024-12-31', 100, 466);

  it('covers an inclusive range from the left edge of its first day to the right edge of its last', () => {
    expect(rangeExtent(scale, '2024-01-01', '2024-01-01')).toEqual([100, 101]);
    expect(rangeExtent(scale, null, null)).toBeNull();
    expect(rangeExtent(scale, '2024-07-01', null)?.[1]).toBeCloseTo(466);
  });

  it('clamps ranges outside the domain and never gives a negative width', () => {
    expect(rangeExtent(scale, '2030-01-01', '2031-01-01')).toEqual([466, 466]);
    expect(rangeExtent(scale, '2019-01-01', '2019-12-31')).toEqual([100, 100]);
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: -2000, max: 2000 }),
        (a, b) => {
          const base = dayNumber('2024-01-01');
          const extent = rangeExtent(scale, isoFromDay(base + a), isoFromDay(base + b));
          expect(extent).not.toBeNull();
          const [x0, x1] = extent ?? [0, -1];
          expect(x1).toBeGreaterThanOrEqual(x0);
          expect(x0).toBeGreaterThanOrEqual(100);
          expect(x1).toBeLessThanOrEqual(466);
        },
      ),
    );
  });
});

describe('ticks', () => {
  it('aligns months, quarters and years to calendar boundaries inside the domain', () => {
    const scale = createTimeScale('2023-11-18', '2026-02-10', 0, 1000);
    const months = ticksOfStep(scale, { unit: 'month', months: 1 });
    expect(months[0]?.iso).toBe('2023-12-01');
    expect(months.at(-1)?.iso).toBe('2026-02-01');
    expect(months).toHaveLength(27);
    const quarters = ticksOfStep(scale, { unit: 'quarter', months: 3 });
    expect(quarters.map((t) => t.iso.slice(5, 7))).toEqual(
      expect.arrayContaining(['01', '04', '07', '10']),
    );
    expect(quarters.every((t) => ['01', '04', '07', '10'].includes(t.iso.slice(5, 7)))).toBe(true);
    expect(ticksOfStep(scale, { unit: 'year', months: 12 }).map((t) => t.iso)).toEqual([
      '2024-01-01',
      '2025-01-01',
      '2026-01-01',
    ]);
    expect(ticksOfStep(scale, { unit: 'year', months: 60 }).map((t) => t.iso)).toEqual([
      '2025-01-01',
    ]);
    expect(ticksOfStep(scale, { unit: 'year', months: 120 })).toEqual([]);
  });

  it('takes the finest step that fits', () => {
    const wide = createTimeScale('2023-01-01', '2023-12-31', 0, 1200);
    expect(niceTicks(wide, gapOf)[0]?.unit).toBe('month');
    const medium = createTimeScale('2023-01-01', '2025-12-31', 0, 700);
    expect(niceTicks(medium, gapOf)[0]?.unit).toBe('quarter');
    const narrow = createTimeScale('2023-01-01', '2025-12-31', 0, 260);
    expect(niceTicks(narrow, gapOf).map((t) => t.iso)).toEqual([
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
    ]);
  });

  it('never puts two labels closer than they need, from 1 month to 10 years at any width', () => {
    fc.assert(
      fc.property(scaleArb, (scale) => {
        const ticks = niceTicks(scale, gapOf);
        const unit = ticks[0]?.unit;
        if (unit) expect(minTickGap(ticks)).toBeGreaterThanOrEqual(LABEL_GAP[unit]);
        const years = niceTicks(scale, gapOf, YEAR_STEPS);
        expect(minTickGap(years)).toBeGreaterThanOrEqual(LABEL_GAP.year);
        for (const tick of [...ticks, ...years]) {
          expect(tick.day).toBeGreaterThanOrEqual(scale.startDay);
          expect(tick.day).toBeLessThanOrEqual(scale.endDay);
          expect(tick.iso.slice(8)).toBe('01');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('still shows something when the span is a single month', () => {
    const scale = createTimeScale('2024-03-01', '2024-03-31', 0, 300);
    expect(niceTicks(scale, gapOf).map((t) => t.iso)).toEqual(['2024-03-01']);
  });
});
