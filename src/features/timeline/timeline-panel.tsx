// Timeline region: the brushable time axis in lanes above the virtualized list of event cards.
import { useState, type ReactNode } from 'react';
import type { LaneBy } from '@/domain/lanes';
import { monthStart } from '@/domain/calendar';
import { useDrawnPlay, useFilteredView } from '@/state/atlas-context';
import { usePlaybackMotion } from '@/state/playback-motion';
import { useViewStore } from '@/state/view-store';
import { moveFocusInGroup } from '@/ui/roving-focus';
import { formatDate } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { EventList } from './event-list';
import { TimeAxis } from './time-axis';
import { TIMELINE_MESSAGES } from './timeline-messages';
import './timeline.css';

/** A legend entry: the mark as the axis draws it, 10 px high, and what it stands for. */
function LegendItem({
  width,
  label,
  children,
}: {
  width: number;
  label: string;
  children: ReactNode;
}) {
  return (
    <li>
      <svg width={width} height="10" aria-hidden="true">
        {children}
      </svg>
      {label}
    </li>
  );
}

function Legend() {
  const t = useMessages(TIMELINE_MESSAGES);
  const bar = (className: string) => (
    <rect x="1" y="2" width="20" height="6" rx="3" className={className} />
  );
  return (
    <ul className="tl-legend" aria-label={t.legend}>
      <LegendItem width={14} label={t.legendDay}>
        <circle cx="7" cy="5" r="4" className="tl-legend-solid" />
      </LegendItem>
      <LegendItem width={22} label={t.legendSpan}>
        {bar('tl-legend-solid')}
      </LegendItem>
      <LegendItem width={22} label={t.legendMonth}>
        {bar('tl-legend-faint')}
      </LegendItem>
      <LegendItem width={14} label={t.legendAnnounced}>
        <circle cx="7" cy="5" r="3.5" className="tl-legend-hollow" />
      </LegendItem>
    </ul>
  );
}

function RangeControl() {
  const t = useMessages(TIMELINE_MESSAGES);
  const lang = useLang();
  const from = useViewStore((s) => s.filters.from);
  const to = useViewStore((s) => s.filters.to);
  const setRange = useViewStore((s) => s.setRange);
  if (from === null && to === null) return <p className="tl-range-text">{t.brushHint}</p>;
  return (
    <p className="tl-range-text">
      <span>
        {fill(t.range, {
          from: from ? formatDate(from, lang) : t.rangeOpen,
          to: to ? formatDate(to, lang) : t.rangeOpen,
        })}
      </span>
      <button type="button" className="tl-small-button" onClick={() => setRange(null, null)}>
        {t.clearRange}
      </button>
    </p>
  );
}

/** `tools`: the timeline's player (playback, the story button), drawn under the axis it moves. */
export function TimelinePanel({ tools }: { tools?: ReactNode }) {
  const t = useMessages(TIMELINE_MESSAGES);
  const view = useFilteredView();
  const { events } = view;
  const resetFilters = useViewStore((s) => s.resetFilters);
  // The month a paused or stepped run shows, from the view drawn (its `to`), so the list follows
  // it. Not while it plays: a list moving four times a second cannot be read, and scrolling it
  // every month cost 10-15 ms a month at 10,000 events (alternate bench runs).
  const running = useDrawnPlay() !== null;
  const playing = usePlaybackMotion((s) => s.playing);
  const paused = running && !playing;
  const runMonth = paused && view.filters.to ? monthStart(view.filters.to) : null;
  const [laneBy, setLaneBy] = useState<LaneBy>('type');

  return (
    <div className="timeline">
      <div className="tl-head">
        <h2>{t.heading}</h2>
        <div className="tl-lanes" role="group" aria-label={t.lanes} onKeyDown={moveFocusInGroup}>
          <span aria-hidden="true">{t.lanesPrompt}</span>
          {(['type', 'origin'] as const).map((by) => (
            <button
              key={by}
              type="button"
              className="tl-small-button"
              aria-pressed={laneBy === by}
              tabIndex={laneBy === by ? 0 : -1}
              onClick={() => setLaneBy(by)}
            >
              {by === 'type' ? t.laneType : t.laneOrigin}
            </button>
          ))}
        </div>
      </div>
      <div className="tl-subhead">
        <Legend />
        <RangeControl />
      </div>
      <TimeAxis view={view} laneBy={laneBy} />
      {tools}
      {events.length > 0 ? (
        <EventList events={events} ids={view.ids} runMonth={runMonth} />
      ) : (
        <div className="tl-empty">
          <p className="tl-empty-title">{t.emptyTitle}</p>
          <p>{t.emptyHint}</p>
          <button type="button" onClick={resetFilters}>
            {t.resetFilters}
          </button>
        </div>
      )}
    </div>
  );
}
