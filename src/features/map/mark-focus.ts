// The marks' roving focus: the marks in the frame are one Tab stop, as a toolbar is, and arrow keys move to the nearest mark that way.
import { spatialMove } from '@/ui/roving-focus';

/** A mark in the frame: its key and where it is, in container pixels. */
interface Stop {
  key: string;
  x: number;
  y: number;
}

export class MarkFocus {
  /** The mark elements by key, kept by their owner. */
  private readonly els: ReadonlyMap<string, HTMLElement>;
  /** The marks inside the frame, west to east, and which holds the map's one Tab stop. */
  private stops: Stop[] = [];
  private tabStopKey: string | null = null;

  constructor(els: ReadonlyMap<string, HTMLElement>) {
    this.els = els;
  }

  /**
   * Gives the Tab stop to the mark last focused while it stays in the frame, else the selected one
   * (`selectedKey`, when it is in the frame), else the westmost.
   */
  update(inFrame: readonly Stop[], selectedKey: string | null): void {
    this.stops = [...inFrame].sort((a, b) => a.x - b.x);
    const keys = new Set(this.stops.map((m) => m.key));
    const stop =
      (this.tabStopKey !== null && keys.has(this.tabStopKey) ? this.tabStopKey : null) ??
      selectedKey ??
      this.stops[0]?.key ??
      null;
    for (const [key, el] of this.els) el.tabIndex = key === stop ? 0 : -1;
  }

  /** The mark took focus: the Tab stop stays with it. */
  focused(key: string): void {
    this.tabStopKey = key;
  }

  /** Moves focus from mark `from` (its element `el`) by an arrow key; false when there is nowhere to go. */
  move(el: HTMLElement, from: string, key: string): boolean {
    const at = this.stops.findIndex((m) => m.key === from);
    const to = this.stops[spatialMove(this.stops, at, key) ?? -1];
    const target = to && this.els.get(to.key);
    if (!target) return false;
    el.tabIndex = -1;
    target.tabIndex = 0;
    this.tabStopKey = to.key;
    target.focus();
    return true;
  }
}
