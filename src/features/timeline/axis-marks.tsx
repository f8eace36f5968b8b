// The events on the axis: a mark each, or per-pixel density when there are too many, and ghosts of those filtered out.
import { useMemo } from 'react';
import { laneDensity, type LaneBy } from '@/domain/lanes';
import { useHoveredId, useViewStore } from '@/state/view-store';
import { TYPE_COLORS } from '@/ui/palette';
import { ghostPath, markAt, type AxisLayout, type Mark } from './axis-layout';
import { laneColor } from './axis-lanes';

/** Which slots of the layout the filters keep (1) or hide (0). */
type Shown = Uint8Array;

/** A faint square where each filtered-out event sits, one per pixel spot. */
export function Ghosts({ layout, shown }: { layout: AxisLayout; shown: Shown }) {
  const d = useMemo(() => ghostPath(layout, shown), [layout, shown]);
  return d ? <path className="tl-ghosts" d={d} /> : null;
}

/** Bars per two pixels of each lane, as tall as the log of the events there: for too many marks. */
export function Density({
  layout,
  shown,
  laneBy,
}: {
  layout: AxisLayout;
  shown: Shown;
  laneBy: LaneBy;
}) {
  const { scale } = layout;
  const density = useMemo(() => {
    const { size, lane, x0, x1 } = layout;
    const lanes = new Uint32Array(size);
    const xs = new Float64Array(size);
    let n = 0;
    for (let slot = 0; slot < size; slot++) {
      if (shown[slot] !== 1) continue;
      lanes[n] = lane[slot] as number;
      xs[n++] = ((x0[slot] as number) + (x1[slot] as number)) / 2;
    }
    return laneDensity(
      lanes.subarray(0, n),
      xs.subarray(0, n),
      layout.lanes.length,
      scale.x0,
      scale.x1,
      2,
    );
  }, [shown, layout, scale]);
  return (
    <>
      {density.map((bins, lane) => {
        const l = layout.lanes[lane];
        if (!l) return null;
        const key = l.key;
        let d = '';
        bins.forEach((count, bin) => {
          if (!count) return;
          const h = Math.min(l.height - 4, 3 + Math.log2(count + 1) * 3);
          d += `M${scale.x0 + bin * 2},${l.top + l.height / 2 - h / 2}h2v${h}h-2z`;
        });
        return <path key={key} className="tl-density" d={d} fill={laneColor(laneBy, key)} />;
      })}
    </>
  );
}

interface MarksProps {
  layout: AxisLayout;
  shown: Shown;
  /** Drawn as density: only the selected and hovered events still get a mark. */
  dense: boolean;
  /** The event whose tooltip to show, or null to hide it. */
  onTip: (id: string | null) => void;
}

/** One mark per shown event, the hovered and then the selected on top, with a guide at the selected. */
export function EventMarks({ layout, shown, dense, onTip }: MarksProps) {
  const selectedId = useViewStore((s) => s.selectedId);
  const hoveredId = useHoveredId();
  const select = useViewStore((s) => s.select);
  const hover = useViewStore((s) => s.hover);

  const isShown = (id: string) => {
    const mark = layout.markById.get(id);
    const slot = mark ? layout.slotOf.get(mark.event) : undefined;
    return slot !== undefined && shown[slot] === 1;
  };
  // A loop, not an array of every slot's number filtered: at 100,000 events that array cost more
  // than the few hundred marks drawn from it.
  const drawn = useMemo(() => {
    const marks: Mark[] = [];
    if (dense) return marks;
    for (let slot = 0; slot < shown.length; slot++)
      if (shown[slot] === 1) marks.push(markAt(layout, slot));
    return marks;
  }, [dense, layout, shown]);

  /**
   * A mark, or with `top` its copy drawn over the neighbours: the copy takes no pointer, so the mark
   * under the pointer keeps its place in the DOM while it is hovered and selected. A mark moved there
   * between press and release loses the click.
   */
  const renderMark = (mark: Mark, top = false) => {
    const { event } = mark;
    const selected = event.id === selectedId;
    const hovered = event.id === hoveredId;
    const color = TYPE_COLORS[event.type];
    const className = `tl-mark tl-mark-${mark.shape}${selected ? ' is-selected' : hovered ? ' is-hovered' : ''}`;
    const common = top
      ? {
          className: `${className} tl-mark-top`,
          'aria-hidden': true,
        }
      : {
          'data-event-id': event.id,
          'data-selected': selected ? 'true' : undefined,
          'data-hovered': hovered ? 'true' : undefined,
          className,
          onClick: () => select(event.id),
          onPointerEnter: () => {
            hover(event.id);
            onTip(event.id);
          },
          onPointerLeave: () => {
            hover(null);
            onTip(null);
          },
        };
    // The key apart from the spread props: React reads a key only when written out.
    const key = top ? (selected ? 'top-selected' : 'top-hovered') : event.id;
    if (mark.shape === 'dot' || mark.shape === 'hollow') {
      const hollow = mark.shape === 'hollow';
      return (
        <circle
          key={key}
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
        key={key}
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

  const selectedMark = selectedId ? layout.markById.get(selectedId) : undefined;
  // The hovered and then the selected mark, once each: a dense axis draws only these two; others
  // draw them again, on top of their neighbours.
  const lifted = [...new Set([hoveredId, selectedId])].flatMap((id) => {
    const m = id && isShown(id) ? layout.markById.get(id) : undefined;
    return m ? [m] : [];
  });

  return (
    <>
      {selectedMark && isShown(selectedMark.event.id) && (
        <line
          className="tl-selected-guide"
          x1={selectedMark.cx}
          x2={selectedMark.cx}
          y1={0}
          y2={layout.lanesBottom}
        />
      )}
      {drawn.map((mark) => renderMark(mark))}
      {lifted.map((mark) => renderMark(mark, !dense))}
    </>
  );
}
