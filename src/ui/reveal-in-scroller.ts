// Brings an element fully into view inside the nearest ancestor that scrolls it (a workspace region),
// leaving the page itself alone: a selection made in another view must not move the page.

/** The nearest ancestor of `el` that scrolls vertically and has something to scroll, if any. */
function scroller(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/** Scrolls the nearest scrolling ancestor the least distance that shows all of `el` (its top first). */
export function revealInScroller(el: HTMLElement | null): void {
  if (!el) return;
  const box = scroller(el);
  if (!box) return;
  const outer = box.getBoundingClientRect();
  const inner = el.getBoundingClientRect();
  const below = inner.bottom - outer.bottom;
  const above = inner.top - outer.top;
  if (above < 0) box.scrollTop += above;
  else if (below > 0) box.scrollTop += Math.min(below, above);
}
