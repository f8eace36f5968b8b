// Vitest setup: DOM matchers, cleanup, a fresh view store, and the browser APIs jsdom lacks.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { usePlaybackMotion } from '@/state/playback-motion';
import { DEFAULT_VIEW, useViewStore } from '@/state/view-store';

// jsdom has no layout; components that observe size get a no-op observer (a class: Vitest 4
// rejects vi.fn arrow functions as constructors).
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver;

// Nor media queries: no query matches, so components render their default (wide-screen) form.
// (Files that run in the node environment have no window at all.)
if (typeof window !== 'undefined')
  window.matchMedia ??= (query: string) =>
    ({
      media: query,
      matches: false,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;

beforeEach(() => {
  useViewStore.setState(DEFAULT_VIEW);
  usePlaybackMotion.setState({ playing: false, ended: null });
});

afterEach(() => {
  cleanup();
});
