// The committed base map: three tiers from world-atlas, small, covering what the map may show, detailed where people zoom in, and what the generator makes today.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { COVERAGE } from '../src/features/map/coverage';
import { buildBaseMap, COVERAGE_BBOX, MID_BBOX, REGION_BBOX } from './build-base-map.mjs';

const ASSET = 'public/basemap/base-map.json';
const text = readFileSync(ASSET, 'utf8');
const asset = JSON.parse(text) as Topology & { coverage: number[] };
const BUDGET_BYTES = 250_000;
const BUDGET_GZIP_BYTES = 80_000;
const read = (file: string) => readFileSync(`node_modules/world-atlas/${file}`, 'utf8');

function positionsOf(topology: Topology, name: string): Position[] {
  const object = topology.objects[name] as GeometryCollection;
  return feature(topology, object).features.flatMap((f) => {
    const g = f.geometry;
    if (g.type === 'Polygon' || g.type === 'MultiLineString') return g.coordinates.flat();
    if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
    if (g.type === 'LineString') return g.coordinates;
    return [];
  });
}

/** One step of the topology's 10⁶ grid over the coverage: a point on a box's edge may round past it by that. */
const STEP = 2e-4;
const within = ([w = NaN, s = NaN, e = NaN, n = NaN]: number[], [x = NaN, y = NaN]: Position) =>
  x >= w - STEP && x <= e + STEP && y >= s - STEP && y <= n + STEP;

describe('the base map asset', () => {
  it('holds the countries of the crackdown in every tier, with land borders', () => {
    for (const tier of ['mid', 'region']) {
      const names = feature(
        asset,
        asset.objects[tier] as GeometryCollection<{ name: string }>,
      ).features.map((f) => f.properties.name);
      for (const name of ['Myanmar', 'Laos', 'China', 'Thailand']) expect(names).toContain(name);
      expect(positionsOf(asset, `${tier}-borders`).length).toBeGreaterThan(500);
    }
  });

  it(`stays under ${BUDGET_BYTES / 1000} KB (${BUDGET_GZIP_BYTES / 1000} KB gzipped)`, () => {
    expect(Buffer.byteLength(text)).toBeLessThan(BUDGET_BYTES);
    expect(gzipSync(text).length).toBeLessThan(BUDGET_GZIP_BYTES);
  });

  it('covers the box the map is held to, and each tier stays in its own box', () => {
    const [[south, west], [north, east]] = COVERAGE;
    expect(asset.coverage).toEqual([west, south, east, north]);
    expect(asset.coverage).toEqual(COVERAGE_BBOX);
    const outside = (tier: string, box: number[]) =>
      positionsOf(asset, tier).filter((p) => !within(box, p)).length;
    expect(outside('world', COVERAGE_BBOX)).toBe(0);
    expect(outside('mid', MID_BBOX)).toBe(0);
    expect(outside('region', REGION_BBOX)).toBe(0);
  });

  it('keeps the 1:10m border detail around Muse, Ruili and Laukkai, where the map zooms to 9', () => {
    const box = [97.4, 23.4, 99.4, 24.4];
    const kept = positionsOf(asset, 'region-borders').filter((p) => within(box, p)).length;
    const raw = JSON.parse(read('countries-10m.json')) as Topology;
    const source = mesh(raw, raw.objects.countries as GeometryCollection, (a, b) => a !== b)
      .coordinates.flat()
      .filter((p) => within(box, p)).length;
    // Natural Earth 1:10m has a vertex every few kilometres there; simplification keeps nearly all.
    expect(source).toBeGreaterThan(80);
    expect(kept / source).toBeGreaterThan(0.9);
  });

  it('draws every place of the bundled gazetteer from the 1:50m data or finer', () => {
    const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as {
      places: { id: string; lat: number; lon: number }[];
    };
    const outside = dataset.places.filter((p) => !within(MID_BBOX, [p.lon, p.lat]));
    expect(outside.map((p) => p.id)).toEqual([]);
  });

  it("runs no land edge across open sea: every edge over 10° lies on a side of its tier's boxes", () => {
    // A ring crossing the antimeridian, clipped on the plane, made Fiji a sliver from 40°E to 175°E
    // and gave Russia a flat coast at 65°N.
    const sides = (box: number[]) => {
      const [w = NaN, s = NaN, e = NaN, n = NaN] = box;
      return { lons: [w, e], lats: [s, n] };
    };
    const onSide = (a: Position, b: Position, boxes: number[][]) =>
      boxes.some((box) => {
        const { lons, lats } = sides(box);
        const near = (v: number | undefined, side: number) => Math.abs((v ?? NaN) - side) <= STEP;
        return (
          lons.some((x) => near(a[0], x) && near(b[0], x)) ||
          lats.some((y) => near(a[1], y) && near(b[1], y))
        );
      });
    const tiers: [string, number[][]][] = [
      ['world', [COVERAGE_BBOX, MID_BBOX]],
      ['mid', [MID_BBOX, REGION_BBOX]],
      ['region', [REGION_BBOX]],
    ];
    for (const [tier, boxes] of tiers) {
      const rings = feature(asset, asset.objects[tier] as GeometryCollection).features.flatMap(
        (f) => {
          const g = f.geometry;
          if (g.type === 'Polygon') return g.coordinates;
          if (g.type === 'MultiPolygon') return g.coordinates.flat();
          return [];
        },
      );
      const long = rings.flatMap((ring) =>
        ring.slice(1).flatMap((b, i) => {
          const a = ring[i] ?? b;
          const far =
            Math.abs((b[0] ?? 0) - (a[0] ?? 0)) > 10 || Math.abs((b[1] ?? 0) - (a[1] ?? 0)) > 10;
          return far && !onSide(a, b, boxes) ? [`${tier}: ${a.join(',')} → ${b.join(',')}`] : [];
        }),
      );
      expect(long).toEqual([]);
    }
  });

  it('is what the generator makes from world-atlas today', async () => {
    expect(await buildBaseMap(read)).toBe(text);
  }, 60_000);
});
