// A property computed on first read and then kept: what only a click needs is not built on every change.
/** Defines `key` on `target` as computed on first read, then kept: what only a click needs is not built per change. */
export function lazyProperty<T extends object, K extends keyof T>(
  target: T,
  key: K,
  compute: () => T[K],
): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, writable: true });
      return value;
    },
  });
}
