// Whether a playback run is on. Not part of the link (the link holds the date window); while it is
// on, the map sets back the events before the month its view ends in. Set when a run starts and
// ends, not on each month: the map takes the month from the view it draws, so the faded marks and
// the month's data arrive in one render.
import { create } from 'zustand';

interface PlaybackFrame {
  running: boolean;
  setRunning: (running: boolean) => void;
}

export const usePlaybackFrame = create<PlaybackFrame>()((set) => ({
  running: false,
  setRunning: (running) => set({ running }),
}));
