// A group of toggle buttons as one Tab stop: arrows move between them, Tab leaves (the WAI-ARIA toolbar pattern).
import type { KeyboardEvent } from 'react';

/** The group's one Tab stop: its first pressed button, else its first. */
export function tabStop(pressed: readonly boolean[]): number {
  return Math.max(0, pressed.indexOf(true));
}

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, n) => (at + 1) % n,
  ArrowDown: (at, n) => (at + 1) % n,
  ArrowLeft: (at, n) => (at - 1 + n) % n,
  ArrowUp: (at, n) => (at - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** For the group's container: moves focus among its buttons; pressing stays with Enter and Space. */
export function moveFocusInGroup(event: KeyboardEvent<HTMLElement>): void {
  const move = MOVES[event.key];
  if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled)')];
  const at = buttons.indexOf(event.target as HTMLElement);
  if (at < 0) return;
  event.preventDefault();
  buttons[move(at, buttons.length)]?.focus();
}
