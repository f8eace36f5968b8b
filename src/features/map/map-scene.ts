// Where the overlay's marks and arrows fall at the current view: the marks to draw, those beyond the frame to count, and the heaviest arrows with their stubs and waypoints.
import type L from 'leaflet';
import type { Place } from '@/data/schema';
import type { MovementGroup } from '@/domain/derived-shapes';
import type { Lang } from '@/state/view-store';
import { placeName } from '@/ui/format';
import { fill } from '@/ui/i18n';
import { TYPE_COLORS } from '@/ui/palette';
import {
  arrowShape,
  inFrame,
  lengthOf,
  shortenEnd,
  type Frame,
  type Point,
} from './arrow-geometry';
import { EDGE_INSET, type Offscreen } from './edge-indicators';
import type { DrawnArrow, DrawnMark } from './map-canvas';
import type { MapMark } from './map-marks';
import type { MapText } from './map-messages';
import { arrowWidth, markRadius } from './mark-style';

/** Arrows shorter than this on screen would be a smudge between two marks: they are left out. */
const MIN_ARROW_PX = 28;
/**
 * The most arrows drawn, heaviest first: past a few dozen they are a tangle nobody can read, and the
 * redraw stays bounded whatever the data.
 */
const MAX_ARROWS = 60;

interface Waypoint {
  place: Place;
  at: Point;
}

/** What an arrow cut at the frame's edge names where it is cut: "to Nanjing", "from Ruili". */
interface Stub {
  text: string;
  at: Point;
  people: number;
}

interface PlacedArrows {
  arrows: DrawnArrow[];
  waypoints: Waypoint[];
  stubs: Stub[];
}

interface PlacedScene extends PlacedArrows {
  /** The marks a pan could bring in, drawn too (the canvas reaches past the frame). */
  drawn: DrawnMark[];
  /** The marks outside the frame, only counted (by the edge indicators). */
  offscreen: Offscreen<MapMark>[];
}

/** Every mark and movement placed in container pixels at the map's current view. */
export function placeScene(
  map: L.Map,
  marks: readonly MapMark[],
  movements: readonly MovementGroup[],
  t: MapText,
  lang: Lang,
): PlacedScene {
  const size = map.getSize();
  const frame = { width: size.x, height: size.y };
  // Marks a pan could bring in are drawn too (the canvas reaches past the frame); the rest only counted.
  const reach = { x: size.x * 0.3, y: size.y * 0.3 };
  const drawn: DrawnMark[] = [];
  const offscreen: Offscreen<MapMark>[] = [];
  const pointOfPlace = new Map<string, { at: Point; radius: number }>();
  for (const mark of marks) {
    const p = map.latLngToContainerPoint([mark.lat, mark.lon]);
    const radius = markRadius(mark.people);
    for (const place of mark.places) pointOfPlace.set(place.id, { at: p, radius });
    if (!inFrame(p, frame)) offscreen.push({ x: p.x, y: p.y, count: mark.count, item: mark });
    if (p.x > -reach.x && p.y > -reach.y && p.x < size.x + reach.x && p.y < size.y + reach.y)
      drawn.push({ mark, x: p.x, y: p.y, radius });
  }
  return { drawn, offscreen, ...placeArrows(map, movements, frame, pointOfPlace, t, lang) };
}

function placeArrows(
  map: L.Map,
  movements: readonly MovementGroup[],
  frame: Frame,
  pointOfPlace: Map<string, { at: Point; radius: number }>,
  t: MapText,
  lang: Lang,
): PlacedArrows {
  const heaviest =
    movements.length <= MAX_ARROWS
      ? movements
      : [...movements]
          .sort((a, b) => b.people - a.people || b.count - a.count)
          .slice(0, MAX_ARROWS);
  const arrows: DrawnArrow[] = [];
  // One stub per name: two arrows leaving the frame for the same place name it once, on the heavier.
  const stubs = new Map<string, Stub>();
  const addStub = (stub: Stub) => {
    const named = stubs.get(stub.text);
    if (!named || stub.people > named.people) stubs.set(stub.text, stub);
  };
  const waypoints = new Map<string, Waypoint>();
  const end = (place: Place) => {
    const found = pointOfPlace.get(place.id);
    if (found) return { ...found, marked: true };
    return { at: map.latLngToContainerPoint([place.lat, place.lon]), radius: 0, marked: false };
  };
  for (const movement of heaviest) {
    const from = end(movement.from);
    const to = end(movement.to);
    if (Math.hypot(to.at.x - from.at.x, to.at.y - from.at.y) < MIN_ARROW_PX) continue;
    const shape = arrowShape(from.at, to.at, frame, EDGE_INSET);
    if (!shape) continue;
    const line = shape.kind === 'out' ? shape.line : shortenEnd(shape.line, to.radius + 1.5);
    if (lengthOf(line) < 8) continue;
    const arrow: DrawnArrow = {
      key: `${movement.from.id}>${movement.to.id}`,
      movement,
      line,
      color: TYPE_COLORS[movement.dominantType],
      width: arrowWidth(movement.people),
    };
    arrows.push(arrow);
    // Places people were moved from or to that hold no mark of their own (Ruili, Nanjing…) get a ring.
    if (shape.kind !== 'in' && !from.marked)
      waypoints.set(movement.from.id, { place: movement.from, at: from.at });
    if (shape.kind !== 'out' && !to.marked)
      waypoints.set(movement.to.id, { place: movement.to, at: to.at });
    if (shape.kind === 'out')
      addStub({
        text: fill(t.toPlace, { place: placeName(movement.to, lang) }),
        at: line[line.length - 1] as Point,
        people: movement.people,
      });
    if (shape.kind === 'in')
      addStub({
        text: fill(t.fromPlace, { place: placeName(movement.from, lang) }),
        at: line[0] as Point,
        people: movement.people,
      });
  }
  return { arrows, waypoints: [...waypoints.values()], stubs: [...stubs.values()] };
}
