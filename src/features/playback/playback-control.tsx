// Timeline playback: the date window grows month by month (play, pause, one month, speed); `to` holds the place.
import { useEffect, useMemo, useState } from 'react';
import { datasetSpan } from '@/domain/date-presets';
import { monthEnds, nextFrame } from '@/domain/playback';
import { useAtlasIndex, useFilteredView } from '@/state/atlas-context';
import { usePlaybackFrame } from '@/state/playback-frame';
import { useViewStore } from '@/state/view-store';
import { formatDate } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { moveFocusInGroup } from '@/ui/roving-focus';
import { useMediaQuery } from '@/ui/use-media-query';
import { PLAYBACK_MESSAGES } from './playback-messages';
import './playback.css';

const SPEEDS = [0.5, 1, 2, 4] as const;
type Speed = (typeof SPEEDS)[number];
/** One month per second at 1×. */
const FRAME_MS = 1000;

const speedLabel = (s: Speed) => (s === 0.5 ? '½×' : `${s}×`);

export function PlaybackControl() {
  const t = useMessages(PLAYBACK_MESSAGES);
  const lang = useLang();
  const index = useAtlasIndex();
  const from = useViewStore((s) => s.filters.from);
  const to = useViewStore((s) => s.filters.to);
  const setRange = useViewStore((s) => s.setRange);
  // The month named is the month the views show, which may follow the store by a render.
  const shownTo = useFilteredView().filters.to;
  const reduced = useMediaQuery('(prefers-reduced-motion: reduce)');
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  // The run's last day: the brushed `to` when Play started, else the last event.
  const [end, setEnd] = useState<string | null>(null);

  // Once per dataset, not per frame: the control renders on every month, and at 100,000 events a
  // scan for the last date was a quarter of each frame's work.
  const span = useMemo(() => datasetSpan(index), [index]);
  const first = span?.first ?? null;
  const last = span?.last ?? null;
  const frames = useMemo(
    () => (first && last ? monthEnds(from ?? first, end ?? last) : []),
    [from, first, end, last],
  );
  const atEnd = to !== null && frames.length > 0 && nextFrame(frames, to) === null;

  // While a run is on, the map sets earlier months back; a run ends when the control goes.
  const setRunning = usePlaybackFrame((s) => s.setRunning);
  const running = end !== null && to !== null;
  useEffect(() => setRunning(running), [running, setRunning]);
  useEffect(() => () => setRunning(false), [setRunning]);

  /** Moves one month on; false at the end. */
  const advance = (): boolean => {
    const next = nextFrame(frames, end === null ? null : to);
    if (next === null) return false;
    setRange(from, next);
    return true;
  };

  const start = () => {
    // A fresh run plays within the brushed range, or from the first event to the last.
    if (end === null || atEnd) {
      const runEnd = end === null && to !== null && !atEnd ? to : (last ?? null);
      setEnd(runEnd);
      const firstFrame = first ? monthEnds(from ?? first, runEnd ?? first)[0] : undefined;
      if (firstFrame) setRange(from, firstFrame);
      return firstFrame !== undefined;
    }
    return advance();
  };

  useEffect(() => {
    if (!playing || reduced) return;
    const timer = setInterval(() => {
      const next = nextFrame(frames, to);
      if (next === null) setPlaying(false);
      else setRange(from, next);
    }, FRAME_MS / speed);
    return () => clearInterval(timer);
  }, [playing, reduced, frames, to, from, speed, setRange]);

  const onPlay = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    const moved = start();
    // With reduced motion, Play moves one month per press instead of animating.
    if (moved && !reduced) setPlaying(true);
  };

  const onStep = () => {
    setPlaying(false);
    if (end === null) start();
    else advance();
  };

  return (
    // A toolbar: one Tab stop (Play), arrows reach the rest, so the list stays near in the Tab order.
    <div className="playback" role="toolbar" aria-label={t.label} onKeyDown={moveFocusInGroup}>
      <button type="button" className="playback-play" onClick={onPlay} aria-pressed={playing}>
        <span>{playing ? t.pause : t.play}</span>
        {/* The other word, unseen: the button keeps one width, so +1 month stays under the pointer. */}
        <span className="playback-spare" aria-hidden="true">
          {playing ? t.play : t.pause}
        </span>
      </button>
      <button type="button" tabIndex={-1} onClick={onStep}>
        {t.stepMonth}
      </button>
      <span className="playback-speed" role="group" aria-label={t.speed}>
        {SPEEDS.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={s === speed}
            tabIndex={-1}
            onClick={() => setSpeed(s)}
          >
            {speedLabel(s)}
          </button>
        ))}
      </span>
      <span className="playback-position" role="status">
        {end !== null && shownTo !== null
          ? fill(t.position, { date: formatDate(shownTo, lang) })
          : ''}
        {reduced ? ` ${t.reduced}` : ''}
      </span>
    </div>
  );
}
