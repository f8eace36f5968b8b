// Measuring what a person sees: boxes on screen, the part of a region its scrolling leaves visible.
import type { Locator, Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The overlap of two boxes, in square pixels. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether `inner` lies inside `outer`, with half a pixel for rounding. */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

/** Whether the centre of `target` lies inside `frame` on screen: false when either is not shown. */
export async function centreInside(frame: Locator, target: Locator): Promise<boolean> {
  const outer = await frame.boundingBox();
  const box = await target.boundingBox();
  if (!outer || !box) return false;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return x > outer.x && x < outer.x + outer.width && y > outer.y && y < outer.y + outer.height;
}

/**
 * The box of `el` (`own`) and as far as it can be seen (`seen`): clipped by every scrolling or clipping
 * ancestor and by the viewport. Both in one measurement, so an animating mark cannot differ between them.
 */
export function visibleBox(el: Locator): Promise<{ own: Box; seen: Box }> {
  return el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const own = { x: r.left, y: r.top, width: r.width, height: r.height };
    let [x0, y0, x1, y1] = [r.left, r.top, r.right, r.bottom];
    for (let p = node.parentElement; p; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const c = p.getBoundingClientRect();
      // Leaflet's panes are empty boxes whose positioned content is painted outside them, unclipped.
      if (c.width === 0 || c.height === 0) continue;
      [x0, y0, x1, y1] = [
        Math.max(x0, c.left),
        Math.max(y0, c.top),
        Math.min(x1, c.right),
        Math.min(y1, c.bottom),
      ];
    }
    [x0, y0, x1, y1] = [
      Math.max(x0, 0),
      Math.max(y0, 0),
      Math.min(x1, innerWidth),
      Math.min(y1, innerHeight),
    ];
    return {
      own,
      seen: { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) },
    };
  });
}

export interface TextBox extends Box {
  text: string;
  /** Which text node the box belongs to: an ellipsis is a second box of the same node. */
  node: number;
}

/**
 * Every line of text a person can see under the elements matching `selector` (inside `within`, when
 * given): each text node's line boxes, clipped by its scrolling ancestors and the viewport, empty ones
 * dropped. Two of them from different nodes sharing pixels is text drawn over text (`textOverlaps`).
 */
export function visibleTextBoxes(
  page: Page,
  selector: string,
  within?: string,
): Promise<TextBox[]> {
  return page.evaluate(
    ([selector, within]) => {
      const boxes: {
        text: string;
        x: number;
        y: number;
        width: number;
        height: number;
        node: number;
      }[] = [];
      const range = document.createRange();
      let index = 0;
      for (const root of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!node.textContent?.trim() || !parent || parent.closest('svg')) continue;
          if (within && !parent.closest(within)) continue;
          // Text laid out but not drawn (a button's unseen spare label) is not on screen.
          if (getComputedStyle(parent).visibility !== 'visible') continue;
          let [cx0, cy0, cx1, cy1] = [0, 0, innerWidth, innerHeight];
          for (let p: Element | null = parent; p; p = p.parentElement) {
            const style = getComputedStyle(p);
            if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
            const c = p.getBoundingClientRect();
            [cx0, cy0, cx1, cy1] = [
              Math.max(cx0, c.left),
              Math.max(cy0, c.top),
              Math.min(cx1, c.right),
              Math.min(cy1, c.bottom),
            ];
          }
          range.selectNodeContents(node);
          index += 1;
          for (const r of range.getClientRects()) {
            const [x0, y0] = [Math.max(r.left, cx0), Math.max(r.top, cy0)];
            const [x1, y1] = [Math.min(r.right, cx1), Math.min(r.bottom, cy1)];
            if (x1 - x0 > 0 && y1 - y0 > 0)
              boxes.push({
                text: node.textContent.trim().slice(0, 30),
                x: x0,
                y: y0,
                width: x1 - x0,
                height: y1 - y0,
                node: index,
              });
          }
        }
      }
      return boxes;
    },
    [selector, within] as const,
  );
}

/** Each pair of text boxes from different nodes that share more than a pixel, as "a" and "b". */
export function textOverlaps(boxes: readonly TextBox[]): string[] {
  const clashes: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a.node !== b.node && overlapArea(a, b) > 1) clashes.push(`"${a.text}" and "${b.text}"`);
  return clashes;
}

/** The element's own box on the page. */
export async function boxOf(el: Locator): Promise<Box> {
  const box = await el.boundingBox();
  if (!box) throw new Error('element has no box (hidden or detached)');
  return box;
}

/** How far the page itself scrolls, down and across. */
export function pageOverflow(page: Page): Promise<{ down: number; across: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { down: root.scrollHeight - innerHeight, across: root.scrollWidth - innerWidth };
  });
}
