// Playback's state outside the link: whether it is playing (shared so the map can offer Pause where
// the playback bar is out of sight, a phone's Map tab) and the run that last ended. A link holds a
// paused run (`to` and `play`); opening one never starts the motion.
import { create } from 'zustand';

/** A run that reached its end: its last day, and the `to` it gave back. */
export interface EndedRun {
  day: string;
  to: string | null;
}

interface PlaybackMotion {
  playing: boolean;
  ended: EndedRun | null;
  setPlaying: (playing: boolean) => void;
  setEnded: (ended: EndedRun | null) => void;
}

export const usePlaybackMotion = create<PlaybackMotion>()((set) => ({
  playing: false,
  ended: null,
  setPlaying: (playing) => set({ playing }),
  setEnded: (ended) => set({ ended }),
}));
