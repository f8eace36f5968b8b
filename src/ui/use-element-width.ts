// The content size of an element, kept current by a ResizeObserver; fallbacks until it is measured.
import { useLayoutEffect, useState, type RefObject } from 'react';

interface Size {
  width: number;
  height: number;
}

export function useElementSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Same size, same object: a resize that changes nothing re-renders nothing.
    const update = (w: number, h: number) =>
      setSize((s) =>
        s.width === Math.floor(w) && s.height === Math.floor(h)
          ? s
          : { width: Math.floor(w), height: Math.floor(h) },
      );
    const rect = el.getBoundingClientRect();
    update(rect.width, rect.height);
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) update(box.width, box.height);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 0): number {
  return useElementSize(ref).width || fallback;
}
