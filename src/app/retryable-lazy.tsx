// Code-split components whose failed download can be tried again, so a region's Retry recovers without a reload.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type RetryableLazy<P extends object> = ComponentType<P> & {
  /** After a failed import, makes the next render import the module again; otherwise does nothing. */
  retry: () => void;
};

/** The module a failed `import()` names ("Failed to fetch dynamically imported module: <url>"). */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : '';
  return /(https?:\/\/[^\s'"]+?\.m?js)(?:[?#][^\s'"]*)?\s*$/.exec(message)?.[1] ?? null;
}

/**
 * Like `lazy`, but a failed import is not final. Two caches stand in the way: React keeps a lazy
 * component's rejected promise, and Chromium keeps a failed module fetch in its module map, so the
 * same `import()` fails again without asking the server. `retry` swaps in a fresh `lazy`, and that
 * one imports the failed chunk's URL with a new query, a new module to the browser. (Not done on the
 * failure itself: React re-renders right after the rejection, and a fresh attempt there would loop
 * instead of showing the error.) Without a URL in the error, the original `load` is called again.
 */
export function retryableLazy<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): RetryableLazy<P> {
  let failedUrl: string | null = null;
  let failed = false;
  let attempts = 0;
  const attempt = (url: string | null) => () => {
    const loading: Promise<M> =
      // A URL from the browser's own error, on this origin: the chunk the bundler named.
      url === null ? load() : (import(/* @vite-ignore */ `${url}?retry=${attempts}`) as Promise<M>);
    return loading.then(
      (module) => ({ default: pick(module) }),
      (error: unknown) => {
        failed = true;
        const named = failedModuleUrl(error);
        // Only ever the page's own chunks.
        failedUrl = named !== null && new URL(named).origin === location.origin ? named : url;
        throw error;
      },
    );
  };
  let current: LazyExoticComponent<ComponentType<P>> = lazy(attempt(null));
  function Retryable(props: P) {
    const Current = current;
    return <Current {...props} />;
  }
  return Object.assign(Retryable, {
    retry: () => {
      if (!failed) return;
      failed = false;
      attempts += 1;
      current = lazy(attempt(failedUrl));
    },
  });
}
