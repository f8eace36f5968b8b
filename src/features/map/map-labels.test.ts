// Map labels: a group names its biggest place and "+N", the selected place wins, nothing overlaps, each place is named once.
import type L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '@/domain/dataset-index';
import { FilteredView } from '@/domain/filtered-view';
import { DEFAULT_FILTERS } from '@/domain/filters';
import { rectsOverlap } from '@/ui/label-placer';
import { makeDataset } from '@/testing/fixtures';
import type { DrawnMark } from './map-canvas';
import { LABEL_FONT, labelName, layoutLabels, type LabelInput } from './map-labels';
import { markIndex } from './map-marks';

const index = buildIndex(makeDataset());
const marks = markIndex(new FilteredView(index, DEFAULT_FILTERS).placeGroups);
const single = marks.marksAt(11, () => {})!;
const clustered = marks.marksAt(4, () => {})!;

/** Only what layoutLabels asks of the map: the zoom, and where country names sit (off-frame here). */
const fakeMap = {
  getZoom: () => 2,
  latLngToContainerPoint: () => ({ x: -999, y: -999 }),
} as unknown as L.Map;

function input(drawn: DrawnMark[], patch: Partial<LabelInput> = {}): LabelInput {
  return {
    map: fakeMap,
    frame: { width: 400, height: 300 },
    marks: drawn,
    obstacleMarks: drawn,
    stubs: [],
    waypoints: [],
    obstacles: [],
    lang: 'en',
    font: LABEL_FONT,
    selected: () => false,
    badge: () => null,
    ...patch,
  };
}

describe('labelName', () => {
  it('names a group by its biggest place and how many more', () => {
    const group = clustered.find((m) => m.cluster);
    expect(group).toBeDefined();
    expect(labelName(group!, 'en')).toBe(`Muse +${group!.places.length - 1}`);
    expect(
      labelName(
        single.find((m) => m.places[0]?.id === 'vientiane')!,
        'en',
      ),
    ).toBe('Vientiane');
  });
});

describe('layoutLabels', () => {
  const crowd: DrawnMark[] = single.map((mark, i) => ({
    mark,
    x: 180 + (i % 3) * 14,
    y: 140 + Math.floor(i / 3) * 14,
    radius: 6,
  }));

  it('never lets a label overlap another label or any mark', () => {
    const labels = layoutLabels(input(crowd));
    expect(labels.length).toBeGreaterThan(0);
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1)) expect(rectsOverlap(a.rect, b.rect)).toBe(false);
      for (const m of crowd) {
        const box = {
          x: m.x - m.radius,
          y: m.y - m.radius,
          width: m.radius * 2,
          height: m.radius * 2,
        };
        expect(rectsOverlap(a.rect, box)).toBe(false);
      }
    });
  });

  it('gives the selected place its name before heavier ones', () => {
    // Two places on one spot at the frame's left edge, in a strip one label high: one name fits.
    const [light, heavy] = [...single].sort((a, b) => a.people - b.people);
    const pair: DrawnMark[] = [light!, heavy!].map((mark) => ({ mark, x: 10, y: 8, radius: 2 }));
    // Neither could own a name beside both: taken here as marks to name, not to keep names clear of.
    const strip = input(pair, { frame: { width: 150, height: 16 }, obstacleMarks: [] });
    expect(layoutLabels(strip).map((l) => l.text)).toEqual([labelName(heavy!, 'en')]);
    const chosen = layoutLabels({ ...strip, selected: (m) => m === light });
    expect(chosen.map((l) => l.text)).toEqual([labelName(light!, 'en')]);
  });

  it('puts a name only where its own mark is clearly the nearest, never between two', () => {
    const labels = layoutLabels(input(crowd));
    expect(labels.length).toBeGreaterThan(0);
    const edge = (m: DrawnMark, r: { x: number; y: number; width: number; height: number }) =>
      Math.hypot(
        Math.max(r.x - m.x, 0, m.x - (r.x + r.width)),
        Math.max(r.y - m.y, 0, m.y - (r.y + r.height)),
      ) - m.radius;
    for (const label of labels) {
      const own = crowd.find((m) => labelName(m.mark, 'en') === label.text)!;
      for (const other of crowd)
        if (other !== own)
          expect(
            edge(other, label.rect),
            `${label.text} beside ${labelName(other.mark, 'en')}`,
          ).toBeGreaterThan(edge(own, label.rect) + 6);
    }
  });

  it('names a waypoint only when no mark label already names that place', () => {
    const muse = crowd.find((m) => m.mark.places[0]?.id === 'muse')!;
    const place = muse.mark.places[0]!;
    const labels = layoutLabels(
      input([muse], { waypoints: [{ place, at: { x: 60, y: 60 } }] }),
    ).map((l) => l.text);
    expect(labels.filter((t) => t === 'Muse')).toHaveLength(1);
  });
});

describe('names held from one month of a run to the next', () => {
  const [light, heavy] = [...single].sort((a, b) => a.people - b.people);
  const at = (mark: DrawnMark['mark'], x: number, y: number): DrawnMark => ({
    mark,
    x,
    y,
    radius: 4,
  });
  const sideOf = (labels: ReturnType<typeof layoutLabels>, text: string) =>
    labels.find((l) => l.text === text)?.held?.side;

  it('keeps the side a name took before, though another is preferred afresh', () => {
    const lone = [at(light!, 200, 150)];
    const fresh = layoutLabels(input(lone));
    const name = labelName(light!, 'en');
    const first = sideOf(fresh, name);
    expect(first).toBe(0);
    // Held on its left (side 1): it stays there rather than going back to the right.
    const held = layoutLabels(input(lone, { held: new Map([[light!.places[0]!.id, 1]]) }));
    expect(sideOf(held, name)).toBe(1);
    const label = held.find((l) => l.text === name)!;
    expect(label.rect.x + label.rect.width).toBeLessThanOrEqual(200);
  });

  // Two places on one spot in a strip one label high: one name fits.
  const pair = [light!, heavy!].map((mark) => at(mark, 10, 8));
  const strip = input(pair, { frame: { width: 150, height: 16 }, obstacleMarks: [] });

  it('keeps a name shown before over a heavier newcomer wanting the same room', () => {
    expect(layoutLabels(strip).map((l) => l.text)).toEqual([labelName(heavy!, 'en')]);
    // Both of earlier months: the name shown before stays.
    const held = layoutLabels({
      ...strip,
      held: new Map([[light!.places[0]!.id, 0]]),
      earlier: () => true,
    });
    expect(held.map((l) => l.text)).toEqual([labelName(light!, 'en')]);
  });

  it("names the month's own place before an earlier month's, though that one was shown", () => {
    const month = layoutLabels({
      ...strip,
      held: new Map([[heavy!.places[0]!.id, 0]]),
      earlier: (mark) => mark === heavy,
    });
    expect(month.map((l) => l.text)).toEqual([labelName(light!, 'en')]);
  });
});

describe('larger names (present mode)', () => {
  it('measures and spaces each name at the size asked, so larger names never overlap either', () => {
    const drawn = single.map((mark, i) => ({
      mark,
      x: 60 + (i % 5) * 70,
      y: 60 + Math.floor(i / 5) * 60,
      radius: 8,
    }));
    const small = layoutLabels(input(drawn));
    const large = layoutLabels(input(drawn, { font: 19 }));
    expect(large.length).toBeGreaterThan(0);
    for (const label of large) {
      expect(label.font).toBe(19);
      expect(label.rect.height).toBe(25);
    }
    const width = (labels: typeof small, text: string) =>
      labels.find((l) => l.text === text)?.rect.width ?? 0;
    const shared = large.find((l) => small.some((s) => s.text === l.text))!;
    expect(width(large, shared.text)).toBeGreaterThan(width(small, shared.text) * 1.4);
    for (const [i, a] of large.entries())
      for (const b of large.slice(i + 1)) expect(rectsOverlap(a.rect, b.rect)).toBe(false);
  });
});

describe('country names', () => {
  const inFrame = {
    getZoom: () => 6,
    latLngToContainerPoint: ([lat]: [number, number]) => ({ x: 200, y: 40 + (30 - lat) * 12 }),
  } as unknown as L.Map;

  it('are named once: a place that is the whole country keeps its mark label, the country label goes', () => {
    const base = single[0]!;
    const laos = {
      mark: { ...base, places: [{ ...base.places[0]!, name: 'Laos', name_zh: '老挝' }] },
      x: 100,
      y: 200,
      radius: 8,
    };
    for (const lang of ['en', 'zh'] as const) {
      const texts = layoutLabels(input([laos], { map: inFrame, lang })).map((l) => l.text);
      // The place's label, and no second "Laos" / "LAOS" from the country.
      const named = lang === 'en' ? ['Laos', 'LAOS'] : ['老挝'];
      expect(texts.filter((t) => named.includes(t))).toEqual([named[0]]);
      expect(texts).toContain(lang === 'en' ? 'MYANMAR' : '缅甸');
    }
  });
});

describe('a name keeps to the side of what it names', () => {
  it('aligns to the edge facing its mark, so a box wider than its text leaves no gap there', () => {
    const drawn = single.map((mark, i) => ({ mark, x: 80 + i * 90, y: 150, radius: 8 }));
    const labels = layoutLabels(input(drawn));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      const mark = drawn.find((d) => labelName(d.mark, 'en') === label.text)!;
      const { x, width } = label.rect;
      const side = x + width <= mark.x ? 'right' : x >= mark.x ? 'left' : 'center';
      expect(label.align, label.text).toBe(side);
    }
  });
});
