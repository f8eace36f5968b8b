// Present mode's keys: clicker and arrow keys step through the filtered events in date order, Escape leaves.
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '@/domain/dataset-index';
import { AtlasProvider } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { makeDataset } from '@/testing/fixtures';
import { steppedId, usePresentKeys } from './use-present-keys';

const index = buildIndex(makeDataset());
const ids = index.events.map((e) => e.id);

function Probe() {
  usePresentKeys();
  return <input aria-label="search" />;
}

function renderProbe() {
  return render(
    <AtlasProvider index={index}>
      <Probe />
    </AtlasProvider>,
  );
}

describe('steppedId', () => {
  it('steps within the list and stops at its ends', () => {
    expect(steppedId(['a', 'b', 'c'], 'b', 1)).toBe('c');
    expect(steppedId(['a', 'b', 'c'], 'c', 1)).toBe('c');
    expect(steppedId(['a', 'b', 'c'], 'a', -1)).toBe('a');
    expect(steppedId(['a', 'b', 'c'], null, 1)).toBe('a');
    expect(steppedId(['a', 'b', 'c'], 'gone', 1)).toBe('a');
    expect(steppedId([], null, 1)).toBeNull();
  });

  it('starts at the first event from no selection, whichever way the presenter steps', () => {
    expect(steppedId(['a', 'b', 'c'], null, -1)).toBe('a');
    expect(steppedId(['a', 'b', 'c'], 'gone', -1)).toBe('a');
  });

  it('jumps to either end', () => {
    expect(steppedId(['a', 'b', 'c'], 'b', 'first')).toBe('a');
    expect(steppedId(['a', 'b', 'c'], null, 'last')).toBe('c');
    expect(steppedId([], null, 'last')).toBeNull();
  });
});

describe('usePresentKeys', () => {
  it('does nothing outside present mode', () => {
    renderProbe();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(useViewStore.getState().selectedId).toBeNull();
  });

  it('steps through the filtered events in date order and leaves on Escape', () => {
    useViewStore.setState({
      mode: 'present',
      filters: { ...useViewStore.getState().filters, types: ['transfer'] },
    });
    const transfers = index.events.filter((e) => e.type === 'transfer').map((e) => e.id);
    renderProbe();
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(useViewStore.getState().selectedId).toBe(transfers[0]);
    fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    expect(useViewStore.getState().selectedId).toBe(transfers[1]);
    fireEvent.keyDown(document.body, { key: 'ArrowUp' });
    expect(useViewStore.getState().selectedId).toBe(transfers[0]);
    // The keys a presentation clicker sends: Page Down and Space forward, Page Up back.
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(useViewStore.getState().selectedId).toBe(transfers[1]);
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    expect(useViewStore.getState().selectedId).toBe(transfers[0]);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(useViewStore.getState().selectedId).toBe(transfers[1]);
    fireEvent.keyDown(document.body, { key: 'Home' });
    expect(useViewStore.getState().selectedId).toBe(transfers[0]);
    fireEvent.keyDown(document.body, { key: 'End' });
    expect(useViewStore.getState().selectedId).toBe(transfers.at(-1));
    expect(ids).toContain(transfers[0]);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(useViewStore.getState().mode).toBe('normal');
  });

  it('leaves keys typed into a field to the field', () => {
    useViewStore.setState({ mode: 'present' });
    const { getByLabelText } = renderProbe();
    fireEvent.keyDown(getByLabelText('search'), { key: 'ArrowRight' });
    fireEvent.keyDown(getByLabelText('search'), { key: 'Escape' });
    expect(useViewStore.getState()).toMatchObject({ selectedId: null, mode: 'present' });
  });
});
