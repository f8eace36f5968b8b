// Which names the map shows and where: places, arrow stubs and countries, through the shared label placer, clear of every mark.
import type L from 'leaflet';
import type { Place } from '@/data/schema';
import type { Lang } from '@/state/view-store';
import { formatNumber, placeName } from '@/ui/format';
import {
  EIGHT_SIDES,
  ownsSpot,
  placeLabels,
  spotsAround,
  type LabelRequest,
  type Rect,
} from '@/ui/label-placer';
import { textWidth } from '@/ui/text-width';
import type { Point } from './arrow-geometry';
import { badgeBox, SELECTED_RING, WAYPOINT_RADIUS, type DrawnMark } from './map-canvas';
import type { MapMark } from './map-marks';
import { COUNTRY_LABELS } from './map-messages';

export interface Label {
  text: string;
  kind: 'place' | 'stub' | 'country';
  rect: Rect;
  /** Which edge the text keeps to: the one facing what it names, so a box wider than its text
   * (the estimate errs wide) never leaves a gap between a name and its mark. */
  align: 'left' | 'right' | 'center';
  /** Font size in px, as measured for the rect. */
  font: number;
  /** A place's name: its mark's first place and the side of the mark it took (see HeldSides). */
  held?: { place: string; side: number };
}

/**
 * The side each place's name took in the frame before (an index into a mark's spots): during
 * playback a name keeps its side and its place from month to month while there is room, instead
 * of every frame's placement starting afresh (names jumped around their marks and dropped out
 * for a neighbour a few people heavier).
 */
export type HeldSides = ReadonlyMap<string, number>;

/** The names' size in px unless the page asks for larger (present mode: read from the back of a room). */
export const LABEL_FONT = 12;
/** A name's line: its font size and a third. */
const lineOf = (font: number) => Math.round((font * 4) / 3);
/** Room around the text: its halo. */
const PAD = 6;
const COUNTRY_SPACING = 2;
const GAP = 3;

// Who gives way: the selected place, then country names (they orient the reader), then by people.
// During playback the month's own places (drawn solid) come first, the story of the frame; then
// the earlier months' names already shown, so a country name pushed aside by a growing mark no
// longer takes their spot; then the countries. Within each, a name shown the month before goes
// ahead of a newcomer, and then the heavier.
const SELECTED = 6e15;
const MONTH_HELD = 5e15;
const MONTH = 4e15;
const EARLIER_HELD = 3.5e15;
const COUNTRY = 3e15;

/** A place name's rank: see above. */
function rankOf(selected: boolean, month: boolean | null, held: boolean): number {
  if (selected) return SELECTED;
  if (month === null) return 0;
  if (month) return held ? MONTH_HELD : MONTH;
  return held ? EARLIER_HELD : 0;
}

/** "Muse" or, for a group, its biggest place and how many more: "Laukkai +1". */
export function labelName(mark: MapMark, lang: Lang): string {
  const head = placeName(mark.places[0], lang);
  const rest = mark.places.length - 1;
  return rest > 0 ? `${head} +${formatNumber(rest, lang)}` : head;
}

/** The four sides of a round anchor, then its four diagonals, close in and then a step further out. */
function spots(anchor: Point & { radius: number }, width: number, height: number): Rect[] {
  const ring = (gap: number) =>
    spotsAround({ ...anchor, round: true }, { width, height }, gap, EIGHT_SIDES);
  return [...ring(GAP), ...ring(GAP + 12)];
}

export interface LabelInput {
  map: L.Map;
  frame: { width: number; height: number };
  /** Marks whose centre is in the frame: each may get its name. */
  marks: readonly DrawnMark[];
  /** Every drawn mark, in the frame or reaching into it: none is covered. */
  obstacleMarks: readonly DrawnMark[];
  stubs: readonly { text: string; at: Point; people: number }[];
  waypoints: readonly { place: Place; at: Point }[];
  /** Indicators and controls over the map, in container pixels. */
  obstacles: readonly Rect[];
  lang: Lang;
  /** Font size of the names in px (LABEL_FONT, or larger in present mode). */
  font: number;
  selected: (mark: MapMark) => boolean;
  badge: (mark: MapMark) => string | null;
  /** The names shown in the frame before, and their sides: they keep them while there is room. */
  held?: HeldSides;
  /** During playback: whether a mark holds only earlier months' events (drawn set back). */
  earlier?: (mark: MapMark) => boolean;
}

export function layoutLabels(input: LabelInput): Label[] {
  const { lang, font } = input;
  const line = lineOf(font);
  const requests: LabelRequest[] = [];
  const named = new Set<string>();
  // The selected mark wears a ring: its label and its neighbours' keep clear of that too.
  const ring = (m: DrawnMark) => (input.selected(m.mark) ? SELECTED_RING : 0);
  const texts = new Map<
    string,
    { text: string; kind: Label['kind']; anchorX: number; sides?: { place: string; of: number[] } }
  >();
  const add = (
    id: string,
    text: string,
    kind: Label['kind'],
    priority: number,
    anchorX: number,
    at: Rect[],
    sides?: { place: string; of: number[] },
  ) => {
    texts.set(id, { text, kind, anchorX, sides });
    requests.push({ id, priority, candidates: at });
  };

  // Every disc a name could be read as naming: a name goes only where its own is clearly the nearest.
  const discs = new Map(input.obstacleMarks.map((m) => [m, { x: m.x, y: m.y, radius: m.radius }]));
  const others = [
    ...discs.values(),
    ...input.waypoints.map((w) => ({ ...w.at, radius: WAYPOINT_RADIUS })),
  ];
  for (const m of input.marks) {
    const text = labelName(m.mark, lang);
    const width = textWidth(text, font, 'bold') + PAD;
    const head = m.mark.places[0];
    if (head) named.add(head.id);
    const own = discs.get(m) ?? { x: m.x, y: m.y, radius: m.radius };
    const free = spots({ ...m, radius: m.radius + ring(m) }, width, line)
      .map((rect, side) => ({ rect, side }))
      .filter(({ rect }) => ownsSpot(own, others, rect));
    // A name shown before tries its side first (close in, then a step out).
    const place = head?.id ?? m.mark.key;
    const before = input.held?.get(place);
    const kept = before === undefined ? [] : free.filter((s) => s.side % 8 === before % 8);
    const ordered = [...kept, ...free.filter((s) => !kept.includes(s))];
    add(
      `m:${m.mark.key}`,
      text,
      'place',
      rankOf(
        input.selected(m.mark),
        input.earlier ? !input.earlier(m.mark) : null,
        before !== undefined,
      ) + m.mark.people,
      m.x,
      ordered.map((s) => s.rect),
      { place, of: ordered.map((s) => s.side) },
    );
  }
  for (const [i, stub] of input.stubs.entries()) {
    const width = textWidth(stub.text, font, 'bold') + PAD;
    add(
      `s:${i}`,
      stub.text,
      'stub',
      stub.people,
      stub.at.x,
      spots({ ...stub.at, radius: 4 }, width, line),
    );
  }
  for (const w of input.waypoints) {
    // Each place is named once: a waypoint already named by a group's label stays quiet.
    if (named.has(w.place.id)) continue;
    const text = placeName(w.place, lang);
    const width = textWidth(text, font, 'bold') + PAD;
    // Below every mark: a waypoint names where people went, not where something happened.
    add(
      `w:${w.place.id}`,
      text,
      'place',
      -1,
      w.at.x,
      spots({ ...w.at, radius: WAYPOINT_RADIUS + 1 }, width, line),
    );
  }
  // A place that is a whole country ("Laos") names it already: each name once on the map.
  const markNames = new Set(
    input.marks.map((m) => placeName(m.mark.places[0], lang).toLowerCase()),
  );
  const zoom = input.map.getZoom();
  for (const [i, country] of COUNTRY_LABELS.entries()) {
    if (zoom < country.minZoom) continue;
    const name = lang === 'zh' ? country.zh : country.en;
    if (markNames.has(name.toLowerCase())) continue;
    const text = lang === 'zh' ? name : name.toUpperCase();
    const width = textWidth(text, font, 'bold') + COUNTRY_SPACING * [...text].length + PAD;
    const p = input.map.latLngToContainerPoint([country.lat, country.lon]);
    const at = (dx: number, dy: number): Rect => ({
      x: p.x - width / 2 + dx,
      y: p.y - line / 2 + dy,
      width,
      height: line,
    });
    add(`c:${i}`, text, 'country', COUNTRY - i, p.x, [
      at(0, 0),
      at(0, -22),
      at(0, 22),
      at(-width / 2 - 12, 0),
      at(width / 2 + 12, 0),
    ]);
  }

  const obstacles: Rect[] = [...input.obstacles];
  for (const m of input.obstacleMarks) {
    const r = m.radius + 1 + ring(m);
    obstacles.push({ x: m.x - r, y: m.y - r, width: r * 2, height: r * 2 });
    const count = input.badge(m.mark);
    if (count) obstacles.push(badgeBox(m, count));
  }
  for (const w of input.waypoints) {
    const r = WAYPOINT_RADIUS + 1;
    obstacles.push({ x: w.at.x - r, y: w.at.y - r, width: r * 2, height: r * 2 });
  }
  const frame = { x: 0, y: 0, width: input.frame.width, height: input.frame.height };
  return placeLabels(requests, obstacles, frame).placed.flatMap((p) => {
    const info = texts.get(p.id);
    if (!info) return [];
    const { text, kind, anchorX, sides } = info;
    const { rect } = p;
    const align =
      rect.x + rect.width <= anchorX + 0.5 ? 'right' : rect.x >= anchorX - 0.5 ? 'left' : 'center';
    const side = sides?.of[p.candidate];
    const held = sides && side !== undefined ? { place: sides.place, side } : undefined;
    return [{ text, kind, rect, font, align, ...(held && { held }) }];
  });
}
