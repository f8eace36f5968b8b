// Writes public/basemap/base-map.json: Natural Earth countries from world-atlas in three tiers of detail, clipped and simplified by mapshaper.
// Run with `node scripts/build-base-map.mjs`; the output is committed so the app never fetches map data elsewhere.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';
import { feature } from 'topojson-client';

/** [west, south, east, north] the base map covers: the map never pans or zooms out past it. */
export const COVERAGE_BBOX = [40, -30, 175, 70];
/** Where the places are: mainland Southeast Asia and China, drawn from the 1:50m data. */
export const MID_BBOX = [72, 0, 130, 45];
/**
 * The border region people zoom into (Muse, Ruili, Laukkai, Tachileik, Boten, Myawaddy), from the 1:10m
 * data. It stops short of the island-fringed Rakhine coast, whose vertices no event needs and every
 * pan and zoom would pay for.
 */
export const REGION_BBOX = [97, 15.5, 106, 26];

/**
 * Each tier fills its box minus the next tier's box, so no two tiers draw the same ground. `interval` is
 * mapshaper's simplification tolerance in metres: at zoom 9 a pixel is about 280 m near Muse, so the
 * region keeps every bend a reader can see there; the world beneath is only ever seen from far away.
 */
export const TIERS = [
  { name: 'world', source: 'countries-110m.json', clip: COVERAGE_BBOX, erase: MID_BBOX },
  {
    name: 'mid',
    source: 'countries-50m.json',
    clip: MID_BBOX,
    erase: REGION_BBOX,
    interval: 3000,
  },
  { name: 'region', source: 'countries-10m.json', clip: REGION_BBOX, interval: 150 },
];

/** Coordinates on a 10⁶ grid over the coverage: about 15 m, finer than a pixel at the map's zoom 11. */
const QUANTIZATION = 1_000_000;

/**
 * A ring that crosses the antimeridian jumps from 180° to -180° and back: clipped on the plane, it
 * spans the whole coverage (Fiji as a sliver across the Indian Ocean, Russia's Arctic coast as a flat
 * line). Continued past ±180° instead, it clips as it lies on the globe. A ring round a pole does not
 * close when continued; it is left as it is (Antarctica lies outside the coverage).
 */
export function unwrapRing(ring) {
  let shift = 0;
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i][0] - ring[i - 1][0];
    if (step > 180) shift -= 360;
    else if (step < -180) shift += 360;
    out.push([ring[i][0] + shift, ring[i][1]]);
  }
  return shift === 0 ? out : ring;
}

/** world-atlas's countries (its `land` object is left out) as GeoJSON, every ring unwrapped. */
function countriesOf(topologyText) {
  const topology = JSON.parse(topologyText);
  const countries = feature(topology, topology.objects.countries);
  for (const f of countries.features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') g.coordinates = g.coordinates.map(unwrapRing);
    if (g?.type === 'MultiPolygon')
      g.coordinates = g.coordinates.map((polygon) => polygon.map(unwrapRing));
  }
  return JSON.stringify(countries);
}

/** One tier's countries (name only) and its land borders, as two GeoJSON layers. */
async function buildTier(tier, read) {
  const input = `${tier.name}-in.json`;
  const commands = [
    `-i ${input}`,
    `-rename-layers ${tier.name}`,
    `-clip bbox=${tier.clip.join(',')}`,
    tier.erase ? `-erase bbox=${tier.erase.join(',')}` : '',
    tier.interval ? `-simplify interval=${tier.interval} keep-shapes` : '',
    '-filter-fields name',
    `-innerlines + name=${tier.name}-borders`,
    `-o format=geojson target=${tier.name},${tier.name}-borders`,
  ].join(' ');
  const output = await mapshaper.applyCommands(commands, {
    [input]: countriesOf(read(tier.source)),
  });
  return [`${tier.name}.json`, `${tier.name}-borders.json`].map((file) => [
    file,
    String(output[file]),
  ]);
}

/** The committed asset's text: one TopoJSON topology with a countries and a borders object per tier. */
export async function buildBaseMap(read) {
  const files = Object.fromEntries(
    (await Promise.all(TIERS.map((tier) => buildTier(tier, read)))).flat(),
  );
  const names = Object.keys(files);
  const output = await mapshaper.applyCommands(
    `-i combine-files ${names.join(' ')} -o base-map.json format=topojson quantization=${QUANTIZATION}`,
    files,
  );
  const topology = JSON.parse(String(output['base-map.json']));
  topology.coverage = COVERAGE_BBOX;
  topology.source = 'Natural Earth 1:110m, 1:50m and 1:10m via world-atlas 2 (public domain)';
  return JSON.stringify(topology);
}

async function main() {
  const require = createRequire(import.meta.url);
  const read = (file) => readFileSync(require.resolve(`world-atlas/${file}`), 'utf8');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const out = resolve(root, 'public/basemap/base-map.json');
  mkdirSync(dirname(out), { recursive: true });
  const text = await buildBaseMap(read);
  writeFileSync(out, text);
  console.log(`wrote ${out} (${text.length} bytes)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
