// Deterministic synthetic datasets for the benchmark: valid, realistic spread, any size.
import type { AtlasEvent, Dataset, EventType, Place, Tally } from '@/data/schema';
import { EVENT_TYPES } from '@/data/schema';
import { dayNumber, isoFromDay } from '@/domain/calendar';

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Transfers dominate the real data; raids and arrests follow; the rest are rarer.
const TYPE_WEIGHTS: [EventType, number][] = EVENT_TYPES.map((t) => [
  t,
  t === 'transfer' ? 40 : t === 'raid' ? 15 : t === 'arrest' ? 12 : 5,
]);
const ORIGINS: [string, number][] = [
  ['MM', 70],
  ['LA', 18],
  ['TH', 7],
  ['KH', 5],
];
const ACTORS = [
  'Ming family',
  'Bai family',
  'Wei family',
  'Liu family',
  'Xu Laofa',
  'She Zhijiang',
];
const START_DAY = dayNumber('2023-01-01');
const DAYS = 3 * 365;

function weighted<T>(items: [T, number][], r: number): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  const last = items[items.length - 1];
  if (!last) throw new Error('weighted needs at least one item');
  return last[0];
}

function pick<T>(items: readonly T[], r: number): T {
  const item = items[Math.floor(r * items.length)];
  if (item === undefined) throw new Error('pick needs at least one item');
  return item;
}

/**
 * Official running totals like the ministry's: every quarter, about the people transferred from
 * Myanmar so far, rounded up to a thousand (so the chart has its tally series and gap to draw).
 */
function syntheticTallies(events: readonly AtlasEvent[], sourceId: string): Tally[] {
  const tallies: Tally[] = [];
  for (let quarter = 1; quarter <= (DAYS / 365) * 4; quarter++) {
    const announced = isoFromDay(START_DAY + Math.min(DAYS - 1, Math.round((quarter * 365) / 4)));
    const itemized = events
      .filter((e) => e.origin === 'MM' && e.date <= announced)
      .reduce((sum, e) => sum + (e.counts.transferred ?? 0), 0);
    const value = Math.ceil((itemized * 1.4) / 1000) * 1000;
    tallies.push({
      id: `synthetic-tally-${quarter}`,
      announced,
      value,
      qualifier: 'about',
      measure: 'transferred',
      since: isoFromDay(START_DAY),
      scope: 'Myanmar',
      sources: [{ source: sourceId, quote: `About ${value} people transferred.` }],
    });
  }
  return tallies;
}

/** A valid dataset of `size` events over the given gazetteer (places reused, like real data). */
export function syntheticDataset(size: number, places: Place[], seed = 42): Dataset {
  const random = seededRandom(seed);
  const source = {
    id: 'synthetic',
    publisher: 'Benchmark',
    title: 'Synthetic events',
    url: null,
    published: '2026-01-01',
  };
  const events: AtlasEvent[] = [];
  for (let i = 0; i < size; i++) {
    // Dates bunch towards later years like the real crackdown does.
    const day = Math.floor(Math.sqrt(random()) * DAYS);
    const type = weighted(TYPE_WEIGHTS, random());
    const place = pick(places, random());
    const to = pick(places, random());
    const people = Math.floor(random() ** 3 * 2000) + 1;
    const counts =
      type === 'transfer' ? { transferred: people } : type === 'raid' ? { detained: people } : {};
    const quote = `Synthetic record ${i}: ${people} people.`;
    events.push({
      id: `synthetic-${i}`,
      date: isoFromDay(START_DAY + day),
      datePrecision: 'day',
      type,
      title: `Synthetic ${type} ${i}`,
      summary: `A generated ${type} at ${place.name}.`,
      place: place.id,
      ...(type === 'transfer' && random() < 0.3 ? { from: place.id, to: to.id } : {}),
      origin: weighted(ORIGINS, random()),
      destination: 'CN',
      counts,
      actors: random() < 0.2 ? [pick(ACTORS, random())] : [],
      sources: [{ source: source.id, quote }],
    });
  }
  return {
    version: `synthetic-${size}`,
    sources: [source],
    places,
    events,
    tallies: syntheticTallies(events, source.id),
    context: [],
  };
}
