// Keeps the address bar and the view store in step: seeded before the first render, written on change, restored on Back.
import { useLayoutEffect } from 'react';
import { create } from 'zustand';
import type { DatasetIndex } from '@/domain/dataset-index';
import { DEFAULT_FILTERS } from '@/domain/filters';
import { columnsOf } from '@/domain/fused-derive';
import {
  changedKeys,
  parseQuery,
  serializeView,
  urlViewOf,
  type IgnoredParam,
  type UrlView,
} from './url-codec';
import { usePlaybackMotion } from './playback-motion';
import type { UrlKey } from './url-keys';
import { useViewStore, type ViewState } from './view-store';

/** What the link notice tells the reader about the link they opened. */
interface LinkNoticeState {
  ignored: IgnoredParam[];
  /** `v` of the opened link, and the version actually loaded (null until the dataset is in). */
  linkVersion: string | null;
  datasetVersion: string | null;
  /** The linked `event` when the dataset has no such event. */
  missingEventId: string | null;
  /** A linked `event` id that was retired, and the event that replaced it (selected instead). */
  replacedEvent: ReplacedEvent | null;
  /** The dataset version a playing story was made with, when it says. */
  storyVersion: string | null;
  dismissed: boolean;
}

interface ReplacedEvent {
  from: string;
  to: string;
}

interface LinkNoticeActions {
  dismiss: () => void;
}

const EMPTY_NOTICE: LinkNoticeState = {
  ignored: [],
  linkVersion: null,
  datasetVersion: null,
  missingEventId: null,
  replacedEvent: null,
  storyVersion: null,
  dismissed: false,
};

export const useLinkNotice = create<LinkNoticeState & LinkNoticeActions>()((set) => ({
  ...EMPTY_NOTICE,
  dismiss: () => set({ dismissed: true }),
}));

/** Resets the notice (tests; a fresh page load starts from here too). */
export function resetLinkNotice(): void {
  useLinkNotice.setState(EMPTY_NOTICE);
}

/** Brushing, typing and panning fire many times a second: they replace the entry instead of pushing. */
const CONTINUOUS_KEYS: ReadonlySet<UrlKey> = new Set(['from', 'to', 'q', 'map']);
/** Safari throws after ~100 replaceState calls in 30 s; one write per 300 ms stays under that. */
export const REPLACE_INTERVAL_MS = 300;

let replacing = false;
/** Writes a throttled change still waiting for its turn, while a sync runs. */
let flushPending: () => void = () => {};

/**
 * The page's link as it is now: a change still waiting out the throttle (a playback month, a
 * brush) is written first, so "Copy link" right after Pause copies the month on screen.
 */
export function currentLink(): string {
  flushPending();
  return window.location.href;
}

/**
 * Sets view state writing the address bar's current entry instead of a new one: a story step's
 * view belongs to the step the reader moved to (that move already made the entry).
 */
export function replaceView(patch: Partial<ViewState>): void {
  replacing = true;
  try {
    useViewStore.setState(patch);
  } finally {
    replacing = false;
  }
}

/** Mirrors the link-borne page state onto <html>: the language for screen readers, the mode for CSS. */
function applyDocumentState(view: Pick<UrlView, 'lang' | 'mode'>): void {
  const root = document.documentElement;
  const lang = view.lang === 'zh' ? 'zh-CN' : 'en';
  if (root.lang !== lang) root.lang = lang;
  if (view.mode === 'normal') root.removeAttribute('data-mode');
  else if (root.dataset.mode !== view.mode) root.dataset.mode = view.mode;
}

/** Parses the page's query string into the store; call once before the first render. */
export function seedViewFromUrl(search: string = window.location.search): void {
  const { view, ignored, linkVersion } = parseQuery(search);
  useViewStore.setState(view);
  useLinkNotice.setState({ ...EMPTY_NOTICE, ignored, linkVersion });
  applyDocumentState(view);
}

const actorSets = new WeakMap<DatasetIndex, Set<string>>();

function actorsOf(index: DatasetIndex): Set<string> {
  let actors = actorSets.get(index);
  if (!actors) {
    // The columns already list every actor once (built with the dataset, before the first render).
    actors = new Set(columnsOf(index).actors);
    actorSets.set(index, actors);
  }
  return actors;
}

const replacements = new WeakMap<DatasetIndex, Map<string, string>>();

/** Retired event id -> the id of the event that replaces it (the dataset's `replaces` lists). */
function replacementsOf(index: DatasetIndex): Map<string, string> {
  let map = replacements.get(index);
  if (!map) {
    map = new Map(index.events.flatMap((e) => (e.replaces ?? []).map((old) => [old, e.id])));
    replacements.set(index, map);
  }
  return map;
}

interface CheckedView {
  view: UrlView;
  ignored: IgnoredParam[];
  missingEventId: string | null;
  replacedEvent: ReplacedEvent | null;
}

/**
 * Drops what the loaded dataset does not have: unknown place ids and actor names (named in the
 * notice) and a selected event that does not exist (the rest of the view is still shown). A
 * selected event whose id was retired opens the event that replaced it.
 */
export function viewCheckedAgainst(view: UrlView, index: DatasetIndex): CheckedView {
  const actors = actorsOf(index);
  const { places, actors: chosenActors } = view.filters;
  const ignored: IgnoredParam[] = [
    ...places
      .filter((id) => !index.placeById.has(id))
      .map((value): IgnoredParam => ({ key: 'place', value, reason: 'unknown-place' })),
    ...chosenActors
      .filter((name) => !actors.has(name))
      .map((value): IgnoredParam => ({ key: 'actor', value, reason: 'unknown-actor' })),
  ];
  const linked = view.selectedId;
  const unknown = linked !== null && !index.eventById.has(linked) ? linked : null;
  const successor = unknown === null ? undefined : replacementsOf(index).get(unknown);
  const replacedEvent = unknown !== null && successor ? { from: unknown, to: successor } : null;
  const missingEventId = replacedEvent ? null : unknown;
  if (!ignored.length && unknown === null) return { view, ignored, missingEventId, replacedEvent };
  return {
    view: {
      ...view,
      filters: {
        ...view.filters,
        places: places.filter((id) => index.placeById.has(id)),
        actors: chosenActors.filter((name) => actors.has(name)),
      },
      selectedId: replacedEvent?.to ?? (unknown === null ? linked : null),
    },
    ignored,
    missingEventId,
    replacedEvent,
  };
}

function sameParam(a: IgnoredParam, b: IgnoredParam): boolean {
  return a.key === b.key && a.value === b.value && a.reason === b.reason;
}

/** Adds what a check found to the notice (and shows it again if it was dismissed). */
function reportChecked({ ignored, missingEventId, replacedEvent }: CheckedView): void {
  if (!ignored.length && missingEventId === null && replacedEvent === null) return;
  useLinkNotice.setState((notice) => ({
    ignored: [
      ...notice.ignored,
      ...ignored.filter((p) => !notice.ignored.some((q) => sameParam(p, q))),
    ],
    missingEventId: missingEventId ?? notice.missingEventId,
    replacedEvent: replacedEvent ?? notice.replacedEvent,
    dismissed: false,
  }));
}

/** The absolute link for a view, stamped with the loaded dataset's version. */
export function linkFor(
  view: UrlView,
  version: string | null = useLinkNotice.getState().datasetVersion,
): string {
  const query = serializeView(view, version);
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${query ? `?${query}` : ''}`;
}

/** The current link with `event` set to `id`: for "Copy link to this event". */
export function eventLink(id: string): string {
  return linkFor({ ...urlViewOf(useViewStore.getState()), selectedId: id });
}

function currentQuery(): string {
  return window.location.search.replace(/^\?/, '');
}

function writeQuery(method: 'pushState' | 'replaceState', query: string): void {
  if (query === currentQuery()) return;
  const { pathname, hash } = window.location;
  try {
    window.history[method](null, '', `${pathname}${query ? `?${query}` : ''}${hash}`);
  } catch {
    // Browsers cap history writes (Safari: ~100 per 30 s); a missed write must not break the page.
  }
}

/**
 * Starts the two-way sync for a loaded dataset and returns the function that stops it. The store
 * is checked against the dataset first and the address bar rewritten in canonical form with `v`.
 */
export function startUrlSync(index: DatasetIndex): () => void {
  const loadedVersion = index.dataset.version;
  useLinkNotice.setState({ datasetVersion: loadedVersion });

  const checked = viewCheckedAgainst(urlViewOf(useViewStore.getState()), index);
  reportChecked(checked);
  useViewStore.setState(checked.view);
  writeQuery('replaceState', serializeView(checked.view, loadedVersion));
  applyDocumentState(checked.view);

  let applyingPopstate = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const cancelReplace = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const replaceNow = () => {
    timer = null;
    writeQuery('replaceState', serializeView(urlViewOf(useViewStore.getState()), loadedVersion));
  };

  flushPending = () => {
    if (timer === null) return;
    cancelReplace();
    replaceNow();
  };

  const unsubscribe = useViewStore.subscribe((state: ViewState, prev: ViewState) => {
    applyDocumentState(state);
    if (applyingPopstate) return;
    const keys = changedKeys(urlViewOf(prev), urlViewOf(state));
    if (!keys.length) return;
    if (replacing) {
      cancelReplace();
      writeQuery('replaceState', serializeView(urlViewOf(state), loadedVersion));
      return;
    }
    // Reset puts back the very DEFAULT_FILTERS object: a click, even when it only clears a range or text.
    const reset = state.filters === DEFAULT_FILTERS && prev.filters !== DEFAULT_FILTERS;
    if (!reset && keys.every((key) => CONTINUOUS_KEYS.has(key))) {
      timer ??= setTimeout(replaceNow, REPLACE_INTERVAL_MS);
      return;
    }
    // Settle the entry we leave with the last continuous change, so Back returns to exactly it.
    if (timer !== null) {
      cancelReplace();
      writeQuery('replaceState', serializeView(urlViewOf(prev), loadedVersion));
    }
    // An embed shares the host page's history: a push there would make the article's Back step the frame.
    writeQuery(
      state.mode === 'embed' ? 'replaceState' : 'pushState',
      serializeView(urlViewOf(state), loadedVersion),
    );
  });

  const onPopState = () => {
    // A pending write belongs to the entry we just left; applied here it would overwrite this one.
    cancelReplace();
    const parsed = parseQuery(window.location.search);
    const restored = viewCheckedAgainst(parsed.view, index);
    reportChecked({ ...restored, ignored: [...parsed.ignored, ...restored.ignored] });
    applyingPopstate = true;
    try {
      // Every URL key is in the parsed view (absent ones at their default), so nothing lingers.
      useViewStore.setState(restored.view);
    } finally {
      applyingPopstate = false;
    }
  };
  window.addEventListener('popstate', onPopState);

  // A paused run holds its place in the link at once: the month on screen, not the month before
  // it, which the throttle would leave in the address bar for up to REPLACE_INTERVAL_MS.
  const unsubscribeMotion = usePlaybackMotion.subscribe((motion, prev) => {
    if (prev.playing && !motion.playing) flushPending();
  });

  return () => {
    unsubscribe();
    unsubscribeMotion();
    window.removeEventListener('popstate', onPopState);
    flushPending();
    flushPending = () => {};
  };
}

/** Wires the URL to the store for as long as the loaded dataset's views are mounted. */
export function useUrlSync(index: DatasetIndex): void {
  // A layout effect: the check against the dataset lands before the first paint.
  useLayoutEffect(() => startUrlSync(index), [index]);
}
