// Types for the base-map generator, so its unit test can rebuild the asset and compare.
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { Topology } from 'topojson-specification';

export type BBox = [number, number, number, number];
export const REGION_BBOX: BBox;
export function clipRing(ring: Position[], bbox: BBox): Position[];
export function clipLine(line: Position[], bbox: BBox): Position[][];
export function simplify(points: Position[], tolerance: number): Position[];
export function buildBaseMap(
  topology: Topology,
  bbox?: BBox,
): FeatureCollection<Geometry, { kind: 'country' | 'border'; name?: string; id?: string }> & {
  bbox: BBox;
  source: string;
};
