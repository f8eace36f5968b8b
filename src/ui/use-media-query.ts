// Whether a CSS media query matches now, kept current as the window changes.
import { useCallback, useSyncExternalStore } from 'react';

/** The reader's system asks for less motion: playback steps a month per press, flights jump. */
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

export function useReducedMotion(): boolean {
  return useMediaQuery(REDUCED_MOTION);
}
