// Links the map's event overlay (canvas marks, arrows, labels, edge indicators) to the store, and opens a group's popup.
import L from 'leaflet';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { Place } from '@/data/schema';
import { monthStart } from '@/domain/calendar';
import type { FilteredView } from '@/domain/filtered-view';
import { useAtlasIndex, useDrawnPlay } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { useLang, useMessages } from '@/ui/i18n';
import { SELECTED_RING } from './map-canvas';
import type { ShownEvent } from './map-highlight';
import { MapOverlay } from './map-overlay';
import { markIndex, type MapMark } from './map-marks';
import { MESSAGES } from './map-messages';
import { popupElement } from './mark-elements';
import { markRadius } from './mark-style';

/** Pixels a selected mark keeps from the frame's edge, room for its count badge and the edge indicators. */
const PAN_MARGIN = 28;

/** A popup's list item, restyled when the selection or hover changes elsewhere. */
interface PopupItem {
  el: HTMLElement;
  id: string;
}

/**
 * Scrolls the popup's list (and the popup, when it is taller than the frame) so the item shows whole:
 * by hand, as scrollIntoView would also scroll the map's panes.
 */
function keepInSight(item: HTMLElement): void {
  const stop = item.closest('.leaflet-popup');
  for (let box = item.parentElement; box && box !== stop; box = box.parentElement) {
    if (box.scrollHeight <= box.clientHeight) continue;
    const at = item.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    if (at.bottom > view.bottom) box.scrollTop += at.bottom - view.bottom;
    else if (at.top < view.top) box.scrollTop -= view.top - at.top;
  }
}

/** The selected item in sight (a click on a group selects its latest, last in the list). */
function revealSelected(items: readonly PopupItem[], selectedId: string | null): void {
  const item = items.find(({ id }) => id === selectedId);
  if (item) keepInSight(item.el);
}

function restylePopup(
  items: readonly PopupItem[],
  selectedId: string | null,
  hoveredId: string | null,
) {
  for (const { el, id } of items) {
    if (id === selectedId) el.setAttribute('data-selected', 'true');
    else el.removeAttribute('data-selected');
    el.classList.toggle('is-selected', id === selectedId);
    el.classList.toggle('is-hovered', id === hoveredId);
  }
}

export function EventLayers({ view }: { view: FilteredView }) {
  const map = useMap();
  const index = useAtlasIndex();
  const lang = useLang();
  const t = useMessages(MESSAGES);
  const select = useViewStore((s) => s.select);
  const hover = useViewStore((s) => s.hover);
  const selectedId = useViewStore((s) => s.selectedId);
  const hoveredId = useViewStore((s) => s.hoveredId);
  const running = useDrawnPlay() !== null;
  const [overlay, setOverlay] = useState<MapOverlay | null>(null);
  const popupItems = useRef<PopupItem[]>([]);

  // During a run, the first day of the month the view ends in: earlier events step back.
  const fadeBefore = running && view.filters.to ? monthStart(view.filters.to) : null;
  const groups = view.placeGroups;
  const movements = view.movementGroups;
  const marksIndex = useMemo(() => markIndex(groups), [groups]);
  useEffect(() => () => marksIndex.dispose(), [marksIndex]);
  const shown = useMemo((): ShownEvent => {
    return (id) => (view.includes(id) ? index.eventById.get(id) : undefined);
  }, [view, index]);

  useEffect(() => {
    const open = (mark: MapMark, el: HTMLElement, fromKeyboard: boolean) => {
      select(mark.latest.id);
      if (mark.count === 1) return;
      const zoomHere = mark.cluster
        ? () => {
            map.closePopup();
            map.fitBounds(L.latLngBounds(mark.places.map((p) => L.latLng(p.lat, p.lon))), {
              padding: [60, 60],
              maxZoom: 11,
            });
          }
        : null;
      const body = popupElement(mark, t, lang, (event) => select(event.id), zoomHere);
      popupItems.current = [...body.querySelectorAll<HTMLElement>('[data-event-id]')].map(
        (item) => ({ el: item, id: item.dataset.eventId ?? '' }),
      );
      body.addEventListener('keydown', (e) => {
        if (e.key !== 'Escape') return;
        map.closePopup();
        el.focus();
      });
      const popup = L.popup({
        className: 'map-popup',
        maxWidth: 300,
        minWidth: 220,
        offset: [0, -markRadius(mark.people) + 4],
        // A short frame (a 1280×720 workspace) scrolls a long list inside the popup, never clips it.
        maxHeight: Math.max(120, map.getSize().y - 56),
        // Clear of the zoom buttons in the top-left corner.
        autoPanPaddingTopLeft: [56, 16],
        autoPanPaddingBottomRight: [16, 16],
      })
        .setLatLng([mark.lat, mark.lon])
        .setContent(body);
      popup.once('remove', () => {
        popupItems.current = [];
      });
      popup.openOn(map);
      const state = useViewStore.getState();
      restylePopup(popupItems.current, state.selectedId, state.hoveredId);
      revealSelected(popupItems.current, state.selectedId);
      if (fromKeyboard) body.querySelector<HTMLElement>('button')?.focus();
    };
    const frame = (places: readonly Place[]) =>
      map.fitBounds(L.latLngBounds(places.map((p) => L.latLng(p.lat, p.lon))), {
        padding: [48, 48],
        maxZoom: 8,
      });
    const created = new MapOverlay(map, { select, hover, open, frame });
    setOverlay(created);
    return () => {
      map.closePopup();
      created.destroy();
    };
  }, [map, select, hover, t, lang]);

  const drawnIndex = useRef(index);
  const drawnRunning = useRef(running);
  useLayoutEffect(() => {
    // The selection as it is now, drawn with the input (a new overlay starts with none).
    const state = useViewStore.getState();
    overlay?.keepState(state.selectedId, state.hoveredId);
    // Drawn after the next frame (see setInput): a new dataset (an import of 100,000 events), and a
    // run's start and end, where every view redraws for a new window (the whole span to its first
    // month, and back): drawn in the same task as the other views, the map made it the run's longest.
    const later = drawnIndex.current !== index || drawnRunning.current !== running;
    drawnIndex.current = index;
    drawnRunning.current = running;
    overlay?.setInput({ index: marksIndex, movements, shown, fadeBefore, lang, t }, later);
  }, [overlay, index, marksIndex, movements, shown, fadeBefore, lang, t, running]);

  useEffect(() => {
    overlay?.setState(selectedId, hoveredId);
    restylePopup(popupItems.current, selectedId, hoveredId);
  }, [overlay, selectedId, hoveredId]);

  // Only when the selection changes: a hover must not pull a list the reader scrolled back.
  useEffect(() => revealSelected(popupItems.current, selectedId), [selectedId]);

  // A cleared selection (Escape, a click on the empty map) closes a group's list with it.
  useEffect(() => {
    if (selectedId === null) map.closePopup();
  }, [map, selectedId]);

  // The edge indicators sit above the map's panes: they step aside while a popup is open.
  useEffect(() => {
    const container = map.getContainer();
    const opened = () => container.classList.add('has-popup');
    const closed = () => container.classList.remove('has-popup');
    map.on('popupopen', opened).on('popupclose', closed);
    return () => {
      map.off('popupopen', opened).off('popupclose', closed);
      closed();
    };
  }, [map]);

  // A selection made elsewhere brings its mark into view: a pan, never a jump in zoom. One picked in
  // the open popup is already in view, and a pan would carry the popup out of the frame.
  useEffect(() => {
    if (!selectedId || !overlay) return;
    if (popupItems.current.some((item) => item.id === selectedId)) return;
    const mark = overlay.markFor(selectedId);
    if (!mark) return;
    // Whole mark, ring and count badge inside the frame, clear of its edge; else centre it.
    const at = L.latLng(mark.lat, mark.lon);
    const p = map.latLngToContainerPoint(at);
    const reach = markRadius(mark.people) + SELECTED_RING + PAN_MARGIN;
    const size = map.getSize();
    if (p.x < reach || p.y < reach || p.x > size.x - reach || p.y > size.y - reach) map.panTo(at);
  }, [selectedId, map, overlay]);

  return null;
}
