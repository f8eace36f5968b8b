// The time axis: lays the dataset out in lanes and stacks its layers (lanes, ticks, range, marks, brush, story note).
import { memo, useMemo, useRef, useState } from 'react';
import { dayNumber, isoFromDay } from '@/domain/calendar';
import type { FilteredView } from '@/domain/filtered-view';
import { columnsOf } from '@/domain/fused-derive';
import type { LaneBy } from '@/domain/lanes';
import { xOf } from '@/domain/time-scale';
import { useAnnotation } from '@/state/annotation';
import { useAtlasIndex } from '@/state/atlas-context';
import type { Brush } from '@/ui/brush-controller';
import { eventTitle, formatEventDate } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { useElementWidth } from '@/ui/use-element-width';
import { useMediaQuery } from '@/ui/use-media-query';
import { useSteppedWork } from '@/ui/use-stepped-work';
import { AxisBrush, RangeBand } from './axis-brush';
import { AxisLanes } from './axis-lanes';
import { rememberedAxisLayout, type AxisGeometry, type AxisLayout } from './axis-layout';
import { Density, EventMarks, Ghosts } from './axis-marks';
import { AxisTicks } from './axis-ticks';
import { TIMELINE_MESSAGES } from './timeline-messages';

/** Beyond this many drawn events the axis shows per-pixel density instead of one element each. */
const MAX_MARKS = 1500;

/**
 * A short one-screen workspace (a 1280×720 laptop or projector): tighter lanes, so the axis, the
 * player under it and a card of the list all fit in the timeline's column. Matches the short
 * workspace query in workspace.css.
 */
const SHORT_QUERY = '(min-width: 1280px) and (max-height: 820px)';

function geometry(width: number, short: boolean): AxisGeometry {
  const narrow = width < 560;
  return {
    width,
    gutter: narrow ? 76 : 100,
    right: 14,
    top: 4,
    rowHeight: short ? 9 : 10,
    lanePad: short ? 3 : 5,
    maxRows: 5,
    axisHeight: 38,
  };
}

interface Props {
  view: FilteredView;
  laneBy: LaneBy;
}

// Kept while its view and lanes are: the panel re-renders when a run starts or pauses, in the
// urgent render of the click, and at 1,000 events redrawing every mark there made a 57-76 ms task.
export const TimeAxis = memo(function TimeAxis({ view, laneBy }: Props) {
  const index = useAtlasIndex();
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef, 640);
  const short = useMediaQuery(SHORT_QUERY);
  const g = useMemo(() => geometry(width, short), [width, short]);
  const work = useMemo(() => rememberedAxisLayout(columnsOf(index), laneBy, g), [index, laneBy, g]);
  // At 100,000 events the layout takes several slices: the axis is drawn once it is done.
  const layout = useSteppedWork(work);
  return (
    <div className="tl-axis" ref={wrapRef} aria-busy={layout ? undefined : true}>
      {layout && <AxisDrawing view={view} laneBy={laneBy} layout={layout} g={g} />}
    </div>
  );
});

function AxisDrawing({ view, laneBy, layout, g }: Props & { layout: AxisLayout; g: AxisGeometry }) {
  const t = useMessages(TIMELINE_MESSAGES);
  const lang = useLang();
  const index = useAtlasIndex();
  const { width } = g;
  const { scale } = layout;
  const annotation = useAnnotation((s) => s.annotation);
  const noteDay = annotation?.date ? dayNumber(annotation.date) : null;
  const noteX =
    noteDay !== null && noteDay >= scale.startDay && noteDay <= scale.endDay && annotation?.date
      ? xOf(scale, annotation.date)
      : null;

  const [drag, setDrag] = useState<Brush | null>(null);
  const [tipId, setTipId] = useState<string | null>(null);

  const shown = useMemo(() => {
    const flags = new Uint8Array(layout.size);
    // Until a new dataset is laid out, the layout is the last one's: none of its slots pass.
    if (columnsOf(view.index) !== layout.columns) return flags;
    if (view.count === layout.size) return flags.fill(1);
    const passed = view.passedRows;
    for (let slot = 0; slot < layout.size; slot++)
      flags[slot] = passed[layout.rowOfSlot[slot] as number] as number;
    return flags;
  }, [view, layout]);
  const dense = view.count > MAX_MARKS;
  const tipMark = tipId ? layout.markById.get(tipId) : undefined;

  return (
    <>
      <svg
        width={width}
        height={layout.height}
        viewBox={`0 0 ${width} ${layout.height}`}
        role="img"
        aria-label={fill(t.axisLabel, {
          from: isoFromDay(scale.startDay),
          to: isoFromDay(scale.endDay),
          n: view.count,
          m: index.events.length,
        })}
        className={drag ? 'is-brushing' : undefined}
      >
        <AxisLanes layout={layout} laneBy={laneBy} gutter={g.gutter} />
        <AxisTicks layout={layout} top={g.top} width={width} />
        <Ghosts layout={layout} shown={shown} />
        <RangeBand layout={layout} />
        {dense && <Density layout={layout} shown={shown} laneBy={laneBy} />}
        <AxisBrush layout={layout} width={width} drag={drag} onDrag={setDrag} />
        <EventMarks layout={layout} shown={shown} dense={dense} onTip={setTipId} />
        {noteX !== null && annotation && (
          <g className="story-rule">
            <line x1={noteX} x2={noteX} y1={0} y2={layout.lanesBottom} />
            <text
              className="story-rule-label"
              x={noteX > (scale.x0 + scale.x1) / 2 ? noteX - 4 : noteX + 4}
              y={11}
              textAnchor={noteX > (scale.x0 + scale.x1) / 2 ? 'end' : 'start'}
            >
              {annotation.label}
            </text>
          </g>
        )}
      </svg>
      {tipMark && (
        <div
          className="tl-tip"
          aria-hidden="true"
          style={{
            left: Math.max(0, Math.min(width - 240, tipMark.cx - 120)),
            top: tipMark.cy + 12,
          }}
        >
          <strong>{eventTitle(tipMark.event, lang)}</strong>
          <span>{formatEventDate(tipMark.event, lang)}</span>
        </div>
      )}
    </>
  );
}
