// The committed base map: the region's countries, small, in the box, rounded, and what the generator makes today.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Geometry, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildBaseMap, clipLine, clipRing, REGION_BBOX, simplify } from './build-base-map.mjs';

const ASSET = 'public/basemap/region.json';
const text = readFileSync(ASSET, 'utf8');
const asset = JSON.parse(text) as ReturnType<typeof buildBaseMap>;
const BUDGET_BYTES = 250_000;
const BUDGET_GZIP_BYTES = 80_000;

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default:
      return [];
  }
}

describe('the base map asset', () => {
  it('holds the countries of the crackdown as filled shapes, and the land borders', () => {
    const names = asset.features
      .filter((f) => f.properties.kind === 'country')
      .map((f) => f.properties.name);
    for (const name of ['Myanmar', 'Laos', 'China', 'Thailand', 'Vietnam', 'Cambodia']) {
      expect(names).toContain(name);
    }
    const borders = asset.features.find((f) => f.properties.kind === 'border');
    expect(borders?.geometry.type).toBe('MultiLineString');
    expect(positions(borders!.geometry).length).toBeGreaterThan(500);
  });

  it(`stays under ${BUDGET_BYTES / 1000} KB (${BUDGET_GZIP_BYTES / 1000} KB gzipped)`, () => {
    expect(Buffer.byteLength(text)).toBeLessThan(BUDGET_BYTES);
    expect(gzipSync(text).length).toBeLessThan(BUDGET_GZIP_BYTES);
  });

  it('keeps every coordinate inside the region box, rounded to 3 decimals', () => {
    const [w, s, e, n] = REGION_BBOX;
    const wrong = asset.features.flatMap((f) =>
      positions(f.geometry).filter(
        ([x = NaN, y = NaN]) =>
          !(x >= w && x <= e && y >= s && y <= n) ||
          Math.round(x * 1000) / 1000 !== x ||
          Math.round(y * 1000) / 1000 !== y,
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('covers every place of the bundled gazetteer', () => {
    const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as {
      places: { id: string; lat: number; lon: number }[];
    };
    const [w, s, e, n] = REGION_BBOX;
    const outside = dataset.places.filter((p) => p.lon < w || p.lon > e || p.lat < s || p.lat > n);
    expect(outside.map((p) => p.id)).toEqual([]);
  });

  it('is what the generator makes from world-atlas today', () => {
    const topology = JSON.parse(
      readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'),
    ) as Topology;
    expect(JSON.stringify(buildBaseMap(topology))).toBe(text);
  });
});

describe('the generator geometry', () => {
  const box: [number, number, number, number] = [0, 0, 10, 10];

  it('clips a ring to the box and keeps it closed', () => {
    const ring = clipRing(
      [
        [-5, 5],
        [5, -5],
        [15, 5],
        [5, 15],
        [-5, 5],
      ],
      box,
    );
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    for (const [x, y] of ring) expect(x! >= 0 && x! <= 10 && y! >= 0 && y! <= 10).toBe(true);
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
          [20, 20],
        ],
        box,
      ),
    ).toEqual([]);
  });

  it('cuts a line into the runs inside the box, trimmed at the edge', () => {
    expect(
      clipLine(
        [
          [-10, 5],
          [5, 5],
          [20, 5],
          [20, 8],
          [5, 8],
        ],
        box,
      ),
    ).toEqual([
      [
        [0, 5],
        [5, 5],
        [10, 5],
      ],
      [
        [10, 8],
        [5, 8],
      ],
    ]);
  });

  it('drops points closer than the tolerance to the line, keeping the ends', () => {
    expect(
      simplify(
        [
          [0, 0],
          [1, 0.001],
          [2, 0],
          [3, 5],
          [4, 0],
        ],
        0.01,
      ),
    ).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ]);
  });
});
