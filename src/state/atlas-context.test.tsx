// Urgent first: a filter change is committed to the controls' view before the drawing regions render it.
import { act, render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex } from '@/domain/dataset-index';
import { DEFAULT_FILTERS } from '@/domain/filters';
import { makeDataset } from '@/testing/fixtures';
import { viewsDrawn } from '@/testing/views-drawn';
import { AtlasProvider, useFilteredView, useUrgentFilteredView } from './atlas-context';
import { useViewStore } from './view-store';

const log: string[] = [];

function Probe({ name, read }: { name: string; read: typeof useFilteredView }) {
  const { count } = read();
  log.push(`${name} renders ${count}`);
  useLayoutEffect(() => {
    log.push(`${name} commits ${count}`);
  }, [name, count]);
  return null;
}

afterEach(() => {
  log.length = 0;
  useViewStore.setState({ filters: DEFAULT_FILTERS });
});

describe('AtlasProvider', () => {
  it('commits a filter change to the urgent view before the regions render it', async () => {
    const index = buildIndex(makeDataset());
    render(
      <AtlasProvider index={index}>
        <Probe name="control" read={useUrgentFilteredView} />
        <Probe name="region" read={useFilteredView} />
      </AtlasProvider>,
    );
    expect(log).toEqual([
      'control renders 4',
      'region renders 4',
      'control commits 4',
      'region commits 4',
    ]);
    log.length = 0;
    act(() => useViewStore.getState().toggle('types', 'transfer'));
    // The regions wait for the frame that shows the control's new state.
    expect(log).toEqual(['control renders 2', 'control commits 2']);
    await viewsDrawn();
    // The control's new state reaches the screen in a commit of its own; the region follows.
    expect(log).toEqual([
      'control renders 2',
      'control commits 2',
      'region renders 2',
      'region commits 2',
    ]);
  });

  it('hands a new dataset to every view in the same render', () => {
    const index = buildIndex(makeDataset());
    const { rerender } = render(
      <AtlasProvider index={index}>
        <Probe name="control" read={useUrgentFilteredView} />
        <Probe name="region" read={useFilteredView} />
      </AtlasProvider>,
    );
    log.length = 0;
    const dataset = makeDataset();
    const smaller = buildIndex({ ...dataset, events: dataset.events.slice(0, 1) });
    act(() =>
      rerender(
        <AtlasProvider index={smaller}>
          <Probe name="control" read={useUrgentFilteredView} />
          <Probe name="region" read={useFilteredView} />
        </AtlasProvider>,
      ),
    );
    expect(log).toEqual([
      'control renders 1',
      'region renders 1',
      'control commits 1',
      'region commits 1',
    ]);
  });
});
