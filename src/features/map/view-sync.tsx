// Keeps the store's `map` (lat, lon, zoom) and the Leaflet view in step, without either echoing the other.
import type L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { useViewStore, type MapView } from '@/state/view-store';

/** The default frame: the China–Myanmar–Laos border region. */
export const DEFAULT_BOUNDS: [L.LatLngTuple, L.LatLngTuple] = [
  [16, 94],
  [27, 106],
];

/** The room the keys take at the map's bottom: the legend, and during a run the month's key. */
const KEYS_ROOM = 40;

/**
 * How the default frame is fitted: at the zoom that fits it, raised by the keys' room (the region
 * north of the border towns is empty land). Fitted to the map's bottom edge, Myawaddy, at times the
 * biggest mark, lay under a run's month key.
 */
export const DEFAULT_FIT: L.FitBoundsOptions = {
  paddingTopLeft: [0, -KEYS_ROOM],
  paddingBottomRight: [0, KEYS_ROOM],
  animate: false,
};

const round = (value: number, decimals: number) => Number(value.toFixed(decimals)) + 0;

function currentView(map: L.Map): MapView {
  const c = map.getCenter();
  return { lat: round(c.lat, 4), lon: round(c.lng, 4), zoom: round(map.getZoom(), 2) };
}

/** Same view for the eye: equal zoom and centres less than a pixel apart. */
function near(map: L.Map, a: MapView, b: MapView): boolean {
  if (Math.abs(a.zoom - b.zoom) > 0.01) return false;
  return map.project([a.lat, a.lon], a.zoom).distanceTo(map.project([b.lat, b.lon], a.zoom)) < 1;
}

export function ViewSync() {
  const map = useMap();
  const view = useViewStore((s) => s.map);
  const setMap = useViewStore((s) => s.setMap);
  // The default frame as fitted to this container: returning to it writes nothing (the URL stays clean).
  const defaultView = useRef<MapView | null>(useViewStore.getState().map ? null : currentView(map));
  const framing = useRef(false);

  useMapEvents({
    moveend: () => {
      const now = currentView(map);
      if (framing.current) {
        defaultView.current = now;
        return;
      }
      const reference = useViewStore.getState().map ?? defaultView.current;
      if (reference && near(map, now, reference)) return;
      setMap(now);
    },
  });

  useEffect(() => {
    if (view) {
      if (!near(map, currentView(map), view))
        map.setView([view.lat, view.lon], view.zoom, { animate: false });
      return;
    }
    // Cleared (Back to a link without `map`, or a reset): return to the default frame.
    if (defaultView.current && near(map, currentView(map), defaultView.current)) return;
    framing.current = true;
    map.fitBounds(DEFAULT_BOUNDS, DEFAULT_FIT);
    framing.current = false;
  }, [map, view]);

  // Leaflet only notices window resizes; the region can change size with the layout around it. A map
  // first laid out hidden (a phone's Map tab) fitted the default frame to no size: fit it again on show.
  useEffect(() => {
    const observer = new ResizeObserver(() => {
      const wasHidden = map.getSize().x === 0 || map.getSize().y === 0;
      map.invalidateSize();
      if (!wasHidden || useViewStore.getState().map) return;
      framing.current = true;
      map.fitBounds(DEFAULT_BOUNDS, DEFAULT_FIT);
      framing.current = false;
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);

  return null;
}
