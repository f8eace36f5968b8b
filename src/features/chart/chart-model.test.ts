// Chart geometry: value ticks, time ticks, step rows, bands, dot merging.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CumulativePoint } from '@/domain/derived-shapes';
import { isoDay, MS_PER_DAY, utcDay } from '@/domain/calendar';
import {
  band,
  dotGroups,
  rowAt,
  stepRows,
  timeTicks,
  valueLabelStride,
  valueTicks,
  xDomain,
} from './chart-model';

const point = (date: string, byOrigin: Record<string, number>, ids: string[]): CumulativePoint => ({
  date,
  t: utcDay(date),
  byOrigin,
  total: Object.values(byOrigin).reduce((a, b) => a + b, 0),
  eventIds: ids,
});

const points = [
  point('2023-11-18', { MM: 571, LA: 0 }, ['a']),
  point('2024-02-01', { MM: 571, LA: 268 }, ['b']),
  point('2024-03-28', { MM: 923, LA: 268 }, ['c']),
];

describe('valueLabelStride', () => {
  it('labels every tick with room between them, fewer when they crowd', () => {
    // 40 px between ticks of 16 px labels: every one; 14 px (six log ticks in 70 px): every other.
    expect(valueLabelStride(40, 16)).toBe(1);
    expect(valueLabelStride(14, 16)).toBe(2);
    expect(valueLabelStride(0, 16)).toBe(1);
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.integer({ min: 8, max: 32 }),
        (spacing, font) => {
          const stride = valueLabelStride(spacing, font);
          // Labelled ticks are at least a line and a fifth apart; one tick fewer skipped would crowd them.
          expect(stride * spacing).toBeGreaterThanOrEqual(font * 1.2);
          if (stride > 1) expect((stride - 1) * spacing).toBeLessThan(font * 1.2);
        },
      ),
    );
  });
});

describe('valueTicks', () => {
  it('gives round linear steps from 0 that cover the maximum', () => {
    expect(valueTicks(48000, 'linear')).toEqual([0, 20000, 40000, 60000]);
    expect(valueTicks(11254, 'linear')).toEqual([0, 5000, 10000, 15000]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (max) => {
        const ticks = valueTicks(max, 'linear');
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
        expect(ticks.length).toBeLessThanOrEqual(6);
      }),
    );
  });

  it('gives powers of ten from 1 on a log axis, never 0', () => {
    expect(valueTicks(57000, 'log')).toEqual([1, 10, 100, 1000, 10000, 100000]);
    expect(valueTicks(0, 'log')).toEqual([1, 10]);
  });
});

describe('xDomain and stepRows', () => {
  it('spans the chosen range, or the data widened to whole months', () => {
    expect(xDomain(points, [], '2024-01-01', '2024-06-30')).toEqual([
      utcDay('2024-01-01'),
      utcDay('2024-06-30'),
    ]);
    expect(xDomain(points, [], null, null)).toEqual([utcDay('2023-11-01'), utcDay('2024-03-31')]);
    expect(xDomain([], [], null, null)).toBeNull();
  });

  it('starts the steps at zero and carries the last level to the end', () => {
    const rows = stepRows(points, ['MM', 'LA'], [utcDay('2023-11-01'), utcDay('2024-03-31')]);
    expect(rows.map((r) => r.total)).toEqual([0, 571, 839, 1191, 1191]);
    expect(rows.at(-1)?.eventIds).toEqual([]);
  });

  it('reads the step in effect at a time', () => {
    expect(rowAt(points, utcDay('2024-01-15'))?.date).toBe('2023-11-18');
    expect(rowAt(points, utcDay('2024-02-01'))?.date).toBe('2024-02-01');
    expect(rowAt(points, utcDay('2030-01-01'))?.date).toBe('2024-03-28');
    expect(rowAt(points, 0)?.date).toBe('2023-11-18');
  });
});

describe('band', () => {
  it('stacks origins bottom up, and lifts zeros onto the log floor', () => {
    const row = points[2]!;
    expect(band(row, ['MM', 'LA'], 0, 'linear')).toEqual([0, 923]);
    expect(band(row, ['MM', 'LA'], 1, 'linear')).toEqual([923, 1191]);
    expect(band(points[0]!, ['MM', 'LA'], 0, 'log')).toEqual([1, 571]);
    expect(band(point('2023-01-01', { MM: 0, LA: 0 }, []), ['MM', 'LA'], 1, 'log')).toEqual([1, 1]);
  });
});

describe('timeTicks', () => {
  it('labels only what fits and adds quarter marks between years', () => {
    const { ticks, labelled } = timeTicks([utcDay('2023-08-01'), utcDay('2026-02-28')], 300, 'en');
    expect([...labelled]).toEqual([
      utcDay('2024-01-01'),
      utcDay('2025-01-01'),
      utcDay('2026-01-01'),
    ]);
    expect(ticks).toContain(utcDay('2024-04-01'));
    const wide = timeTicks([utcDay('2024-01-01'), utcDay('2024-06-30')], 600, 'en');
    expect(wide.labelled.size).toBe(6);
  });
});

describe('dotGroups', () => {
  it('merges dots that would touch and keeps every event id', () => {
    const xOf = (t: number) => (t - utcDay('2023-11-01')) / MS_PER_DAY; // one pixel per day
    const close = [
      point('2023-11-18', { MM: 571 }, ['a']),
      point('2023-11-19', { MM: 1144 }, ['b']),
      point('2024-02-01', { MM: 1200 }, ['c']),
    ];
    const groups = dotGroups(close, ['MM'], xOf, 9);
    expect(groups.map((g) => g.eventIds)).toEqual([['a', 'b'], ['c']]);
    expect(groups.map((g) => g.eventDates)).toEqual([['2023-11-18', '2023-11-19'], ['2024-02-01']]);
    expect(groups[0]!.point.date).toBe('2023-11-19');
    expect(groups[0]!.origin).toBe('MM');
  });

  it('keeps the number of dots bounded by pixels', () => {
    const dense = Array.from({ length: 1000 }, (_, i) =>
      point(isoDay(utcDay('2023-01-01') + i * MS_PER_DAY), { MM: i }, [`e${i}`]),
    );
    const xOf = (t: number) => ((t - utcDay('2023-01-01')) / MS_PER_DAY) * 0.3; // 300 px
    const groups = dotGroups(dense, ['MM'], xOf, 9);
    expect(groups.length).toBeLessThanOrEqual(300 / 9 + 1);
    expect(groups.flatMap((g) => g.eventIds)).toHaveLength(1000);
  });
});
