// The chart and the map carry the heaviest libraries; they load after the first screen.
import { lazy } from 'react';

export const ChartPanel = lazy(() =>
  import('@/features/chart/chart-panel').then((m) => ({ default: m.ChartPanel })),
);

export const MapPanel = lazy(() =>
  import('@/features/map/map-panel').then((m) => ({ default: m.MapPanel })),
);
