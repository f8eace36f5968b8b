// What the chart's parts share: the series and tallies they draw, the chart's props, the pointer and the picker.
import type { Tally } from '@/data/schema';
import type { CumulativePoint } from '@/domain/derived-shapes';
import type { Comparison } from '@/domain/comparison';
import type { Lang, Scale } from '@/state/view-store';
import type { ChartMessageKey } from './chart-messages';

export type Text = Record<ChartMessageKey, string>;

export interface TallyView {
  tally: Tally;
  /** The like-with-like comparison, or null when this tally is not comparable. */
  gap: Comparison | null;
  /** "about 48,000 since 1 Jan 2023" */
  label: string;
  /** "about 48,000": the on-chart label. */
  short: string;
  /** "official about 48,000 vs itemized 4,831 since 1 Jan 2023 (10%)", or why it is not comparable. */
  compared: string;
}

export interface SeriesView {
  key: string;
  index: number;
  name: string;
  /** "since 1 Jan 2023": the series within its legend group. */
  baseline: string;
  /** "transferred · Myanmar": what the series counts, for the legend's groups. */
  group: string;
  /** Whether any of its tallies may be compared with the itemized transfers in view. */
  comparable: boolean;
  color: string;
  tallies: TallyView[];
}

export const CHART_MARGIN = { top: 18, right: 14, bottom: 4, left: 2 };
export const Y_AXIS_WIDTH = 44;
/** The time axis's height below the plot: its tick lines and labels. */
export const X_AXIS_HEIGHT = 24;

/** Size of the chart's text (axis ticks and tally labels) where the page sets no `--chart-label-size`. */
export const LABEL_FONT = 11;

/** The labels' size in present mode, read from across a room: as large as the map's place names. */
export const PRESENT_LABEL_FONT = { base: 16, wide: 19 } as const;

/** The value axis's width and the time axis's height, grown with the labels' size. */
export function axisRoom(labelFont: number): { yAxisWidth: number; xAxisHeight: number } {
  const grow = labelFont / LABEL_FONT;
  return {
    yAxisWidth: Math.round(Y_AXIS_WIDTH * grow),
    xAxisHeight: Math.round(X_AXIS_HEIGHT * grow),
  };
}

export interface ChartProps {
  /** A story step's note pinned to a date: a labelled rule. */
  note: { t: number; label: string } | null;
  width: number;
  height: number;
  origins: string[];
  points: CumulativePoint[];
  rows: CumulativePoint[];
  series: SeriesView[];
  domain: [number, number];
  xTicks: number[];
  xLabelled: Set<number>;
  yTicks: number[];
  scale: Scale;
  selectedId: string | null;
  selectedTally: string | null;
  selectedT: number | null;
  lang: Lang;
  m: Text;
  /** The size of the axis and tally labels, px (larger in present mode). */
  labelFont: number;
  /** Select among the transfer events of a clicked date or dot. */
  onSelectIds: (ids: readonly string[]) => void;
  onSelectTally: (id: string) => void;
  /** "18 Nov 2023 · Muse hands over 571": how the picker names an event. */
  describeEvent: (id: string) => string;
  onHover: (id: string | null) => void;
  onBrush: (from: number, to: number) => void;
}

/** Where the pointer is: its time on the axis and its position in the chart, in pixels. */
export interface Pointer {
  t: number;
  x: number;
  y: number;
}

/** One mark behind a click the user is asked to resolve. */
export interface PickChoice {
  kind: 'event' | 'tally';
  id: string;
  /** The event's date or the tally's announcement, YYYY-MM-DD. */
  date: string;
}

/** The events behind a dot for several dates, or the marks a click overlapped, offered to pick. */
export interface Picker {
  x: number;
  y: number;
  choices: PickChoice[];
}
