// Timeline playback: the date window grows month by month (play, pause, one month, speed); the link holds a paused run.
import { useEffect, useEffectEvent, useState } from 'react';
import { useAtlasIndex, useDrawnPlay, useFilteredView } from '@/state/atlas-context';
import { usePlaybackMotion } from '@/state/playback-motion';
import { advanceRun, stepRun, togglePlay } from '@/state/playback-run';
import { useViewStore } from '@/state/view-store';
import { formatDate } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { moveFocusInGroup } from '@/ui/roving-focus';
import { SteadyLabel } from '@/ui/steady-label';
import { useReducedMotion } from '@/ui/use-media-query';
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
  const to = useViewStore((s) => s.filters.to);
  // The run's last day while a run is on, playing or paused; the link holds it (`play`).
  const play = useViewStore((s) => s.play);
  // Present mode's stepping keys move the run: the bar leaves the arrows to them.
  const presenting = useViewStore((s) => s.mode === 'present');
  // The month named is the month the views show, which may follow the store by a render; a run's
  // first month too (before it, the views still show the window Play was pressed on).
  const shownTo = useFilteredView().filters.to;
  const drawnRun = useDrawnPlay() !== null;
  const reduced = useReducedMotion();
  const playing = usePlaybackMotion((s) => s.playing);
  const setPlaying = usePlaybackMotion((s) => s.setPlaying);
  // The last run's end, said until the window moves from where the run left it.
  const ended = usePlaybackMotion((s) => s.ended);
  // Said until the window moves on, or an event is picked (in present mode, the next key press).
  const picked = useViewStore((s) => s.selectedId !== null);
  const [speed, setSpeed] = useState<Speed>(1);

  // Motion belongs to this bar: when it goes (leaving present mode), nothing plays on unseen.
  useEffect(() => () => setPlaying(false), [setPlaying]);

  // Reads the month the bar shows at each tick, without restarting the clock on every month.
  const tick = useEffectEvent(() => {
    advanceRun(index);
  });
  useEffect(() => {
    if (!playing || reduced) return;
    const timer = setInterval(() => tick(), FRAME_MS / speed);
    return () => clearInterval(timer);
  }, [playing, reduced, speed]);

  const onStep = () => {
    setPlaying(false);
    stepRun(index);
  };

  const showEnded = ended !== null && play === null && to === ended.to && !picked;
  return (
    // A toolbar: one Tab stop (Play), arrows reach the rest, so the list stays near in the Tab order.
    // In present mode a group of plain buttons: there the arrows (a clicker's keys) step the run.
    <div
      className="playback"
      role={presenting ? 'group' : 'toolbar'}
      aria-label={t.label}
      onKeyDown={presenting ? undefined : moveFocusInGroup}
    >
      {/* One width for Play and Pause, so +1 month stays under the pointer. */}
      <button type="button" onClick={() => togglePlay(index, reduced)} aria-pressed={playing}>
        <SteadyLabel shown={playing ? t.pause : t.play} spare={playing ? t.play : t.pause} />
      </button>
      <button type="button" tabIndex={presenting ? 0 : -1} onClick={onStep}>
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
            tabIndex={presenting ? 0 : -1}
            onClick={() => setSpeed(s)}
          >
            {speedLabel(s)}
          </button>
        ))}
      </span>
      <span className="playback-position" role="status">
        {play !== null &&
          drawnRun &&
          shownTo !== null &&
          fill(t.position, { date: formatDate(shownTo, lang) })}
        {showEnded && fill(t.ended, { date: formatDate(ended.day, lang) })}
      </span>
      {/* Not in the present bar, which is one row: there the speeds, off, say it. */}
      {reduced && !presenting && <span className="playback-note">{t.reduced}</span>}
    </div>
  );
}
