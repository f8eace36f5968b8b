// A playback run's moves on the view: shared by the playback bar, the map's key and present mode's stepping keys.
import type { DatasetIndex } from '@/domain/dataset-index';
import { datasetSpan } from '@/domain/date-presets';
import { nextFrame, runFrames } from '@/domain/playback';
import { usePlaybackMotion } from './playback-motion';
import { useViewStore } from './view-store';
import { steppedIndex, type Move } from '@/ui/stepper';

/** The run's frames from the store's window: month ends from `from` (or the first event) to `play`. */
function frames(index: DatasetIndex): string[] {
  const { filters, play } = useViewStore.getState();
  const first = datasetSpan(index)?.first;
  return first && play ? runFrames(filters.from ?? first, play) : [];
}

/** A fresh run within the chosen range, or from the first event to the last; false with nothing to play. */
function startRun(index: DatasetIndex): boolean {
  const span = datasetSpan(index);
  const { filters, setPlay } = useViewStore.getState();
  const end = filters.to ?? span?.last;
  const first = span && end ? runFrames(filters.from ?? span.first, end)[0] : undefined;
  if (first === undefined || end === undefined) return false;
  usePlaybackMotion.getState().setEnded(null);
  setPlay(first, end);
  return true;
}

/**
 * Play: a fresh run from its first month, or on from a paused one, whose month stays a beat before
 * the next, as in any player (it moved on at the press). With reduced motion it moves one month per
 * press instead of setting the months in motion.
 */
export function playRun(index: DatasetIndex, reduced: boolean): void {
  if (reduced) stepRun(index);
  else if (useViewStore.getState().play !== null || startRun(index))
    usePlaybackMotion.getState().setPlaying(true);
}

/** Play or Pause, as the one button that shows whichever of the two applies. */
export function togglePlay(index: DatasetIndex, reduced: boolean): void {
  const motion = usePlaybackMotion.getState();
  if (motion.playing) motion.setPlaying(false);
  else playRun(index, reduced);
}

/** A fresh run at its first month, or a month on in the run that is on; false when nothing moved on. */
export function stepRun(index: DatasetIndex): boolean {
  return useViewStore.getState().play === null ? startRun(index) : advanceRun(index);
}

/**
 * The window's end before Play, from the run's last day: none for a run over the whole dataset,
 * the range's end for a run within one.
 */
export function endBeforeRun(index: DatasetIndex, play: string): string | null {
  return play === datasetSpan(index)?.last ? null : play;
}

/**
 * Ends the run after its last day: the window goes back to what it was before Play, and the bar
 * says where it ended.
 */
function finishRun(index: DatasetIndex): void {
  const { play, setPlay } = useViewStore.getState();
  const motion = usePlaybackMotion.getState();
  motion.setPlaying(false);
  if (play === null) return;
  const restored = endBeforeRun(index, play);
  setPlay(restored, null);
  motion.setEnded({ day: play, to: restored });
}

/** One month on, or the end after the last frame; false when the run ended (or none was on). */
export function advanceRun(index: DatasetIndex): boolean {
  const { filters, play, setPlay } = useViewStore.getState();
  const next = nextFrame(frames(index), filters.to);
  if (next === null) {
    finishRun(index);
    return false;
  }
  setPlay(next, play);
  return true;
}

/**
 * Moves a run as present mode's keys ask: a month on (the end after the last), a month back (not
 * before the first), or to the first or last frame. False when no run is on.
 */
export function moveRun(index: DatasetIndex, move: Move): boolean {
  const { filters, play, setPlay } = useViewStore.getState();
  if (play === null) return false;
  usePlaybackMotion.getState().setPlaying(false);
  if (move === 1) {
    advanceRun(index);
    return true;
  }
  const all = frames(index);
  const at = all.findIndex((f) => f >= (filters.to ?? ''));
  const to = steppedIndex(all.length, at, move);
  const frame = to === null ? undefined : all[to];
  if (frame !== undefined) setPlay(frame, play);
  return true;
}
