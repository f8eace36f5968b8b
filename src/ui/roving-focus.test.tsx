// One Tab stop per group: arrows move focus among buttons (wrapping) or among points on a plane (by direction).
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { moveFocusInGroup, spatialMove, tabStop } from './roving-focus';

describe('tabStop', () => {
  it('is the first pressed button, or the first when none is', () => {
    expect(tabStop([false, true, true])).toBe(1);
    expect(tabStop([false, false])).toBe(0);
    expect(tabStop([])).toBe(0);
  });
});

describe('moveFocusInGroup', () => {
  it('moves with the arrows, wraps at the ends, jumps with Home and End, skips disabled buttons', () => {
    render(
      <div role="group" onKeyDown={moveFocusInGroup}>
        <button type="button">a</button>
        <button type="button" disabled>
          b
        </button>
        <button type="button">c</button>
        <button type="button">d</button>
      </div>,
    );
    const [a, , c, d] = screen.getAllByRole('button');
    a!.focus();
    fireEvent.keyDown(a!, { key: 'ArrowRight' });
    expect(c).toHaveFocus();
    fireEvent.keyDown(c!, { key: 'ArrowDown' });
    expect(d).toHaveFocus();
    fireEvent.keyDown(d!, { key: 'ArrowRight' });
    expect(a).toHaveFocus();
    fireEvent.keyDown(a!, { key: 'ArrowLeft' });
    expect(d).toHaveFocus();
    fireEvent.keyDown(d!, { key: 'Home' });
    expect(a).toHaveFocus();
    fireEvent.keyDown(a!, { key: 'End' });
    expect(d).toHaveFocus();
    fireEvent.keyDown(d!, { key: 'Tab' });
    expect(d).toHaveFocus();
  });
});

describe('spatialMove', () => {
  //   b
  // a   c   e
  //     d
  const points = [
    { x: 0, y: 10 },
    { x: 8, y: 0 },
    { x: 20, y: 10 },
    { x: 20, y: 30 },
    { x: 60, y: 10 },
  ];

  it('goes to the nearest point that way, a step aside costing twice a step ahead', () => {
    expect(spatialMove(points, 0, 'ArrowRight')).toBe(2);
    expect(spatialMove(points, 2, 'ArrowRight')).toBe(4);
    expect(spatialMove(points, 2, 'ArrowDown')).toBe(3);
    expect(spatialMove(points, 3, 'ArrowUp')).toBe(2);
    expect(spatialMove(points, 2, 'ArrowUp')).toBe(1);
    expect(spatialMove(points, 2, 'ArrowLeft')).toBe(0);
  });

  it('stays put at the edge, jumps west and east with Home and End, ignores other keys', () => {
    expect(spatialMove(points, 4, 'ArrowRight')).toBeUndefined();
    expect(spatialMove(points, 1, 'ArrowUp')).toBeUndefined();
    expect(spatialMove(points, 3, 'Home')).toBe(0);
    expect(spatialMove(points, 0, 'End')).toBe(4);
    expect(spatialMove(points, 0, 'Enter')).toBeUndefined();
    expect(spatialMove([], 0, 'ArrowRight')).toBeUndefined();
  });
});
