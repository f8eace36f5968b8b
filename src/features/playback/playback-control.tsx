// Timeline playback: the date window grows month by month (play, pause, one month, speed); the link holds a paused run.
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { datasetSpan } from '@/domain/date-presets';
import { nextFrame, runFrames } from '@/domain/playback';
import { useAtlasIndex, useFilteredView } from '@/state/atlas-context';
import { usePlaybackMotion } from '@/state/playback-motion';
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
  // The run's last day while a run is on, playing or paused; the link holds it (`play`).
  const play = useViewStore((s) => s.play);
  const setPlay = useViewStore((s) => s.setPlay);
  // The month named is the month the views show, which may follow the store by a render.
  const shownTo = useFilteredView().filters.to;
  const reduced = useMediaQuery('(prefers-reduced-motion: reduce)');
  const playing = usePlaybackMotion((s) => s.playing);
  const setPlaying = usePlaybackMotion((s) => s.setPlaying);
  const [speed, setSpeed] = useState<Speed>(1);
  // The last run's last day, said until the window moves from where the run left it.
  const [ended, setEnded] = useState<{ day: string; to: string | null } | null>(null);

  // Once per dataset, not per frame: the control renders on every month, and at 100,000 events a
  // scan for the last date was a quarter of each frame's work.
  const span = useMemo(() => datasetSpan(index), [index]);
  const first = span?.first ?? null;
  const last = span?.last ?? null;
  const frames = useMemo(
    () => (first && play ? runFrames(from ?? first, play) : []),
    [from, first, play],
  );

  // Motion belongs to this bar: when it goes (leaving present mode), nothing plays on unseen.
  useEffect(() => () => setPlaying(false), [setPlaying]);

  /** Ends the run on its last day: the window goes back to what it was before Play. */
  const finish = () => {
    setPlaying(false);
    if (play === null) return;
    // A run over the whole dataset had no end set; one within a brushed range keeps the range.
    const restored = play === last ? null : play;
    setPlay(restored, null);
    setEnded({ day: play, to: restored });
  };

  /** Moves one month on, or ends the run after its last frame; false when it ended. */
  const advance = (): boolean => {
    const next = nextFrame(frames, to);
    if (next === null) {
      finish();
      return false;
    }
    setPlay(next, play);
    return true;
  };

  /** A fresh run within the brushed range, or from the first event to the last. */
  const start = (): boolean => {
    const runEnd = to ?? last;
    const firstFrame = first && runEnd ? runFrames(from ?? first, runEnd)[0] : undefined;
    if (firstFrame === undefined || runEnd === null) return false;
    setEnded(null);
    setPlay(firstFrame, runEnd);
    return true;
  };

  // Reads the month the bar shows at each tick, without restarting the clock on every month.
  const tick = useEffectEvent(() => {
    advance();
  });
  useEffect(() => {
    if (!playing || reduced) return;
    const timer = setInterval(() => tick(), FRAME_MS / speed);
    return () => clearInterval(timer);
  }, [playing, reduced, speed]);

  const onPlay = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    const moved = play === null ? start() : advance();
    // With reduced motion, Play moves one month per press instead of animating.
    if (moved && !reduced) setPlaying(true);
  };

  const onStep = () => {
    setPlaying(false);
    if (play === null) start();
    else advance();
  };

  const showEnded = ended !== null && play === null && to === ended.to;
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
            // Reduced motion steps a month per press: there is no pace to choose.
            disabled={reduced}
            tabIndex={-1}
            onClick={() => setSpeed(s)}
          >
            {speedLabel(s)}
          </button>
        ))}
      </span>
      <span className="playback-position" role="status">
        {play !== null && shownTo !== null && fill(t.position, { date: formatDate(shownTo, lang) })}
        {showEnded && fill(t.ended, { date: formatDate(ended.day, lang) })}
      </span>
      {reduced && <span className="playback-note">{t.reduced}</span>}
    </div>
  );
}
