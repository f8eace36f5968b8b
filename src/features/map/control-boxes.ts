// The boxes of the keys laid over the map (zoom buttons, legend, playback key, credit), which no name
// may cover: kept between redraws, measured only when the set of keys changes or after the browser
// has laid out a change in their size.
import type L from 'leaflet';
import type { Rect } from '@/ui/label-placer';

const CONTROLS = '.leaflet-control, .map-legend, .map-fade-key, .map-credit';

function sameBoxes(a: readonly Rect[], b: readonly Rect[]): boolean {
  return (
    a.length === b.length &&
    a.every((box, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        box.x === other.x &&
        box.y === other.y &&
        box.width === other.width &&
        box.height === other.height
      );
    })
  );
}

/**
 * Read in every redraw, the boxes made the browser lay the page out in the middle of the commit
 * that asked for the redraw, and again before its paint: twice a frame during playback. Now a redraw
 * measures them only when a key came or went (the playback key at a run's start); a key or the map
 * changing size is seen by a ResizeObserver, after the browser's own layout, and `moved` draws again
 * if a box moved.
 */
export class ControlBoxes {
  private readonly map: L.Map;
  private readonly frame: HTMLElement;
  private readonly observer: ResizeObserver;
  private elements: Element[] = [];
  private boxes: Rect[] = [];

  constructor(map: L.Map, frame: HTMLElement, moved: () => void) {
    this.map = map;
    this.frame = frame;
    this.observer = new ResizeObserver(() => {
      const before = this.boxes;
      this.boxes = this.measure();
      if (!sameBoxes(before, this.boxes)) moved();
    });
  }

  /** The keys' boxes in the map's container coordinates. */
  current(): Rect[] {
    const elements = [...this.frame.querySelectorAll(CONTROLS)];
    if (
      elements.length !== this.elements.length ||
      elements.some((el, i) => el !== this.elements[i])
    ) {
      this.observer.disconnect();
      this.elements = elements;
      for (const el of [this.map.getContainer(), ...elements]) this.observer.observe(el);
      this.boxes = this.measure();
    }
    return this.boxes;
  }

  destroy(): void {
    this.observer.disconnect();
  }

  private measure(): Rect[] {
    const box = this.map.getContainer().getBoundingClientRect();
    return this.elements.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height };
    });
  }
}
