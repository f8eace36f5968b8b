// Frames a dataset the user imported: its places may lie far outside the default border-region frame.
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { columnsOf } from '@/domain/fused-derive';
import { useDatasetSource, type ImportedDataset } from '@/state/dataset-source';

/**
 * Fits the map to every place the imported events touch, once per import. The map stays mounted
 * when the dataset changes under it, so nothing else would move it off the bundled data's frame.
 */
export function useFitImported(map: L.Map | null): void {
  const imported = useDatasetSource((s) => s.imported);
  const fitted = useRef<ImportedDataset | null>(null);
  useEffect(() => {
    // Forget an import once it is put away: this ref would keep its whole dataset in memory.
    if (!imported) fitted.current = null;
    if (!map || !imported || fitted.current === imported) return;
    fitted.current = imported;
    // The columns list every place an event names (place, from, to) once: no pass over 100,000 events.
    const used = new Set(columnsOf(imported.index).placeIds);
    const { places } = imported.index.dataset;
    const points = places.filter((p) => used.has(p.id)).map((p) => L.latLng(p.lat, p.lon));
    if (points.length) map.fitBounds(L.latLngBounds(points), { padding: [36, 36], maxZoom: 8 });
  }, [map, imported]);
}
