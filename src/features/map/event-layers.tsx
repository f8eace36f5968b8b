// The map's event layers (marks, movement arrows, labels), drawn imperatively with Leaflet and linked to the store.
import L from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { AtlasEvent, Place } from '@/data/schema';
import { includesEvent } from '@/domain/filter-events';
import { movementGroups, placeGroups, type MovementGroup } from '@/domain/place-groups';
import { useAtlasIndex } from '@/state/atlas-context';
import { useViewStore, type Lang } from '@/state/view-store';
import { placeName } from '@/ui/format';
import { useLang, useMessages } from '@/ui/i18n';
import { TYPE_COLORS } from '@/ui/palette';
import { placeLabels, type LabelCandidate } from './label-layout';
import { COUNTRY_LABELS, MESSAGES } from './map-messages';
import { markIndex, marksAt, type MapMark } from './map-marks';
import { ensurePanes, PANES } from './map-panes';
import {
  arrowHeadElement,
  labelElement,
  markElement,
  markName,
  popupElement,
} from './mark-elements';
import { arrowWidth, markRadius } from './mark-style';

/** Something on the map that stands for events: kept to restyle on selection and hover without redrawing. */
interface Linked {
  el: Element;
  /** Whether it stands for this event: asked on every hover, so no mark keeps a set of its ids. */
  holds: (id: string) => boolean;
  marker?: L.Marker;
}

/** Which shown event an id is: undefined when it is unknown or filtered out. */
type ShownEvent = (id: string) => AtlasEvent | undefined;

/** A mark stands for the shown events of its places. */
function markHolds(mark: MapMark, shown: ShownEvent): (id: string) => boolean {
  const places = new Set(mark.places.map((p) => p.id));
  return (id) => {
    const event = shown(id);
    return event !== undefined && places.has(event.place);
  };
}

type Box = [number, number, number, number];

function viewBox(map: L.Map): Box {
  const b = map.getBounds().pad(0.5);
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

/** Arrows shorter than this on screen would be a smudge between two marks: they are left out. */
const MIN_ARROW_PX = 28;
/**
 * The most arrows drawn, heaviest first: past a few dozen they are a tangle nobody can read, and
 * with many places each one is a DOM path, so the map's redraw stays bounded whatever the data.
 */
const MAX_ARROWS = 60;
const SAMPLES = 24;

/** A gentle curve from → to (bending left of travel, so A→B and B→A stay apart) and its end tangent. */
function curve(map: L.Map, from: L.LatLng, to: L.LatLng) {
  const a = map.project(from, 0);
  const b = map.project(to, 0);
  const d = b.subtract(a);
  const control = a.add(b).divideBy(2).add(L.point(d.y, -d.x).multiplyBy(0.18));
  const points: L.LatLng[] = [];
  for (let i = 0; i <= SAMPLES; i++) {
    const s = i / SAMPLES;
    const p = a
      .multiplyBy((1 - s) * (1 - s))
      .add(control.multiplyBy(2 * s * (1 - s)))
      .add(b.multiplyBy(s * s));
    points.push(map.unproject(p, 0));
  }
  const tangent = b.subtract(control);
  return { points, angle: (Math.atan2(tangent.y, tangent.x) * 180) / Math.PI };
}

let measureContext: CanvasRenderingContext2D | null | undefined;
function textWidth(text: string, font: string, letterSpacing = 0): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * 7;
  measureContext.font = font;
  return measureContext.measureText(text).width + letterSpacing * text.length;
}

function setState(linked: readonly Linked[], selectedId: string | null, hoveredId: string | null) {
  for (const item of linked) {
    const selected = selectedId !== null && item.holds(selectedId);
    const hovered = hoveredId !== null && item.holds(hoveredId);
    if (selected) item.el.setAttribute('data-selected', 'true');
    else item.el.removeAttribute('data-selected');
    item.el.classList.toggle('is-selected', selected);
    item.el.classList.toggle('is-hovered', hovered);
    item.marker?.setZIndexOffset(selected ? 2000 : hovered ? 1000 : 0);
  }
}

function drawArrows(
  map: L.Map,
  layer: L.LayerGroup,
  movements: readonly MovementGroup[],
  marks: readonly MapMark[],
  zoom: number,
  linked: Linked[],
  shown: ShownEvent,
  onPick: (event: AtlasEvent) => void,
  onHover: (id: string | null) => void,
) {
  const markOfPlace = new Map<string, MapMark>();
  for (const mark of marks) for (const place of mark.places) markOfPlace.set(place.id, mark);
  const heaviest =
    movements.length <= MAX_ARROWS
      ? movements
      : [...movements]
          .sort((a, b) => b.people - a.people || b.count - a.count)
          .slice(0, MAX_ARROWS);
  for (const movement of heaviest) {
    const fromMark = markOfPlace.get(movement.from.id);
    const toMark = markOfPlace.get(movement.to.id);
    if (fromMark && fromMark === toMark) continue;
    // Ends sit on the marks that show the places, or on the places themselves when they hold no mark.
    const from = fromMark
      ? L.latLng(fromMark.lat, fromMark.lon)
      : L.latLng(movement.from.lat, movement.from.lon);
    const to = toMark
      ? L.latLng(toMark.lat, toMark.lon)
      : L.latLng(movement.to.lat, movement.to.lon);
    if (map.project(from, zoom).distanceTo(map.project(to, zoom)) < MIN_ARROW_PX) continue;
    const color = TYPE_COLORS[movement.dominantType];
    const width = arrowWidth(movement.people);
    const { points, angle } = curve(map, from, to);
    const line = L.polyline(points, {
      color,
      weight: width,
      opacity: 0.85,
      lineCap: 'round',
      className: 'map-arrow',
      bubblingMouseEvents: false,
    });
    line.on('click', () => onPick(movement.latest));
    line.on('mouseover', () => onHover(movement.latest.id));
    line.on('mouseout', () => onHover(null));
    line.addTo(layer);
    const path = line.getElement();
    if (path) {
      path.setAttribute('data-event-id', movement.events.map((e) => e.id).join(' '));
      const { from: start, to: end } = movement;
      linked.push({
        el: path,
        holds: (id) => {
          const event = shown(id);
          return event?.from === start.id && event.to === end.id;
        },
      });
    }
    const gap = (toMark ? markRadius(toMark.people) : 0) + 1.5;
    L.marker(to, {
      pane: PANES.arrowHeads,
      interactive: false,
      keyboard: false,
      icon: L.divIcon({
        className: 'map-arrow-head-icon',
        html: arrowHeadElement(color, width, angle, gap),
        iconSize: [0, 0],
        iconAnchor: [0, 0],
      }),
    }).addTo(layer);
  }
}

/** Places that movements start or end at but that hold no mark (Ruili, Nanjing…): drawn as small rings. */
function waypointsOf(movements: readonly MovementGroup[], marks: readonly MapMark[]): Place[] {
  const marked = new Set(marks.flatMap((m) => m.places.map((p) => p.id)));
  const found = new Map<string, Place>();
  for (const m of movements)
    for (const place of [m.from, m.to]) if (!marked.has(place.id)) found.set(place.id, place);
  return [...found.values()];
}

const WAYPOINT_RADIUS = 3.5;

function drawLabels(
  map: L.Map,
  layer: L.LayerGroup,
  marks: readonly MapMark[],
  waypoints: readonly Place[],
  zoom: number,
  lang: Lang,
) {
  const family = getComputedStyle(map.getContainer()).fontFamily || 'sans-serif';
  const placeFont = `600 12px ${family}`;
  const countryFont = `600 12px ${family}`;
  const countrySpacing = lang === 'zh' ? 3 : 2;
  const candidates: LabelCandidate[] = [];
  const texts = new Map<string, { text: string; kind: 'place' | 'country'; at: L.LatLng }>();
  for (const [i, country] of COUNTRY_LABELS.entries()) {
    if (zoom < country.minZoom) continue;
    const text = lang === 'zh' ? country.zh : country.en.toUpperCase();
    const at = L.latLng(country.lat, country.lon);
    const p = map.latLngToContainerPoint(at);
    const id = `country-${i}`;
    texts.set(id, { text, kind: 'country', at });
    candidates.push({
      id,
      x: p.x,
      y: p.y,
      radius: 0,
      width: textWidth(text, countryFont, countrySpacing) + 4,
      height: 16,
      // Countries first: they orient the reader; places give way around them.
      priority: Number.MAX_SAFE_INTEGER - i,
      centred: true,
      ignoreMarks: true,
    });
  }
  const circles = marks.map((mark) => {
    const p = map.latLngToContainerPoint([mark.lat, mark.lon]);
    return { id: mark.key, x: p.x, y: p.y, radius: markRadius(mark.people) + 1 };
  });
  for (const [i, mark] of marks.entries()) {
    const circle = circles[i];
    if (!circle) continue;
    const text = mark.cluster ? markName(mark, lang) : placeName(mark.places[0], lang);
    texts.set(mark.key, { text, kind: 'place', at: L.latLng(mark.lat, mark.lon) });
    candidates.push({
      ...circle,
      // A count badge juts out at the top right: the label starts clear of it.
      radius: circle.radius + (mark.count > 1 ? 7 : 0),
      width: textWidth(text, placeFont) + 6,
      height: 16,
      priority: mark.count * 1000 + mark.people,
    });
  }
  for (const place of waypoints) {
    const p = map.latLngToContainerPoint([place.lat, place.lon]);
    const text = placeName(place, lang);
    // Not an obstacle for others: a waypoint is small, and the marks' names matter more.
    const circle = { id: `w:${place.id}`, x: p.x, y: p.y, radius: WAYPOINT_RADIUS + 1 };
    texts.set(circle.id, { text, kind: 'place', at: L.latLng(place.lat, place.lon) });
    // Below every mark: a waypoint names where people went, not where something happened.
    candidates.push({ ...circle, width: textWidth(text, placeFont) + 6, height: 16, priority: -1 });
  }
  const size = map.getSize();
  for (const label of placeLabels(candidates, circles, { width: size.x, height: size.y })) {
    const info = texts.get(label.id);
    const candidate = candidates.find((c) => c.id === label.id);
    if (!info || !candidate) continue;
    L.marker(info.at, {
      pane: info.kind === 'country' ? PANES.countryLabels : PANES.labels,
      interactive: false,
      keyboard: false,
      icon: L.divIcon({
        className: 'map-label-icon',
        html: labelElement(info.text, info.kind, label.side),
        iconSize: [candidate.width, candidate.height],
        iconAnchor: [candidate.x - label.left, candidate.y - label.top],
      }),
    }).addTo(layer);
  }
}

export function EventLayers({ events }: { events: AtlasEvent[] }) {
  const map = useMap();
  const index = useAtlasIndex();
  const lang = useLang();
  const t = useMessages(MESSAGES);
  const select = useViewStore((s) => s.select);
  const hover = useViewStore((s) => s.hover);
  const selectedId = useViewStore((s) => s.selectedId);
  const hoveredId = useViewStore((s) => s.hoveredId);

  const groups = useMemo(() => placeGroups(events, index.placeById), [events, index]);
  const movements = useMemo(() => movementGroups(events, index.placeById), [events, index]);
  const marksIndex = useMemo(() => markIndex(groups), [groups]);
  const [zoom, setZoom] = useState(() => map.getZoom());
  const [box, setBox] = useState<Box>(() => viewBox(map));
  useMapEvents({
    zoomend: () => setZoom(map.getZoom()),
    moveend: () => {
      if (marksIndex.large) setBox(viewBox(map));
      setMoves((n) => n + 1);
    },
  });
  const marks = useMemo(() => marksAt(marksIndex, zoom, box), [marksIndex, zoom, box]);
  const waypoints = useMemo(() => waypointsOf(movements, marks), [movements, marks]);

  // Labels keep to the visible frame, so they are laid out again after every pan.
  const [moves, setMoves] = useState(0);
  const linked = useRef<Linked[]>([]);
  const popupLinked = useRef<Linked[]>([]);
  const marksRef = useRef(marks);
  const shown = useMemo((): ShownEvent => {
    const includes = includesEvent(events);
    return (id) => (includes(id) ? index.eventById.get(id) : undefined);
  }, [events, index]);
  const shownRef = useRef(shown);

  useEffect(() => {
    ensurePanes(map);
    marksRef.current = marks;
    shownRef.current = shown;
    const layer = L.layerGroup().addTo(map);
    const items: Linked[] = [];
    const pick = (event: AtlasEvent) => select(event.id);

    drawArrows(map, layer, movements, marks, zoom, items, shown, pick, hover);
    for (const place of waypoints) {
      L.circleMarker([place.lat, place.lon], {
        pane: PANES.arrowHeads,
        radius: WAYPOINT_RADIUS,
        interactive: false,
        className: 'map-waypoint',
      }).addTo(layer);
    }

    for (const mark of marks) {
      const el = markElement(mark, t, lang);
      const size = Math.round(markRadius(mark.people) * 2);
      const marker = L.marker([mark.lat, mark.lon], {
        icon: L.divIcon({ className: 'map-mark-icon', html: el, iconSize: [size, size] }),
        keyboard: false,
        bubblingMouseEvents: false,
      });
      const open = (fromKeyboard: boolean) => {
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
        const body = popupElement(mark, t, lang, pick, zoomHere);
        const entries: Linked[] = [...body.querySelectorAll<HTMLElement>('[data-event-id]')].map(
          (item) => ({ el: item, holds: (id) => id === item.dataset.eventId }),
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
          offset: [0, -size / 2 + 4],
          // Clear of the zoom buttons in the top-left corner.
          autoPanPaddingTopLeft: [56, 16],
          autoPanPaddingBottomRight: [16, 16],
        })
          .setLatLng([mark.lat, mark.lon])
          .setContent(body);
        popup.once('remove', () => {
          popupLinked.current = [];
        });
        popup.openOn(map);
        popupLinked.current = entries;
        const state = useViewStore.getState();
        setState(entries, state.selectedId, state.hoveredId);
        if (fromKeyboard) body.querySelector<HTMLElement>('button')?.focus();
      };
      marker.on('click', () => open(false));
      marker.on('mouseover', () => hover(mark.latest.id));
      marker.on('mouseout', () => hover(null));
      el.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        open(true);
      });
      el.addEventListener('focus', () => hover(mark.latest.id));
      el.addEventListener('blur', () => hover(null));
      marker.addTo(layer);
      items.push({ el, holds: markHolds(mark, shown), marker });
    }

    linked.current = items;
    const state = useViewStore.getState();
    setState(items, state.selectedId, state.hoveredId);
    return () => {
      map.closePopup();
      layer.remove();
      linked.current = [];
    };
  }, [map, marks, movements, waypoints, zoom, lang, t, select, hover, shown]);

  useEffect(() => {
    ensurePanes(map);
    const layer = L.layerGroup().addTo(map);
    drawLabels(map, layer, marks, waypoints, zoom, lang);
    return () => {
      layer.remove();
    };
  }, [map, marks, waypoints, zoom, lang, moves]);

  useEffect(() => {
    setState(linked.current, selectedId, hoveredId);
    setState(popupLinked.current, selectedId, hoveredId);
  }, [selectedId, hoveredId]);

  // A selection made elsewhere brings its mark into view: a pan, never a jump in zoom.
  useEffect(() => {
    if (!selectedId) return;
    const mark = marksRef.current.find((m) => markHolds(m, shownRef.current)(selectedId));
    if (!mark) return;
    const at = L.latLng(mark.lat, mark.lon);
    if (!map.getBounds().pad(-0.08).contains(at)) map.panTo(at);
  }, [selectedId, map]);

  return null;
}
