// Work split into steps (a generator yielding how far it got), so a caller can run it at once or between frames.

/** A computation that yields its progress (the share done, 0 to 1) between steps and returns its result. */
export type Steps<T> = Generator<number, T, void>;

/** The result of stepped work, computed without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** How long stepped work on the page runs before it lets a frame paint and input in. */
export const SLICE_MS = 16;

/** Stepped work that keeps its progress between calls, so its slices can run from a render or a timer. */
export interface SteppedWork<T> {
  /** Runs steps for about `ms`: the result once done (at once when already done), else null. */
  advance: (ms: number) => T | null;
}

export function steppedWork<T>(steps: Steps<T>): SteppedWork<T> {
  let result: { value: T } | null = null;
  return {
    advance(ms) {
      if (result) return result.value;
      const start = performance.now();
      for (;;) {
        const next = steps.next();
        if (next.done) {
          result = { value: next.value };
          return next.value;
        }
        if (performance.now() - start >= ms) return null;
      }
    },
  };
}
