import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/data/schema';
import { validateDataset } from '@/data/validate';
import { syntheticDataset } from './generate';

const bundled = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;

describe('syntheticDataset', () => {
  it('makes a dataset that passes the real validator', () => {
    const result = validateDataset(syntheticDataset(2000, bundled.places));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = syntheticDataset(300, bundled.places, 7);
    expect(syntheticDataset(300, bundled.places, 7)).toEqual(a);
    expect(syntheticDataset(300, bundled.places, 8)).not.toEqual(a);
  });

  it('spreads events over types, origins and three years', () => {
    const { events } = syntheticDataset(5000, bundled.places);
    expect(new Set(events.map((e) => e.type)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(events.map((e) => e.origin)).size).toBe(4);
    const years = new Set(events.map((e) => e.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2023', '2024', '2025']);
  });
});

describe('synthetic tallies', () => {
  it('announces rising official totals that exceed what the events itemize', () => {
    const { tallies, events } = syntheticDataset(3000, bundled.places);
    expect(tallies.length).toBe(12);
    const values = tallies.map((t) => t.value);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    const last = tallies.at(-1)!;
    const itemized = events
      .filter((e) => e.origin === 'MM' && e.date <= last.announced)
      .reduce((s, e) => s + (e.counts.transferred ?? 0), 0);
    expect(last.value).toBeGreaterThan(itemized);
  });
});
