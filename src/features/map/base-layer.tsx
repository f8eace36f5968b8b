// The offline base map: countries and land borders in three tiers of detail from the bundled TopoJSON, styled by theme in CSS.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { useMessages } from '@/ui/i18n';
import { MESSAGES } from './map-messages';
import { ensurePanes, PANES } from './map-panes';

/** The tiers scripts/build-base-map.mjs writes, coarse to fine: each fills its box minus the next one's. */
const TIERS = ['world', 'mid', 'region'] as const;

/** The countries the atlas is about: drawn a shade lighter than their neighbours. */
const FOCUS = new Set(['Myanmar', 'Laos', 'Thailand', 'China', 'Vietnam', 'Cambodia']);

interface BaseMap {
  land: FeatureCollection<Geometry, { name?: string }>;
  /** Every tier's land borders as one line, so neighbours are stroked once. */
  borders: Feature<MultiLineString>;
}

function isTopology(value: unknown): value is Topology {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'Topology' &&
    TIERS.every((tier) => tier in ((value as { objects?: object }).objects ?? {}))
  );
}

function toBaseMap(topology: Topology): BaseMap {
  const land: BaseMap['land']['features'] = [];
  const lines: MultiLineString['coordinates'] = [];
  for (const tier of TIERS) {
    const countries = topology.objects[tier] as GeometryCollection<{ name?: string }>;
    land.push(...feature(topology, countries).features);
    const borders = topology.objects[`${tier}-borders`];
    if (!borders) continue;
    for (const f of feature(topology, borders as GeometryCollection).features) {
      const g = f.geometry;
      if (g.type === 'LineString') lines.push(g.coordinates);
      else if (g.type === 'MultiLineString') lines.push(...g.coordinates);
    }
  }
  return {
    land: { type: 'FeatureCollection', features: land },
    borders: {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiLineString', coordinates: lines },
    },
  };
}

/** Relative to the document, like the dataset, so the app works under any sub-path. */
const baseMapQuery = () =>
  queryOptions({
    queryKey: ['basemap'],
    queryFn: async (): Promise<BaseMap> => {
      const response = await fetch(new URL('basemap/base-map.json', document.baseURI).href);
      if (!response.ok) throw new Error(`basemap: ${response.status}`);
      const data: unknown = await response.json();
      if (!isTopology(data)) throw new Error('basemap: not the expected topology');
      return toBaseMap(data);
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
    // Colours live in map.css (theme variables), so a theme switch needs no redraw.
    const land = L.geoJSON(data.land, {
      pane: PANES.base,
      interactive: false,
      style: (f) => ({
        className: FOCUS.has(f?.properties.name ?? '') ? 'map-land map-land-focus' : 'map-land',
        stroke: false,
        fillOpacity: 1,
      }),
    }).addTo(map);
    const borders = L.geoJSON(data.borders, {
      pane: PANES.base,
      interactive: false,
      style: { className: 'map-border', fill: false, weight: 1 },
    }).addTo(map);
    return () => {
      land.remove();
      borders.remove();
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
