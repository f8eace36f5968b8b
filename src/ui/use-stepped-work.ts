// Stepped work for a view: what a render's slice finishes shows at once, the rest follows in slices between frames.
import { useEffect, useReducer } from 'react';
import { SLICE_MS, type SteppedWork } from '@/domain/steps';

/**
 * The work's result, or null while it is still running: the render runs one slice (small work ends
 * there, so it shows in the same frame), then timers run a slice each and render again when done.
 */
export function useSteppedWork<T>(work: SteppedWork<T>): T | null {
  const [, done] = useReducer((n: number) => n + 1, 0);
  const value = work.advance(SLICE_MS);
  const running = value === null;
  useEffect(() => {
    if (!running) return;
    let timer = 0;
    const slice = () => {
      if (work.advance(SLICE_MS) === null) timer = window.setTimeout(slice, 0);
      else done();
    };
    timer = window.setTimeout(slice, 0);
    return () => window.clearTimeout(timer);
  }, [work, running]);
  return value;
}
