// The axis's lanes: a band on every other one, and each lane's name, with its colour when lanes are types.
import { EVENT_TYPES, type EventType } from '@/data/schema';
import type { LaneBy } from '@/domain/lanes';
import { useLang } from '@/ui/i18n';
import { countryName, TYPE_LABELS } from '@/ui/labels';
import { TYPE_COLORS } from '@/ui/palette';
import type { AxisLayout } from './axis-layout';

function isEventType(key: string): key is EventType {
  return (EVENT_TYPES as readonly string[]).includes(key);
}

/** A lane's colour: its event type's, or the accent when lanes are countries. */
export function laneColor(laneBy: LaneBy, key: string): string {
  return laneBy === 'type' && isEventType(key) ? TYPE_COLORS[key] : 'var(--accent)';
}

interface Props {
  layout: AxisLayout;
  laneBy: LaneBy;
  /** Room left of the axis for the names. */
  gutter: number;
}

export function AxisLanes({ layout, laneBy, gutter }: Props) {
  const lang = useLang();
  const { scale } = layout;
  const laneLabel = (key: string) =>
    laneBy === 'type' ? (isEventType(key) ? TYPE_LABELS[lang][key] : key) : countryName(key, lang);
  return (
    <>
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
              cx={gutter - 10}
              cy={lane.top + lane.height / 2}
              r={3.5}
              fill={laneColor(laneBy, lane.key)}
            />
          )}
          <text
            className="tl-lane-label"
            x={gutter - (laneBy === 'type' ? 18 : 8)}
            y={lane.top + lane.height / 2}
            dominantBaseline="central"
            textAnchor="end"
          >
            {laneLabel(lane.key)}
          </text>
        </g>
      ))}
    </>
  );
}
