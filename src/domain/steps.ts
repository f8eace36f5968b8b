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
