// The content width of an element, kept current by a ResizeObserver (which also reports it once on observe).
import { useLayoutEffect, useState, type RefObject } from 'react';

/** `fallback` stands in until the first measurement (and in jsdom, which has no layout). */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width || fallback;
}
