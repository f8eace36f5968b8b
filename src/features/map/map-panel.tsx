// The Map region: offline base map, event marks and movement arrows for the filtered events, fit, legend.
import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';
import { useEffect, useState } from 'react';
import { MapContainer, ZoomControl } from 'react-leaflet';
import { useFilteredView } from '@/state/atlas-context';
import { MAP_LIMITS, useViewStore } from '@/state/view-store';
import { useLang, useMessages } from '@/ui/i18n';
import { BaseLayer } from './base-layer';
import { COVERAGE } from './coverage';
import { EventLayers } from './event-layers';
import { FadeKey, MapLegend } from './map-legend';
import { MESSAGES } from './map-messages';
import { PresentFlight } from './present-flight';
import { StoryCallout } from './story-callout';
import { useFitImported } from './use-fit-imported';
import { DEFAULT_BOUNDS, DEFAULT_FIT, ViewSync } from './view-sync';

/**
 * The least zoom, in whole steps, at which the frame fits inside the base map's coverage. Not Leaflet's
 * getBoundsZoom: that never answers below the current minimum, so a frame that grows (or was first
 * laid out hidden) could not zoom out again.
 */
function coverageMinZoom(map: L.Map): number {
  const size = map.getSize();
  if (!size.x || !size.y) return MAP_LIMITS.minZoom;
  const zoom = map.getZoom();
  const span = map
    .project([MAP_LIMITS.south, MAP_LIMITS.east], zoom)
    .subtract(map.project([MAP_LIMITS.north, MAP_LIMITS.west], zoom));
  const fits = map.getScaleZoom(Math.max(size.x / span.x, size.y / span.y), zoom);
  return Math.max(MAP_LIMITS.minZoom, Math.ceil(fits / MAP_LIMITS.zoomStep) * MAP_LIMITS.zoomStep);
}

export function MapPanel() {
  const t = useMessages(MESSAGES);
  const lang = useLang();
  const filtered = useFilteredView();
  const [map, setMap] = useState<L.Map | null>(null);
  // Read once: later changes reach the map through ViewSync, not by re-creating it.
  const [initialView] = useState(() => useViewStore.getState().map);
  const places = filtered.touchedPlaces;
  useFitImported(map);

  // Panning stops at the base map's edge, and zooming out stops where the frame would grow past it,
  // which depends on the frame's size: set again on every resize.
  useEffect(() => {
    if (!map) return;
    const limit = () => map.setMinZoom(coverageMinZoom(map));
    limit();
    map.on('resize', limit);
    return () => {
      map.off('resize', limit);
    };
  }, [map]);

  const fit = () => {
    if (!map || !places.length) return;
    const bounds = L.latLngBounds(places.map((p) => L.latLng(p.lat, p.lon)));
    map.fitBounds(bounds, { padding: [36, 36], maxZoom: 8 });
  };

  const frame = initialView
    ? { center: L.latLng(initialView.lat, initialView.lon), zoom: initialView.zoom }
    : { bounds: L.latLngBounds(DEFAULT_BOUNDS), boundsOptions: DEFAULT_FIT };

  return (
    <>
      <div className="map-head">
        <h2>{t.title}</h2>
        <button type="button" onClick={fit} disabled={!map || !places.length} title={t.fitHint}>
          {t.fit}
        </button>
      </div>
      <div className="map-frame">
        <MapContainer
          ref={setMap}
          className="map-view"
          {...frame}
          zoomControl={false}
          attributionControl={false}
          zoomSnap={MAP_LIMITS.zoomStep}
          zoomDelta={MAP_LIMITS.zoomStep}
          minZoom={MAP_LIMITS.minZoom}
          maxZoom={MAP_LIMITS.maxZoom}
          maxBounds={COVERAGE}
          maxBoundsViscosity={1}
          worldCopyJump={false}
        >
          <ZoomControl
            key={lang}
            position="topleft"
            zoomInTitle={t.zoomIn}
            zoomOutTitle={t.zoomOut}
          />
          <BaseLayer />
          <EventLayers view={filtered} />
          <ViewSync />
          <PresentFlight />
          <StoryCallout />
        </MapContainer>
        <div className="map-keys">
          <MapLegend types={filtered.typesPresent} />
          <FadeKey view={filtered} />
        </div>
        <p className="map-credit">Natural Earth</p>
      </div>
      {places.length === 0 && <p className="empty">{t.noPlaces}</p>}
    </>
  );
}
