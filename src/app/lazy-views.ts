// The chart and the map carry the heaviest libraries; they load after the first screen, and a
// failed download can be tried again from the region's Retry.
import { retryableLazy } from './retryable-lazy';

export const ChartPanel = retryableLazy(
  () => import('@/features/chart/chart-panel'),
  (m) => m.ChartPanel,
);

export const MapPanel = retryableLazy(
  () => import('@/features/map/map-panel'),
  (m) => m.MapPanel,
);
