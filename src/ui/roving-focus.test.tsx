// One Tab stop per button group: the pressed button holds it, arrows move focus and wrap.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { moveFocusInGroup, tabStop } from './roving-focus';

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
