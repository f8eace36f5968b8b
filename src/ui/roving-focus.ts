// A group of controls as one Tab stop: arrows move between them, Tab leaves (the WAI-ARIA toolbar pattern); on a map, by direction.
import type { KeyboardEvent } from 'react';
import { ARROW_MOVES, steppedIndex } from './stepper';

/** The group's one Tab stop: its first pressed button, else its first. */
export function tabStop(pressed: readonly boolean[]): number {
  return Math.max(0, pressed.indexOf(true));
}

/** For the group's container: moves focus among its buttons; pressing stays with Enter and Space. */
export function moveFocusInGroup(event: KeyboardEvent<HTMLElement>): void {
  const move = ARROW_MOVES[event.key];
  if (move === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled)')];
  const at = buttons.indexOf(event.target as HTMLElement);
  if (at < 0) return;
  event.preventDefault();
  const to = steppedIndex(buttons.length, at, move, 'wrap');
  if (to !== null) buttons[to]?.focus();
}

interface Spot {
  x: number;
  y: number;
}

const DIRECTIONS: Record<string, Spot> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

/**
 * Where an arrow key goes among points scattered on a plane (marks on a map): the nearest point that
 * lies that way, an offset to the side counting twice its distance; Home and End go to the westmost
 * and eastmost. Undefined for any other key, or when nothing lies that way.
 */
export function spatialMove(
  points: readonly Spot[],
  from: number,
  key: string,
): number | undefined {
  const at = points[from];
  if (!at) return undefined;
  if (key === 'Home' || key === 'End') {
    const order = points.map((p, i) => ({ x: p.x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
    return (key === 'Home' ? order[0] : order[order.length - 1])?.i;
  }
  const direction = DIRECTIONS[key];
  if (!direction) return undefined;
  let best: number | undefined;
  let bestScore = Infinity;
  points.forEach((p, i) => {
    const dx = p.x - at.x;
    const dy = p.y - at.y;
    const along = dx * direction.x + dy * direction.y;
    if (i === from || along < 0.5) return;
    const aside = Math.abs(dx * direction.y - dy * direction.x);
    const score = along + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
