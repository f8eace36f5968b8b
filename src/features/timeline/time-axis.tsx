// The time axis: one mark per filtered event in lanes, ticks that fit, the date range as a brush.
import { useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { EVENT_TYPES, type AtlasEvent, type EventType } from '@/data/schema';
import { dayNumber, isoFromDay, monthFirstDay, utcDay } from '@/domain/calendar';
import { laneDensity, type LaneBy } from '@/domain/lanes';
import {
  dateAt,
  niceTicks,
  rangeExtent,
  YEAR_STEPS,
  type Tick,
  type TickUnit,
  xOf,
} from '@/domain/time-scale';
import { useAnnotation } from '@/state/annotation';
import { columnsOf } from '@/domain/fused-derive';
import { useAtlasIndex } from '@/state/atlas-context';
import { useHoveredId, useViewStore, type Lang } from '@/state/view-store';
import { moveBrush, pressBrush, releaseBrush, type Brush } from '@/ui/brush-controller';
import { eventTitle, formatEventDate } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { countryName, TYPE_LABELS } from '@/ui/labels';
import { TYPE_COLORS } from '@/ui/palette';
import { markAt, rememberedAxisLayout, type AxisGeometry, type Mark } from './axis-layout';
import { TIMELINE_MESSAGES } from './timeline-messages';
import { useElementWidth } from '@/ui/use-element-width';
import { textWidth } from '@/ui/text-width';

/** Beyond this many drawn events the axis shows per-pixel density instead of one element each. */
const MAX_MARKS = 1500;
const LABEL_FONT = 11;

function geometry(width: number): AxisGeometry {
  const narrow = width < 560;
  return {
    width,
    gutter: narrow ? 76 : 100,
    right: 14,
    top: 4,
    rowHeight: 10,
    lanePad: 5,
    maxRows: 5,
    axisHeight: 38,
  };
}

const LABEL_PAD = 10;

function useTickLabels(lang: Lang) {
  const t = useMessages(TIMELINE_MESSAGES);
  return useMemo(() => {
    const monthFormat = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      month: 'short',
      timeZone: 'UTC',
    });
    const label = (tick: Pick<Tick, 'iso' | 'unit'>): string => {
      const year = tick.iso.slice(0, 4);
      const month = Number(tick.iso.slice(5, 7));
      if (tick.unit === 'year') return fill(t.year, { y: year });
      if (tick.unit === 'quarter') return fill(t.quarter, { q: Math.ceil(month / 3) });
      return monthFormat.format(new Date(utcDay(tick.iso)));
    };
    // The room a unit needs is set by its widest label, so spacing never depends on which months show.
    const widest: Record<TickUnit, number> = {
      month: Math.max(
        ...Array.from({ length: 12 }, (_, m) =>
          textWidth(
            label({ unit: 'month', iso: isoFromDay(monthFirstDay(2024 * 12 + m)) }),
            LABEL_FONT,
          ),
        ),
      ),
      quarter: textWidth(label({ unit: 'quarter', iso: '2024-10-01' }), LABEL_FONT),
      year: textWidth(label({ unit: 'year', iso: '2024-01-01' }), LABEL_FONT),
    };
    return { label, gap: (unit: TickUnit) => widest[unit] + LABEL_PAD, widest };
  }, [lang, t]);
}

interface Props {
  filtered: readonly AtlasEvent[];
  laneBy: LaneBy;
}

export function TimeAxis({ filtered, laneBy }: Props) {
  const t = useMessages(TIMELINE_MESSAGES);
  const lang = useLang();
  const index = useAtlasIndex();
  const selectedId = useViewStore((s) => s.selectedId);
  const hoveredId = useHoveredId();
  const from = useViewStore((s) => s.filters.from);
  const to = useViewStore((s) => s.filters.to);
  const select = useViewStore((s) => s.select);
  const hover = useViewStore((s) => s.hover);
  const setRange = useViewStore((s) => s.setRange);

  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef, 640);
  const g = useMemo(() => geometry(width), [width]);
  const layout = useMemo(
    () => rememberedAxisLayout(columnsOf(index), laneBy, g),
    [index, laneBy, g],
  );
  const { scale } = layout;
  const annotation = useAnnotation((s) => s.annotation);
  const noteDay = annotation?.date ? dayNumber(annotation.date) : null;
  const noteX =
    noteDay !== null && noteDay >= scale.startDay && noteDay <= scale.endDay && annotation?.date
      ? xOf(scale, annotation.date)
      : null;
  const ticks = useTickLabels(lang);

  const [drag, setDrag] = useState<Brush | null>(null);
  const [tipId, setTipId] = useState<string | null>(null);

  const shown = useMemo(() => {
    const flags = new Uint8Array(layout.size);
    // The filtered events are a subset of the dataset's: as many means all of them.
    if (filtered.length === flags.length) return flags.fill(1);
    for (const e of filtered) {
      const slot = layout.slotOf.get(e);
      if (slot !== undefined) flags[slot] = 1;
    }
    return flags;
  }, [filtered, layout]);
  const isShown = (id: string) => {
    const mark = layout.markById.get(id);
    const slot = mark ? layout.slotOf.get(mark.event) : undefined;
    return slot !== undefined && shown[slot] === 1;
  };
  const dense = filtered.length > MAX_MARKS;

  const minor = useMemo(() => niceTicks(scale, ticks.gap), [scale, ticks]);
  const minorIsYear = minor[0]?.unit === 'year';
  const years = useMemo(
    () => (minorIsYear ? minor : niceTicks(scale, ticks.gap, YEAR_STEPS)),
    [minorIsYear, minor, scale, ticks],
  );
  // The partial first year gets its label at the left edge when it fits before the first year tick.
  const firstYearX = years[0]?.x ?? scale.x1;
  const leadingYear =
    firstYearX - scale.x0 >= ticks.gap('year')
      ? { iso: isoFromDay(scale.startDay), unit: 'year' as const }
      : null;

  const ghostPath = useMemo(() => {
    const seen = new Set<number>();
    let d = '';
    const { px, py } = layout;
    for (let i = 0; i < shown.length; i++) {
      if (shown[i] === 1) continue;
      const x = px[i] ?? 0;
      const y = py[i] ?? 0;
      const key = x * 65_536 + y;
      if (seen.has(key)) continue;
      seen.add(key);
      d += `M${x - 2},${y - 2}h4v4h-4z`;
    }
    return d;
  }, [layout, shown]);

  const drawn = useMemo(
    () =>
      dense
        ? []
        : [...shown.keys()].filter((slot) => shown[slot] === 1).map((slot) => markAt(layout, slot)),
    [dense, layout, shown],
  );

  const density = useMemo(() => {
    if (!dense) return null;
    const points: { lane: number; x: number }[] = [];
    for (let slot = 0; slot < layout.size; slot++) {
      if (shown[slot] !== 1) continue;
      const x = ((layout.x0[slot] as number) + (layout.x1[slot] as number)) / 2;
      points.push({ lane: layout.lane[slot] as number, x });
    }
    return laneDensity(points, layout.lanes.length, scale.x0, scale.x1, 2);
  }, [dense, shown, layout, scale]);

  // The range as the store has it (a preset from the filters shows here too), clamped to the axis.
  const rangeX = rangeExtent(scale, from, to);

  // In the svg's own coordinates: the brush area starts after the lane labels, so measuring from
  // its own left edge would put every date a gutter's width (about 100 px) too early.
  const localX = (e: ReactPointerEvent<SVGElement>) => {
    const box = (e.currentTarget.ownerSVGElement ?? e.currentTarget).getBoundingClientRect();
    return ((e.clientX - box.left) * width) / (box.width || width);
  };
  const clampX = (x: number) => Math.min(scale.x1, Math.max(scale.x0, x));

  const onPointerDown = (e: ReactPointerEvent<SVGRectElement>) => {
    if (e.button !== 0) return;
    const x = clampX(localX(e));
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag(pressBrush(x));
  };
  const onPointerMove = (e: ReactPointerEvent<SVGRectElement>) => {
    if (drag) setDrag(moveBrush(drag, clampX(localX(e))));
  };
  const onPointerUp = (e: ReactPointerEvent<SVGRectElement>) => {
    if (!drag) return;
    const end = releaseBrush(drag, clampX(localX(e)));
    setDrag(null);
    // A click on the axis selects nothing: the marks take their own clicks.
    if (end.kind !== 'range') return;
    // The right edge sits on the boundary after the last covered day; step back inside it.
    setRange(dateAt(scale, end.lo), dateAt(scale, Math.max(end.lo, end.hi - 0.001)));
  };

  const laneLabel = (key: string) =>
    laneBy === 'type' ? (isEventType(key) ? TYPE_LABELS[lang][key] : key) : countryName(key, lang);
  const laneColor = (key: string) =>
    laneBy === 'type' && isEventType(key) ? TYPE_COLORS[key] : 'var(--accent)';

  const renderMark = (mark: Mark) => {
    const { event } = mark;
    const selected = event.id === selectedId;
    const hovered = event.id === hoveredId;
    const color = TYPE_COLORS[event.type];
    const common = {
      'data-event-id': event.id,
      'data-selected': selected ? 'true' : undefined,
      'data-hovered': hovered ? 'true' : undefined,
      className: `tl-mark tl-mark-${mark.shape}`,
      onClick: () => select(event.id),
      onPointerEnter: () => {
        hover(event.id);
        setTipId(event.id);
      },
      onPointerLeave: () => {
        hover(null);
        setTipId(null);
      },
    };
    if (mark.shape === 'dot' || mark.shape === 'hollow') {
      const hollow = mark.shape === 'hollow';
      return (
        <circle
          key={event.id}
          {...common}
          cx={mark.cx}
          cy={mark.cy}
          r={selected ? 6 : hovered ? 5 : hollow ? 3.5 : 4}
          fill={hollow ? 'var(--panel)' : color}
          stroke={hollow ? color : undefined}
        />
      );
    }
    const h = selected ? 9 : 6;
    return (
      <rect
        key={event.id}
        {...common}
        x={mark.x0}
        y={mark.cy - h / 2}
        width={mark.x1 - mark.x0}
        height={h}
        rx={h / 2}
        fill={color}
        fillOpacity={mark.shape === 'month' && !selected && !hovered ? 0.32 : 1}
        stroke={mark.shape === 'month' ? color : undefined}
      />
    );
  };

  // Paint order puts the hovered and then the selected mark on top of their neighbours.
  const ordered = [...drawn].sort(
    (a, b) => rank(a.event.id, selectedId, hoveredId) - rank(b.event.id, selectedId, hoveredId),
  );
  const selectedMark = selectedId ? layout.markById.get(selectedId) : undefined;
  const extraMarks = dense
    ? [selectedId, hoveredId].flatMap((id) => {
        const m = id && isShown(id) ? layout.markById.get(id) : undefined;
        return m ? [m] : [];
      })
    : [];
  const tipMark = tipId ? layout.markById.get(tipId) : undefined;

  const tickLabelFits = (x: number, unit: TickUnit) => x + 3 + ticks.widest[unit] <= width;

  return (
    <div className="tl-axis" ref={wrapRef}>
      <svg
        width={width}
        height={layout.height}
        viewBox={`0 0 ${width} ${layout.height}`}
        role="img"
        aria-label={fill(t.axisLabel, {
          from: isoFromDay(scale.startDay),
          to: isoFromDay(scale.endDay),
          n: filtered.length,
          m: index.events.length,
        })}
        className={drag ? 'is-brushing' : undefined}
      >
        {layout.lanes.map((lane, i) => (
          <g key={lane.key} className="tl-lane">
            {i % 2 === 1 && (
              <rect
                className="tl-lane-band"
                x={scale.x0}
                y={lane.top}
                width={scale.x1 - scale.x0}
                height={lane.height}
              />
            )}
            {laneBy === 'type' && (
              <circle
                cx={g.gutter - 10}
                cy={lane.top + lane.height / 2}
                r={3.5}
                fill={laneColor(lane.key)}
              />
            )}
            <text
              className="tl-lane-label"
              x={g.gutter - (laneBy === 'type' ? 18 : 8)}
              y={lane.top + lane.height / 2}
              dominantBaseline="central"
              textAnchor="end"
            >
              {laneLabel(lane.key)}
            </text>
          </g>
        ))}

        {(minorIsYear ? [] : minor).map((tick) => (
          <line
            key={`m${tick.iso}`}
            className={tick.yearStart ? 'tl-grid tl-grid-year' : 'tl-grid'}
            x1={tick.x}
            x2={tick.x}
            y1={g.top}
            y2={layout.lanesBottom + 18}
          />
        ))}
        {years.map((tick) => (
          <line
            key={`y${tick.iso}`}
            className="tl-grid tl-grid-year"
            x1={tick.x}
            x2={tick.x}
            y1={g.top}
            y2={layout.height - 2}
          />
        ))}
        <line
          className="tl-baseline"
          x1={scale.x0}
          x2={scale.x1}
          y1={layout.lanesBottom}
          y2={layout.lanesBottom}
        />
        {!minorIsYear &&
          minor.map(
            (tick) =>
              tickLabelFits(tick.x, tick.unit) && (
                <text
                  key={`ml${tick.iso}`}
                  className="tl-tick"
                  x={tick.x + 3}
                  y={layout.lanesBottom + 13}
                >
                  {ticks.label(tick)}
                </text>
              ),
          )}
        {[...(leadingYear ? [{ ...leadingYear, x: scale.x0 }] : []), ...years].map(
          (tick) =>
            tickLabelFits(tick.x, 'year') && (
              <text
                key={`yl${tick.iso}`}
                className="tl-tick tl-tick-year"
                x={tick.x + 3}
                y={layout.lanesBottom + (minorIsYear ? 13 : 30)}
              >
                {ticks.label({ iso: tick.iso, unit: 'year' })}
              </text>
            ),
        )}

        {ghostPath && <path className="tl-ghosts" d={ghostPath} />}
        {rangeX && (
          <g className="tl-range">
            <rect x={rangeX[0]} y={0} width={rangeX[1] - rangeX[0]} height={layout.lanesBottom} />
            <line x1={rangeX[0]} x2={rangeX[0]} y1={0} y2={layout.lanesBottom} />
            <line x1={rangeX[1]} x2={rangeX[1]} y1={0} y2={layout.lanesBottom} />
          </g>
        )}
        {density?.map((bins, lane) => {
          const l = layout.lanes[lane];
          if (!l) return null;
          const key = l.key;
          let d = '';
          bins.forEach((count, bin) => {
            if (!count) return;
            const h = Math.min(l.height - 4, 3 + Math.log2(count + 1) * 3);
            d += `M${scale.x0 + bin * 2},${l.top + l.height / 2 - h / 2}h2v${h}h-2z`;
          });
          return <path key={key} className="tl-density" d={d} fill={laneColor(key)} />;
        })}

        <rect
          className="tl-brush-area"
          x={scale.x0}
          y={0}
          width={scale.x1 - scale.x0}
          height={layout.height}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => setDrag(null)}
          onDoubleClick={() => setRange(null, null)}
        />
        {drag && (
          <rect
            className="tl-brush"
            x={Math.min(drag.start, drag.current)}
            y={0}
            width={Math.abs(drag.current - drag.start)}
            height={layout.lanesBottom}
          />
        )}
        {selectedMark && isShown(selectedMark.event.id) && (
          <line
            className="tl-selected-guide"
            x1={selectedMark.cx}
            x2={selectedMark.cx}
            y1={0}
            y2={layout.lanesBottom}
          />
        )}
        {ordered.map(renderMark)}
        {extraMarks.map(renderMark)}
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
    </div>
  );
}

function isEventType(key: string): key is EventType {
  return (EVENT_TYPES as readonly string[]).includes(key);
}

function rank(id: string, selectedId: string | null, hoveredId: string | null): number {
  if (id === selectedId) return 2;
  if (id === hoveredId) return 1;
  return 0;
}
