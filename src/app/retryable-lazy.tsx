// Code-split components whose failed download can be tried again, so a region's Retry recovers without a reload.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type RetryableLazy<P extends object> = ComponentType<P> & {
  /** After a failed import, makes the next render call `import()` again; otherwise does nothing. */
  retry: () => void;
};

/**
 * Like `lazy`, but a failed import is not final: React caches a lazy component's promise,
 * rejection included, so after a 404 every Retry would show the same error until a reload.
 * `retry` swaps in a fresh `lazy` whose first render calls `load` again. It is not done on the
 * failure itself: React re-renders right after the rejection, and a fresh attempt there would
 * loop instead of showing the error.
 */
export function retryableLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
): RetryableLazy<P> {
  const attempt = () =>
    load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        failed = true;
        throw error;
      },
    );
  let current: LazyExoticComponent<ComponentType<P>> = lazy(attempt);
  let failed = false;
  function Retryable(props: P) {
    const Current = current;
    return <Current {...props} />;
  }
  return Object.assign(Retryable, {
    retry: () => {
      if (!failed) return;
      failed = false;
      current = lazy(attempt);
    },
  });
}
