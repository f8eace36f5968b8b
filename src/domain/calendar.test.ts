// Laws of the calendar: dates, day numbers, timestamps and month numbers all map onto each other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  isoDay,
  isoFromDay,
  MS_PER_DAY,
  monthEnd,
  monthFirstDay,
  monthNumber,
  monthStart,
  utcDay,
} from './calendar';

/** Any day from 1900 to 2100, as a day number. */
const dayArb = fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2100-12-31') });

describe('day numbers', () => {
  it('round-trips dates, including leap days', () => {
    for (const iso of ['1970-01-01', '2024-02-29', '2023-11-18', '2026-12-31', '1900-03-01'])
      expect(isoFromDay(dayNumber(iso))).toBe(iso);
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
  });

  it('agrees with the platform date for any day', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
        expect(isoFromDay(day)).toBe(iso);
        expect(dayNumber(iso)).toBe(day);
      }),
    );
  });
});

describe('timestamps', () => {
  it('puts a date at its UTC midnight, a whole number of days from the epoch', () => {
    expect(utcDay('1970-01-02')).toBe(MS_PER_DAY);
    fc.assert(
      fc.property(dayArb, (day) => {
        expect(utcDay(isoFromDay(day))).toBe(day * MS_PER_DAY);
      }),
    );
  });

  it('reads any moment of a day as that day', () => {
    expect(isoDay(utcDay('2024-02-29'))).toBe('2024-02-29');
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: MS_PER_DAY - 1 }), (day, ms) => {
        expect(isoDay(day * MS_PER_DAY + ms)).toBe(isoFromDay(day));
      }),
    );
  });
});

describe('months', () => {
  it('finds the first and last day of a month', () => {
    expect(monthStart('2024-02-10')).toBe('2024-02-01');
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(monthEnd('2023-02-01')).toBe('2023-02-28');
    expect(monthEnd('2023-12-05')).toBe('2023-12-31');
    expect(monthEnd('2024-04-30')).toBe('2024-04-30');
  });

  it('counts months so that stepping is adding, across year ends', () => {
    expect(monthNumber('2024-01-15') - monthNumber('2023-12-31')).toBe(1);
    expect(isoFromDay(monthFirstDay(monthNumber('2023-11-18') + 3))).toBe('2024-02-01');
    expect(isoFromDay(monthFirstDay(monthNumber('2024-03-02') - 12))).toBe('2023-03-01');
  });

  it('brackets every day by its month: first day, last day, and the next month after it', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const iso = isoFromDay(day);
        const month = monthNumber(iso);
        expect(isoFromDay(monthFirstDay(month))).toBe(monthStart(iso));
        expect(monthFirstDay(month)).toBeLessThanOrEqual(day);
        expect(dayNumber(monthEnd(iso))).toBeGreaterThanOrEqual(day);
        expect(dayNumber(monthEnd(iso)) + 1).toBe(monthFirstDay(month + 1));
        expect(monthEnd(iso).slice(0, 7)).toBe(iso.slice(0, 7));
      }),
    );
  });
});
