// The view store: what the user filters, selects and looks at. The dataset itself stays in TanStack Query.
import { startTransition, useEffect, useState } from 'react';
import { create } from 'zustand';
import { DEFAULT_FILTERS, type Filters } from '@/domain/filters';

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

/**
 * What the map can show: its zoom range and step, and the base map's extent
 * (scripts/build-base-map.mjs). The map is built with these and the link refuses views outside
 * them, so a linked view is never silently moved.
 */
export const MAP_LIMITS = {
  minZoom: 4,
  maxZoom: 11,
  zoomStep: 0.5,
  south: -30,
  north: 70,
  west: 40,
  east: 175,
} as const;

export type Scale = 'linear' | 'log';
export type Lang = 'en' | 'zh';
export type Mode = 'normal' | 'present' | 'embed';
/** The one view an embedded atlas shows; null shows them all, compact. */
export type EmbedView = 'map' | 'chart' | 'timeline';
export const EMBED_VIEWS: readonly EmbedView[] = ['map', 'chart', 'timeline'];
export type Theme = 'system' | 'light' | 'dark';

export interface ViewState {
  filters: Filters;
  selectedId: string | null;
  /** A selected official tally: selected instead of an event, never with one. */
  selectedTally: string | null;
  hoveredId: string | null;
  /** null until the user moves the map: the default frame stays the map's own business. */
  map: MapView | null;
  scale: Scale;
  lang: Lang;
  mode: Mode;
  embedView: EmbedView | null;
  /**
   * While a playback run is on (playing or paused): the run's last day. The run's position is
   * `filters.to`, the last day of the month it shows.
   */
  play: string | null;
  /** The story being played (a bundled story's id or an encoded story) and its step, from 1. */
  story: string | null;
  step: number | null;
  theme: Theme;
}

export const DEFAULT_VIEW: ViewState = {
  filters: DEFAULT_FILTERS,
  selectedId: null,
  selectedTally: null,
  hoveredId: null,
  map: null,
  scale: 'linear',
  lang: 'en',
  mode: 'normal',
  embedView: null,
  play: null,
  story: null,
  step: null,
  theme: 'system',
};

type ListKey = 'types' | 'origins' | 'places' | 'actors';

interface ViewActions {
  setFilters: (patch: Partial<Filters>) => void;
  /** Sets the date window by hand (brush, fields, presets): a playback run ends. */
  setRange: (from: string | null, to: string | null) => void;
  /** A playback frame: the window's end and the run's last day, or `play` null when the run ends. */
  setPlay: (to: string | null, play: string | null) => void;
  toggle: <K extends ListKey>(key: K, value: Filters[K][number]) => void;
  resetFilters: () => void;
  select: (id: string | null) => void;
  selectTally: (id: string | null) => void;
  hover: (id: string | null) => void;
  setMap: (view: MapView | null) => void;
  setScale: (scale: Scale) => void;
  setLang: (lang: Lang) => void;
  setMode: (mode: Mode) => void;
  setTheme: (theme: Theme) => void;
  /** Replaces the whole view, e.g. from the URL on Back/Forward. */
  replace: (view: ViewState) => void;
}

export const useViewStore = create<ViewState & ViewActions>()((set) => ({
  ...DEFAULT_VIEW,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  setRange: (from, to) => set((s) => ({ filters: { ...s.filters, from, to }, play: null })),
  setPlay: (to, play) => set((s) => ({ filters: { ...s.filters, to }, play })),
  toggle: (key, value) =>
    set((s) => {
      const list = s.filters[key] as readonly string[];
      const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
      return { filters: { ...s.filters, [key]: next } };
    }),
  resetFilters: () => set({ filters: DEFAULT_FILTERS, play: null }),
  select: (selectedId) =>
    set(selectedId === null ? { selectedId } : { selectedId, selectedTally: null }),
  selectTally: (selectedTally) =>
    set(selectedTally === null ? { selectedTally } : { selectedTally, selectedId: null }),
  hover: (hoveredId) => set({ hoveredId }),
  setMap: (map) => set({ map }),
  setScale: (scale) => set({ scale }),
  setLang: (lang) => set({ lang }),
  setMode: (mode) => set({ mode }),
  setTheme: (theme) => set({ theme }),
  replace: (view) => set(view),
}));

/**
 * The hovered event for views that only light it up (chart, timeline, list), as a transition: a
 * pointer passing over marks, or marks sliding away from under a still pointer as the map moves, never
 * holds up input; React renders the highlight in slices between frames. (A store selector would render
 * each view synchronously on every hover.)
 */
export function useHoveredId(): string | null {
  const [hovered, setHovered] = useState(() => useViewStore.getState().hoveredId);
  useEffect(
    () =>
      useViewStore.subscribe((state) => {
        startTransition(() => setHovered(state.hoveredId));
      }),
    [],
  );
  return hovered;
}
