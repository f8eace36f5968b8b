// Which of the map's marks and arrows stand for the selected and the hovered event, and which playback sets back.
import type { AtlasEvent } from '@/data/schema';
import type { MovementGroup } from '@/domain/derived-shapes';
import { setBack } from '@/domain/playback';
import type { MapMark } from './map-marks';

/** Which shown event an id is: undefined when it is unknown or filtered out. */
export type ShownEvent = (id: string) => AtlasEvent | undefined;

/** A mark, or an arrow by its movement (drawn marks and arrows are such items). */
type Item = { mark: MapMark } | { movement: MovementGroup };

/** A mark stands for the shown events of its places, an arrow for those of its movement. */
export function holdsEvent(item: Item, shown: ShownEvent, id: string): boolean {
  const event = shown(id);
  if ('mark' in item)
    return event !== undefined && item.mark.places.some((p) => p.id === event.place);
  return event?.from === item.movement.from.id && event.to === item.movement.to.id;
}

export interface Highlight {
  selected: (item: Item) => boolean;
  hovered: (item: Item) => boolean;
  /** Only earlier months' events (during playback): set back, so the month's own stand out. */
  faded: (item: Item) => boolean;
}

/** The highlight of one moment: what is selected and hovered, and the first day playback shows. */
export function highlight(
  shown: ShownEvent,
  selectedId: string | null,
  hoveredId: string | null,
  fadeBefore: string | null,
): Highlight {
  return {
    selected: (item) => selectedId !== null && holdsEvent(item, shown, selectedId),
    hovered: (item) => hoveredId !== null && holdsEvent(item, shown, hoveredId),
    faded: (item) => setBack('mark' in item ? item.mark : item.movement, fadeBefore),
  };
}
