// Writes public/basemap/region.json: Natural Earth countries (world-atlas 50m) clipped to the region, small enough to ship.
// Run with `node scripts/build-base-map.mjs`; the output is committed so the app never fetches map data elsewhere.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';

/** [west, south, east, north]: Myanmar, Laos, Thailand, Cambodia, Vietnam and China to Beijing, and enough around them that the widest view (zoom 4) never shows the cut edge. */
export const REGION_BBOX = [80, -4, 130, 54];
/** About 110 m at the equator: finer than a pixel up to zoom 9. */
const DECIMALS = 3;
/** Douglas–Peucker tolerance in degrees (about 1 km): keeps the Muse–Ruili border readable at zoom 9. */
const TOLERANCE = 0.01;

const round = (value) => Number(value.toFixed(DECIMALS));

function inside(point, edge, bbox) {
  const [w, s, e, n] = bbox;
  if (edge === 0) return point[0] >= w;
  if (edge === 1) return point[0] <= e;
  if (edge === 2) return point[1] >= s;
  return point[1] <= n;
}

function intersect(a, b, edge, bbox) {
  const [w, s, e, n] = bbox;
  if (edge < 2) {
    const x = edge === 0 ? w : e;
    return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  }
  const y = edge === 2 ? s : n;
  return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

/** Sutherland–Hodgman: a closed ring clipped to the box (edges along the box are fine: fills are not stroked). */
export function clipRing(ring, bbox) {
  let points = ring.slice(0, -1);
  for (let edge = 0; edge < 4 && points.length; edge++) {
    const next = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i];
      const previous = points[(i + points.length - 1) % points.length];
      const currentIn = inside(current, edge, bbox);
      if (currentIn) {
        if (!inside(previous, edge, bbox)) next.push(intersect(previous, current, edge, bbox));
        next.push(current);
      } else if (inside(previous, edge, bbox)) {
        next.push(intersect(previous, current, edge, bbox));
      }
    }
    points = next;
  }
  return points.length ? [...points, points[0]] : [];
}

/** A line cut into the runs that fall inside the box (segments crossing it are trimmed). */
export function clipLine(line, bbox) {
  const [w, s, e, n] = bbox;
  const inBox = (p) => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;
  const runs = [];
  let run = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i];
    if (inBox(p)) {
      if (!run.length && i > 0) run.push(clampTowards(line[i - 1], p, bbox));
      run.push(p);
    } else if (run.length) {
      run.push(clampTowards(p, line[i - 1], bbox));
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length > 1);
}

/** The point where the segment from `outside` to `insidePoint` enters the box. */
function clampTowards(outside, insidePoint, bbox) {
  let point = outside;
  for (let edge = 0; edge < 4; edge++) {
    if (!inside(point, edge, bbox)) point = intersect(point, insidePoint, edge, bbox);
  }
  return point;
}

function perpendicular(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

/** Douglas–Peucker, iterative so long coastlines do not overflow the stack. */
export function simplify(points, tolerance) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let index = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicular(points[i], points[first], points[last]);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index > 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Rounded, simplified and without repeated points. */
function tidy(points) {
  const rounded = simplify(points, TOLERANCE).map(([x, y]) => [round(x), round(y)]);
  return rounded.filter(
    (p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1],
  );
}

function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function clipCountry(geometry, bbox) {
  const polygons = [];
  for (const polygon of polygonsOf(geometry)) {
    const rings = polygon.map((ring) => tidy(clipRing(ring, bbox))).filter((r) => r.length >= 4);
    // A hole whose outer ring was clipped away would be drawn as land: keep holes only with their shell.
    if (rings.length && polygon[0] && tidy(clipRing(polygon[0], bbox)).length >= 4)
      polygons.push(rings);
  }
  return polygons;
}

/** The region's GeoJSON: one Polygon/MultiPolygon per country, then the land borders as one line layer. */
export function buildBaseMap(topology, bbox = REGION_BBOX) {
  const countries = feature(topology, topology.objects.countries).features;
  const features = [];
  for (const country of countries) {
    if (!country.geometry) continue;
    const polygons = clipCountry(country.geometry, bbox);
    if (!polygons.length) continue;
    features.push({
      type: 'Feature',
      properties: { kind: 'country', name: country.properties.name, id: String(country.id) },
      geometry:
        polygons.length === 1
          ? { type: 'Polygon', coordinates: polygons[0] }
          : { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  // Borders drawn once from the shared arcs, so neighbours do not stroke the same line twice.
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const lines = borders.coordinates
    .flatMap((line) => clipLine(line, bbox))
    .map(tidy)
    .filter((l) => l.length > 1);
  features.push({
    type: 'Feature',
    properties: { kind: 'border' },
    geometry: { type: 'MultiLineString', coordinates: lines },
  });
  return {
    type: 'FeatureCollection',
    bbox,
    source: 'Natural Earth 1:50m via world-atlas 2 (public domain)',
    features,
  };
}

function main() {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  );
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const out = resolve(root, 'public/basemap/region.json');
  mkdirSync(dirname(out), { recursive: true });
  const text = JSON.stringify(buildBaseMap(topology));
  writeFileSync(out, text);
  console.log(`wrote ${out} (${text.length} bytes)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
