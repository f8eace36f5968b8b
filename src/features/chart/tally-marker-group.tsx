// The tally markers as one tab stop: a button each in its series' shape, the arrow keys stepping by date.
import { useState, type KeyboardEvent } from 'react';
import { utcDay } from '@/domain/calendar';
import { ARROW_MOVES, steppedIndex } from '@/ui/stepper';
import type { Pointer, Text } from './chart-types';
import { markerPath, seriesShape } from './tally-markers';
import type { TallyPoint } from './tally-points';

/** The marker of a tally in the chart, to move or give focus back to. */
export function markerOf(root: ParentNode | null, id: string): SVGElement | null {
  return (
    root?.querySelector<SVGElement>(`.tally-marker[data-tally-id="${CSS.escape(id)}"]`) ?? null
  );
}

interface Props {
  points: readonly TallyPoint[];
  /** The chart's marks are numbered dots first: the first marker's number. */
  firstMark: number;
  /** For each mark by number, the marks it overlaps. */
  overlaps: readonly number[][];
  selectedTally: string | null;
  hoveredTally: string | null;
  m: Text;
  /** A click on mark `i`: select it, or offer it and what it overlaps to pick. */
  onPickMark: (i: number) => void;
  onSelectTally: (id: string) => void;
  onTallyHover: (id: string | null) => void;
  onPointer: (pointer: Pointer | null) => void;
}

export function TallyMarkerGroup(props: Props) {
  const { points, firstMark, overlaps, selectedTally, hoveredTally } = props;
  // The markers are one tab stop: the arrow keys move between them (a roving tab index).
  const [tabStop, setTabStop] = useState<string | null>(null);
  // Left and right arrows step through the markers by announcement date; Tab enters at the selected
  // one, or the last focused, or the first.
  const inDateOrder = [...points]
    .sort((a, b) => a.cx - b.cx || b.cy - a.cy)
    .map((p) => p.v.tally.id);
  const tabbable =
    [selectedTally, tabStop].find((id) => id !== null && inDateOrder.includes(id)) ??
    inDateOrder[0];

  return (
    <g className="tally-markers" role="group" aria-label={props.m.markersGroup}>
      {/* Comparable totals over the rest: the figure a headline quotes is never under another. */}
      {points
        .map((p, j) => ({ ...p, j }))
        .sort((a, b) => Number(a.s.comparable) - Number(b.s.comparable))
        .map(({ s, v, cx, cy, j }) => {
          const id = v.tally.id;
          const others = overlaps[firstMark + j] ?? [];
          const selected = selectedTally === id;
          const step = (e: KeyboardEvent<SVGPathElement>) => {
            const move = ARROW_MOVES[e.key];
            if (move === undefined) return;
            const at = inDateOrder.indexOf(id);
            const to = steppedIndex(inDateOrder.length, at, move);
            // An arrow at either end is not used (the page may scroll); Home and End always are.
            if (to === null || (typeof move === 'number' && to === at)) return;
            const next = inDateOrder[to];
            if (next === undefined) return;
            e.preventDefault();
            setTabStop(next);
            markerOf(e.currentTarget.ownerSVGElement, next)?.focus();
          };
          return (
            <path
              key={id}
              className={s.comparable ? 'tally-marker' : 'tally-marker not-comparable'}
              data-tally-id={id}
              data-series={s.key}
              data-comparable={s.comparable ? 'true' : 'false'}
              data-hovered={hoveredTally === id ? 'true' : undefined}
              data-selected={selected ? 'true' : undefined}
              role="button"
              tabIndex={id === tabbable ? 0 : -1}
              aria-pressed={selected}
              aria-label={[
                v.label,
                s.name,
                v.compared,
                ...(others.length ? [props.m.overlapsMarks] : []),
              ].join('; ')}
              style={{ fill: s.comparable ? s.color : 'var(--panel)', stroke: s.color }}
              d={markerPath(
                seriesShape(s.index),
                cx,
                cy,
                hoveredTally === id || selected ? 6.5 : 5,
              )}
              data-mark={firstMark + j}
              data-overlaps={others.join(' ') || undefined}
              onClick={() => props.onPickMark(firstMark + j)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter' && e.key !== ' ') return step(e);
                e.preventDefault();
                props.onSelectTally(id);
              }}
              onFocus={() => {
                setTabStop(id);
                props.onTallyHover(id);
                props.onPointer({ t: utcDay(v.tally.announced), x: cx, y: cy });
              }}
              onBlur={() => {
                props.onTallyHover(null);
                props.onPointer(null);
              }}
              onPointerEnter={() => {
                props.onTallyHover(id);
                props.onPointer({ t: utcDay(v.tally.announced), x: cx, y: cy });
              }}
              onPointerLeave={() => {
                props.onTallyHover(null);
                props.onPointer(null);
              }}
            />
          );
        })}
    </g>
  );
}
