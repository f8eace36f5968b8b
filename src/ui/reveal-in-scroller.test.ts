import { afterEach, describe, expect, it } from 'vitest';
import { revealInScroller } from './reveal-in-scroller';

/** jsdom lays nothing out: give each element the box a browser would. */
function boxed(el: HTMLElement, top: number, height: number): void {
  el.getBoundingClientRect = () =>
    ({ top, bottom: top + height, left: 0, right: 100, width: 100, height }) as DOMRect;
}

function setup(scrollHeight: number) {
  const region = document.createElement('section');
  region.style.overflowY = 'auto';
  Object.defineProperty(region, 'scrollHeight', { value: scrollHeight });
  Object.defineProperty(region, 'clientHeight', { value: 600 });
  const list = document.createElement('div');
  region.append(list);
  document.body.append(region);
  boxed(region, 100, 600);
  return { region, list };
}

afterEach(() => document.body.replaceChildren());

describe('revealInScroller', () => {
  it('scrolls the region down just enough to show the bottom of the element', () => {
    const { region, list } = setup(900);
    boxed(list, 550, 200);
    revealInScroller(list);
    expect(region.scrollTop).toBe(50);
  });

  it('shows the top of an element taller than the region first', () => {
    const { region, list } = setup(1400);
    boxed(list, 300, 900);
    revealInScroller(list);
    expect(region.scrollTop).toBe(200);
  });

  it('scrolls up to an element above the visible part', () => {
    const { region, list } = setup(900);
    region.scrollTop = 120;
    boxed(list, 40, 100);
    revealInScroller(list);
    expect(region.scrollTop).toBe(60);
  });

  it('leaves a region that has nothing to scroll, and the page, alone', () => {
    const { region, list } = setup(600);
    boxed(list, 550, 200);
    revealInScroller(list);
    expect(region.scrollTop).toBe(0);
    expect(document.documentElement.scrollTop).toBe(0);
  });
});
