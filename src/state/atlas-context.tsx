// Hands the loaded dataset (as an index) to every view, and the filtered view of it for the current filters.
import {
  createContext,
  type Context,
  useContext,
  startTransition,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { DatasetIndex } from '@/domain/dataset-index';
import { viewOf, type FilteredView } from '@/domain/filtered-view';
import { useViewStore } from './view-store';

const AtlasContext = createContext<DatasetIndex | null>(null);
const UrgentViewContext = createContext<FilteredView | null>(null);
const FilteredViewContext = createContext<FilteredView | null>(null);
const DrawnPlayContext = createContext<string | null>(null);

/**
 * Up to this many events, while a playback run is on, every region draws the new month in the
 * render that moves the date window: the label "Up to …", the figures and the picture change in
 * one frame, and the frame the split spends on the controls alone is saved. Measured in alternate
 * runs of the bench's month steps at the bundled 78 events: p50 25.5 ms to paint and 30 ms of
 * CPU, against 35.0 and 35 ms split. At 1,000 events that one render made tasks of 63–65 ms.
 */
const TOGETHER_EVENTS = 500;

/**
 * Provides the index, and one FilteredView per filter state that every view shares. Urgent
 * first: the filters and the header read the new view at once, in the frame after the click; the
 * regions that draw much (chart, map, timeline, details) receive it once that frame is painted,
 * in a transition React may interrupt, so they never hold the clicked control back.
 */
export function AtlasProvider({ index, children }: { index: DatasetIndex; children: ReactNode }) {
  const filters = useViewStore((s) => s.filters);
  const play = useViewStore((s) => s.play);
  const view = useMemo(() => viewOf(index, filters), [index, filters]);
  // The run goes with the view it was set with: a region told of a run before its first month
  // arrives would draw the whole window as a run (faded, in the run's frame), in the urgent render.
  const [drawn, setDrawn] = useState({ view, play });
  useEffect(() => {
    if (drawn.view === view && drawn.play === play) return;
    // After the frame that shows the controls' new state: the animation frame runs before its
    // paint, a message posted from there after it. Then in a transition, which React may split.
    let cancelled = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!cancelled) startTransition(() => setDrawn({ view, play }));
    };
    const frame = requestAnimationFrame(() => channel.port2.postMessage(0));
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      channel.port1.close();
    };
  }, [view, play, drawn]);
  // A new dataset reaches every region at once: a view of the old one would not match the index.
  // So does a playback month over a small dataset (see TOGETHER_EVENTS), once the run is drawn:
  // its first month comes split, as the regions change most from the whole window to one month
  // (together, Play's task at the bundled dataset reached 53-54 ms in some runs).
  const together = play !== null && drawn.play !== null && index.events.length <= TOGETHER_EVENTS;
  const shown = drawn.view.index === index && !together ? drawn : { view, play };
  return (
    <AtlasContext.Provider value={index}>
      <UrgentViewContext.Provider value={view}>
        <FilteredViewContext.Provider value={shown.view}>
          <DrawnPlayContext.Provider value={shown.play}>{children}</DrawnPlayContext.Provider>
        </FilteredViewContext.Provider>
      </UrgentViewContext.Provider>
    </AtlasContext.Provider>
  );
}

/** The dataset index; only views mounted inside AtlasProvider (after loading) may call it. */
export function useAtlasIndex(): DatasetIndex {
  const index = useContext(AtlasContext);
  if (!index) throw new Error('useAtlasIndex needs an AtlasProvider (the dataset is not loaded)');
  return index;
}

function useViewIn(context: Context<FilteredView | null>): FilteredView {
  const view = useContext(context);
  if (!view) throw new Error('A filtered view needs an AtlasProvider (the dataset is not loaded)');
  return view;
}

/**
 * The events passing the filters and everything derived from them, for the regions that draw:
 * after a filter change it lags by one render, which React runs after the urgent one.
 */
export function useFilteredView(): FilteredView {
  return useViewIn(FilteredViewContext);
}

/** The view of the current filters at once: for the controls and figures a click must change in its frame. */
export function useUrgentFilteredView(): FilteredView {
  return useViewIn(UrgentViewContext);
}

/**
 * The playback run's last day (the store's `play`) as of the view the regions draw: null when that
 * view is not a run's month. It changes with useFilteredView, not before it.
 */
export function useDrawnPlay(): string | null {
  return useContext(DrawnPlayContext);
}
