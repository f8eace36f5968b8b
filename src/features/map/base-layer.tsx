// The offline base map: country shapes and land borders from the bundled asset, styled by theme in CSS.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FeatureCollection, Geometry } from 'geojson';
import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useMessages } from '@/ui/i18n';
import { MESSAGES } from './map-messages';
import { ensurePanes, PANES } from './map-panes';

type BaseMap = FeatureCollection<Geometry, { kind: 'country' | 'border'; name?: string }>;

/** The countries the atlas is about: drawn a shade lighter than their neighbours. */
const FOCUS = new Set(['Myanmar', 'Laos', 'Thailand', 'China', 'Vietnam', 'Cambodia']);

function isBaseMap(value: unknown): value is BaseMap {
  return (
    typeof value === 'object' &&
    value !== null &&
    'features' in value &&
    Array.isArray((value as { features: unknown }).features)
  );
}

/** Relative to the document, like the dataset, so the app works under any sub-path. */
const baseMapQuery = () =>
  queryOptions({
    queryKey: ['basemap'],
    queryFn: async (): Promise<BaseMap> => {
      const response = await fetch(new URL('basemap/region.json', document.baseURI).href);
      if (!response.ok) throw new Error(`basemap: ${response.status}`);
      const data: unknown = await response.json();
      if (!isBaseMap(data)) throw new Error('basemap: not a feature collection');
      return data;
    },
    staleTime: Infinity,
    retry: 1,
  });

/** A click on the notice's Retry is not a click on the map (which would clear the selection). */
function keepClicksOffMap(element: HTMLElement | null): void {
  if (element) L.DomEvent.disableClickPropagation(element);
}

export function BaseLayer() {
  const map = useMap();
  const t = useMessages(MESSAGES);
  const query = useQuery(baseMapQuery());
  const data = query.data;

  useEffect(() => {
    if (!data) return;
    ensurePanes(map);
    const layer = L.geoJSON(data, {
      pane: PANES.base,
      interactive: false,
      // Colours live in map.css (theme variables), so a theme switch needs no redraw.
      style: (feature) => {
        if (feature?.properties.kind === 'border')
          return { className: 'map-border', fill: false, weight: 1 };
        const focus = FOCUS.has(feature?.properties.name ?? '');
        return {
          className: focus ? 'map-land map-land-focus' : 'map-land',
          stroke: false,
          fillOpacity: 1,
        };
      },
    }).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, data]);

  if (query.isError)
    return (
      <p className="map-notice" ref={keepClicksOffMap}>
        {t.baseFailed}{' '}
        <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
          {t.baseRetry}
        </button>
      </p>
    );
  if (query.isPending) return <p className="map-notice">{t.loading}</p>;
  return null;
}
