// Present mode's keys: clicker and arrow keys step through the filtered events in date order, Escape leaves.
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { StorySequence } from '@/features/stories/story-present';
import { buildIndex } from '@/domain/dataset-index';
import { datasetSpan } from '@/domain/date-presets';
import { runFrames } from '@/domain/playback';
import { AtlasProvider } from '@/state/atlas-context';
import { usePlaybackMotion } from '@/state/playback-motion';
import { useViewStore } from '@/state/view-store';
import { makeDataset } from '@/testing/fixtures';
import { usePresentKeys } from './use-present-keys';

const index = buildIndex(makeDataset());
const ids = index.events.map((e) => e.id);

function Probe({ sequence = null }: { sequence?: StorySequence | null }) {
  usePresentKeys(sequence);
  return <input aria-label="search" />;
}

function renderProbe(sequence: StorySequence | null = null) {
  return render(
    <AtlasProvider index={index}>
      <Probe sequence={sequence} />
    </AtlasProvider>,
  );
}

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

  it("moves between a playing story's steps, counted from 1, and stops at its ends", () => {
    useViewStore.setState({ mode: 'present' });
    const go = vi.fn<(step: number) => void>();
    const sequence = { count: 4, current: 2, go, leave: vi.fn() };
    const { rerender } = renderProbe(sequence);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    fireEvent.keyDown(document.body, { key: 'End' });
    expect(go.mock.calls).toEqual([[3], [1], [4]]);
    go.mockClear();
    const last = { ...sequence, current: 4 };
    rerender(
      <AtlasProvider index={index}>
        <Probe sequence={last} />
      </AtlasProvider>,
    );
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    fireEvent.keyDown(document.body, { key: 'End' });
    expect(go).not.toHaveBeenCalled();
    expect(useViewStore.getState().selectedId).toBeNull();
  });

  it('leaves keys typed into a field to the field', () => {
    useViewStore.setState({ mode: 'present' });
    const { getByLabelText } = renderProbe();
    fireEvent.keyDown(getByLabelText('search'), { key: 'ArrowRight' });
    fireEvent.keyDown(getByLabelText('search'), { key: 'Escape' });
    expect(useViewStore.getState()).toMatchObject({ selectedId: null, mode: 'present' });
  });

  it("moves a playback run's months instead of selecting events, and ends it past the last", () => {
    const first = index.events[0]!.date;
    const last = datasetSpan(index)!.last;
    const frames = runFrames(first, last);
    expect(frames.length).toBeGreaterThan(2);
    useViewStore.getState().setPlay(frames[0]!, last);
    useViewStore.setState({ mode: 'present' });
    renderProbe();
    const to = () => useViewStore.getState().filters.to;
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(to()).toBe(frames[1]);
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(to()).toBe(frames[0]);
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    expect(to()).toBe(frames[0]);
    fireEvent.keyDown(document.body, { key: 'End' });
    expect(to()).toBe(last);
    expect(useViewStore.getState().selectedId).toBeNull();
    // Past the last frame the run ends: the whole dataset again, and the bar says where it ended.
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(useViewStore.getState()).toMatchObject({ play: null, selectedId: null });
    expect(to()).toBeNull();
    expect(usePlaybackMotion.getState().ended).toEqual({ day: last, to: null });
    // With the run over, the keys step through events again.
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(useViewStore.getState().selectedId).toBe(ids[0]);
  });
});
