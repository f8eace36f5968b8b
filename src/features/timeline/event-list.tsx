// The filtered events as a virtualized listbox of cards: only visible rows are in the DOM.
import { measureElement, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { COUNT_KEYS, type AtlasEvent } from '@/data/schema';
import { countFrom } from '@/domain/playback';
import { useAtlasIndex } from '@/state/atlas-context';
import { useHoveredId, useViewStore, type Lang } from '@/state/view-store';
import { eventSummary, eventTitle, formatEventDate, formatNumber, placeName } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { TYPE_LABELS } from '@/ui/labels';
import { TYPE_COLORS } from '@/ui/palette';
import { revealInScroller } from '@/ui/reveal-in-scroller';
import { steppedIndex, type Move } from '@/ui/stepper';
import { useElementWidth } from '@/ui/use-element-width';
import { TIMELINE_MESSAGES } from './timeline-messages';

const WIDE_ROW = 74;
const NARROW_ROW = 94;
const NARROW_BELOW = 560;

function optionId(eventId: string): string {
  return `timeline-option-${eventId}`;
}

function usePlaceText(event: AtlasEvent, lang: Lang): string {
  const { placeById } = useAtlasIndex();
  const name = (id: string | undefined) => placeName(id ? placeById.get(id) : undefined, lang);
  if (!event.from || !event.to) return name(event.place);
  const movement = `${name(event.from)} → ${name(event.to)}`;
  return event.place === event.from || event.place === event.to
    ? movement
    : `${name(event.place)} · ${movement}`;
}

// Kept while its event is: a filter change or a playback month re-renders the list, and most of
// the cards in sight show the same events as before.
const EventCard = memo(function EventCard({ event, lang }: { event: AtlasEvent; lang: Lang }) {
  const t = useMessages(TIMELINE_MESSAGES);
  const place = usePlaceText(event, lang);
  const counts = COUNT_KEYS.flatMap((key) => {
    const value = event.counts[key];
    return value === undefined ? [] : [fill(t[`count_${key}`], { n: formatNumber(value, lang) })];
  });
  return (
    <>
      <div className="tl-card-meta">
        <span className="tl-card-type">
          <span className="tl-dot" style={{ background: TYPE_COLORS[event.type] }} />
          {TYPE_LABELS[lang][event.type]}
        </span>
        <span className="tl-card-date">{formatEventDate(event, lang)}</span>
        {place && <span className="tl-card-place">{place}</span>}
      </div>
      <div className="tl-card-main">
        <span className="tl-card-title">{eventTitle(event, lang)}</span>
        {counts.length > 0 && <span className="tl-card-counts">{counts.join(' · ')}</span>}
      </div>
      <div className="tl-card-summary">{eventSummary(event, lang)}</div>
    </>
  );
});

/** The offset that shows row `index` at the top, or the list's end when fewer rows follow than fill it. */
function offsetShowing(virtualizer: Virtualizer<HTMLDivElement, Element>, index: number): number {
  const total = virtualizer.getTotalSize();
  const start = virtualizer.measurementsCache[index]?.start ?? 0;
  return Math.max(0, Math.min(start, total - (virtualizer.scrollRect?.height ?? 0)));
}

export function EventList({
  events,
  ids,
  runMonth = null,
}: {
  events: readonly AtlasEvent[];
  /** The events' ids, in the same order: the rows' keys, read without touching each event. */
  ids: readonly string[];
  /** During a playback run, the first day of the month the list ends in. */
  runMonth?: string | null;
}) {
  const t = useMessages(TIMELINE_MESSAGES);
  const lang = useLang();
  const selectedId = useViewStore((s) => s.selectedId);
  const hoveredId = useHoveredId();
  const select = useViewStore((s) => s.select);
  const hover = useViewStore((s) => s.hover);

  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef, 640);
  const narrow = width < NARROW_BELOW;
  const rowHeight = narrow ? NARROW_ROW : WIDE_ROW;

  // The keyboard cursor follows the selection: a cursor moved by keys is remembered together with
  // the selection it was moved under, so a new selection (from any view) takes over without an effect.
  const [cursor, setCursor] = useState<{ id: string; under: string | null } | null>(null);
  const activeId =
    cursor && cursor.under === selectedId ? cursor.id : (selectedId ?? cursor?.id ?? null);
  const found = activeId ? ids.indexOf(activeId) : -1;
  const activeIndex = found >= 0 ? found : events.length ? 0 : -1;

  // Rows not yet drawn are taken at the mean height of those measured (at this width): cards run
  // 112-132 px at 1440 px, not their 74 px least. Taken at the least, a run's scroll to its month
  // fell short of it by the rows above as drawn, and a frame showed the month before.
  const measured = useRef({ sum: 0, rows: 0 });
  const measure = useCallback(
    (
      el: Element,
      entry: ResizeObserverEntry | undefined,
      instance: Virtualizer<HTMLDivElement, Element>,
    ) => {
      const size = measureElement(el, entry, instance);
      measured.current.sum += size;
      measured.current.rows += 1;
      return size;
    },
    [],
  );
  // Stable callbacks: a new getItemKey makes the virtualizer re-measure every row on each render
  // (a hover elsewhere), which with 100,000 events is most of the render.
  const estimateSize = useCallback(() => {
    const { sum, rows } = measured.current;
    return rows > 0 ? sum / rows : rowHeight;
  }, [rowHeight]);
  const getItemKey = useCallback((i: number) => ids[i] ?? i, [ids]);
  // TanStack Virtual keeps its own mutable state; the React Compiler lint cannot see through it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    measureElement: measure,
    getItemKey,
    overscan: 6,
  });

  useEffect(() => {
    measured.current = { sum: 0, rows: 0 };
    virtualizer.measure();
  }, [virtualizer, rowHeight]);

  // A selection made anywhere (map, chart, details) brings its card into view, and the list into
  // its region's view where a short screen makes the region scroll.
  const selectedIndex = selectedId ? ids.indexOf(selectedId) : -1;
  useEffect(() => {
    if (selectedIndex < 0) return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    // After layout: on a first load the axis above the list is sized in the same frame.
    const frame = requestAnimationFrame(() => revealInScroller(scrollRef.current));
    return () => cancelAnimationFrame(frame);
    // Again when the rows change height (the list measured narrower than first assumed, as on a
    // phone): the offset scrolled to before would now show other cards.
  }, [virtualizer, selectedIndex, rowHeight]);

  // During a run with nothing selected, the month's events come into view as the window grows (the
  // list would otherwise stay on the oldest events): the month's first at the top, or the last
  // events when the month brought none.
  const monthIndex =
    runMonth === null || selectedIndex >= 0
      ? -1
      : Math.min(events.length - countFrom(events, runMonth), events.length - 1);
  // Before paint, and again as the cards in sight are measured (the virtualizer keeps the month's
  // first at the top until they are).
  useLayoutEffect(() => {
    if (monthIndex >= 0) virtualizer.scrollToIndex(monthIndex, { align: 'start' });
  }, [virtualizer, monthIndex, events]);
  // The rows drawn with a new month are those the scroll will show: the virtualizer takes the
  // offset the rows' sizes give, as far as it knows them, in the render that brings the month.
  // Scrolled only afterwards, the list showed the old rows at the new offset (blank when the month
  // was far below them) until the scroll event drew it again. Only for a new month or new events:
  // a reader's own scroll of a paused run stays.
  useMemo(() => {
    if (monthIndex >= 0) virtualizer.scrollOffset = offsetShowing(virtualizer, monthIndex);
    // New events move the rows (the virtualizer holds them), even when the month's index stays.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [virtualizer, monthIndex, events]);

  const moveBy = (move: Move) => {
    const to = steppedIndex(events.length, activeIndex, move);
    const event = to === null ? undefined : events[to];
    if (to === null || !event) return;
    setCursor({ id: event.id, under: selectedId });
    virtualizer.scrollToIndex(to, { align: 'auto' });
  };

  const pageRows = Math.max(1, Math.floor(360 / rowHeight) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const active = events[activeIndex];
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveBy(1),
      ArrowUp: () => moveBy(-1),
      PageDown: () => moveBy(pageRows),
      PageUp: () => moveBy(-pageRows),
      Home: () => moveBy('first'),
      End: () => moveBy('last'),
      Enter: () => active && select(active.id),
      ' ': () => active && select(active.id),
      Escape: () => select(null),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  const active = events[activeIndex];
  const items = virtualizer.getVirtualItems();
  const activeRendered = items.some((item) => item.index === activeIndex);

  return (
    <div
      ref={scrollRef}
      className={`tl-list${narrow ? ' tl-list-narrow' : ''}`}
      role="listbox"
      tabIndex={0}
      aria-label={t.listLabel}
      aria-activedescendant={active && activeRendered ? optionId(active.id) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="tl-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const event = events[item.index];
          if (!event) return null;
          const selected = event.id === selectedId;
          return (
            <div
              key={item.key}
              // Measured, not assumed: on a narrow list a long title wraps and makes its card taller.
              ref={virtualizer.measureElement}
              data-index={item.index}
              id={optionId(event.id)}
              role="option"
              aria-selected={selected}
              aria-posinset={item.index + 1}
              aria-setsize={events.length}
              data-event-id={event.id}
              data-selected={selected ? 'true' : undefined}
              data-active={item.index === activeIndex ? 'true' : undefined}
              data-hovered={event.id === hoveredId ? 'true' : undefined}
              className="tl-card"
              style={{ minHeight: rowHeight, transform: `translateY(${item.start}px)` }}
              onClick={() => {
                setCursor({ id: event.id, under: event.id });
                select(event.id);
              }}
              onPointerEnter={() => hover(event.id)}
              onPointerLeave={() => hover(null)}
            >
              <EventCard event={event} lang={lang} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
