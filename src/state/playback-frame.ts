// Where a playback run is: the first day of the month it shows, or null when no run is on. Not part
// of the link (the link holds the date window); the map uses it to set earlier months back.
import { create } from 'zustand';

interface PlaybackFrame {
  month: string | null;
  setMonth: (month: string | null) => void;
}

export const usePlaybackFrame = create<PlaybackFrame>()((set) => ({
  month: null,
  setMonth: (month) => set({ month }),
}));
