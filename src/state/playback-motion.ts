// Whether playback is playing: shared so the map can offer Pause where the playback bar is out of
// sight (a phone's Map tab). Not part of the link: a link holds a paused run (`to` and `play`), and
// opening one never starts the motion.
import { create } from 'zustand';

interface PlaybackMotion {
  playing: boolean;
  setPlaying: (playing: boolean) => void;
}

export const usePlaybackMotion = create<PlaybackMotion>()((set) => ({
  playing: false,
  setPlaying: (playing) => set({ playing }),
}));
