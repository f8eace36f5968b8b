// Types for the base-map generator, so its unit test can rebuild the asset and compare.
export type BBox = [number, number, number, number];
export const COVERAGE_BBOX: BBox;
export const MID_BBOX: BBox;
export const REGION_BBOX: BBox;
export const TIERS: { name: string; source: string; clip: BBox; erase?: BBox; interval?: number }[];
export function buildBaseMap(read: (file: string) => string): Promise<string>;
