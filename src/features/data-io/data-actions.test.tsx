import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CSV_COLUMNS, eventRow } from '@/data/csv-codec';
import { serializeCsv } from '@/data/csv-format';
import type { Dataset } from '@/data/schema';
import { buildIndex } from '@/domain/dataset-index';
import { AtlasProvider, useFilteredView } from '@/state/atlas-context';
import { useDatasetSource } from '@/state/dataset-source';
import { useViewStore } from '@/state/view-store';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { DataActions } from './data-actions';
import { DataBanner } from './data-banner';
import { datasetQueryOptions } from './dataset-load';
import { useImportStatus } from './import-status';

/** What the app's DatasetGate does: the imported dataset when there is one, else the bundled. */
function Views({ bundled }: { bundled: Dataset }) {
  const imported = useDatasetSource((s) => s.imported);
  const bundledIndex = useMemo(() => buildIndex(bundled), [bundled]);
  const index = imported?.index ?? bundledIndex;
  return (
    <AtlasProvider index={index}>
      <DataActions />
      <DataBanner />
      <EventIds />
    </AtlasProvider>
  );
}

function EventIds() {
  const { events } = useFilteredView();
  return <p data-testid="shown">{events.map((e) => e.id).join(' ')}</p>;
}

function renderViews() {
  const bundled = makeDataset();
  const client = new QueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, buildIndex(bundled));
  render(
    <QueryClientProvider client={client}>
      <Views bundled={bundled} />
    </QueryClientProvider>,
  );
  return bundled;
}

const shownIds = () => screen.getByTestId('shown').textContent?.split(' ') ?? [];

function jsonFile(dataset: unknown, name = 'mine.json'): File {
  return new File([JSON.stringify(dataset)], name, { type: 'application/json' });
}

beforeEach(() => {
  useDatasetSource.setState({ imported: null });
  useImportStatus.setState({ problem: null, running: null, announcement: '' });
});

describe('import', () => {
  it('shows a valid JSON file in every view, with a banner, and goes back to the bundled data', async () => {
    const user = userEvent.setup();
    const bundled = renderViews();
    useViewStore.getState().toggle('types', 'arrest');
    const mine: Dataset = {
      ...makeDataset(),
      version: 'mine-1',
      events: [
        makeEvent({ id: 'mine-a' }),
        makeEvent({ id: 'mine-b', date: '2024-01-02' }),
        makeEvent({ id: 'mine-c', date: '2024-05-06' }),
      ],
    };
    await user.upload(screen.getByLabelText('Import a data file (JSON or CSV)'), jsonFile(mine));

    const banner = await screen.findByRole('region', { name: 'Your data' });
    expect(banner).toHaveTextContent('Your data: 3 events from mine.json.');
    expect(banner).toHaveTextContent('Links you share still open the bundled dataset.');
    // Filters of the old data would hide the new: they start afresh.
    expect(useViewStore.getState().filters.types).toEqual([]);
    expect(shownIds()).toEqual(['mine-a', 'mine-b', 'mine-c']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing your data: 3 events');

    await user.click(within(banner).getByRole('button', { name: 'Back to the bundled dataset' }));
    expect(screen.queryByRole('region', { name: 'Your data' })).toBeNull();
    expect(shownIds()).toHaveLength(bundled.events.length);
    expect(screen.getByRole('button', { name: 'Import' })).toHaveFocus();
  });

  it('shows the import under way with a progress bar, and Cancel stops it changing nothing', async () => {
    const user = userEvent.setup();
    const before = renderViews();
    const file = jsonFile(makeDataset(), 'slow.json');
    // A read that never ends: the import stays under way until cancelled.
    Object.defineProperty(file, 'stream', { value: undefined });
    vi.spyOn(file, 'text').mockReturnValue(new Promise<string>(() => {}));
    await user.upload(screen.getByLabelText('Import a data file (JSON or CSV)'), file);

    const progress = await screen.findByRole('group', { name: 'Import in progress' });
    expect(progress).toHaveTextContent('Reading slow.json…');
    expect(within(progress).getByRole('progressbar', { name: 'Reading slow.json…' })).toBeVisible();
    await user.click(within(progress).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Import in progress' })).toBeNull();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
      'Import of slow.json cancelled. Nothing was changed.',
    );
    expect(useDatasetSource.getState().imported).toBeNull();
    expect(shownIds()).toHaveLength(before.events.length);
  });

  it('lists the problems of a CSV by line and leaves the data as it was', async () => {
    const user = userEvent.setup();
    const bundled = renderViews();
    const before = shownIds();
    const rows = bundled.events.map(eventRow);
    const [, second, third] = rows;
    if (!second || !third) throw new Error('fixture too small');
    second[CSV_COLUMNS.indexOf('date')] = '2023-13-01';
    third[CSV_COLUMNS.indexOf('place')] = 'atlantis';
    const csv = new File([serializeCsv([[...CSV_COLUMNS], ...rows])], 'events.csv', {
      type: 'text/csv',
    });
    await user.upload(screen.getByLabelText('Import a data file (JSON or CSV)'), csv);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('events.csv could not be imported');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'line 3, column date: expected a date like 2023-11-18, got "2023-13-01"',
      'line 4, column place: no place has the id "atlantis"',
    ]);
    expect(useDatasetSource.getState().imported).toBeNull();
    expect(shownIds()).toEqual(before);

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('imports a CSV that uses the bundled places and sources', async () => {
    const user = userEvent.setup();
    const bundled = renderViews();
    const csv = serializeCsv([[...CSV_COLUMNS], ...bundled.events.slice(0, 2).map(eventRow)]);
    await user.upload(
      screen.getByLabelText('Import a data file (JSON or CSV)'),
      new File([csv], 'two.csv', { type: 'text/csv' }),
    );
    const banner = await screen.findByRole('region', { name: 'Your data' });
    expect(banner).toHaveTextContent('Your data: 2 events from two.csv.');
    // A CSV holds events only: the banner says the official totals did not come with it.
    expect(banner).toHaveTextContent(
      'This file has no official totals, so nothing is compared with them. A CSV holds events only: totals and context figures come in JSON.',
    );
    expect(useDatasetSource.getState().imported?.index.dataset.places.map((p) => p.id)).toEqual([
      'muse',
      'ruili',
      'laukkai',
    ]);
  });

  it('names a JSON problem by record and field', async () => {
    const user = userEvent.setup();
    renderViews();
    const broken = { ...makeDataset(), events: [makeEvent({ id: 'x', place: 'nowhere' })] };
    await user.upload(screen.getByLabelText('Import a data file (JSON or CSV)'), jsonFile(broken));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'events[0].place: no place has the id "nowhere"',
    );
  });
});

describe('export menu', () => {
  it('is a menu button: arrows move, Escape closes and returns focus; chart items wait for the chart', async () => {
    const user = userEvent.setup();
    renderViews();
    const button = screen.getByRole('button', { name: /Export/ });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = within(screen.getByRole('menu')).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Events as CSV',
      'Events as JSON (dataset)',
      'Chart as PNG',
      'Chart as SVG',
    ]);
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(items[3]).toHaveFocus();
    // No chart is drawn here (jsdom): its items say why they are off.
    expect(items[3]).toHaveAttribute('aria-disabled', 'true');
    expect(items[3]).toHaveAccessibleDescription(/Show the cumulative chart/);
    expect(items[0]).not.toHaveAttribute('aria-disabled');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('speaks Chinese', async () => {
    const user = userEvent.setup();
    renderViews();
    act(() => useViewStore.getState().setLang('zh'));
    await user.click(screen.getByRole('button', { name: /导出/ }));
    expect(within(screen.getByRole('menu')).getAllByRole('menuitem')[0]).toHaveTextContent(
      '事件（CSV）',
    );
    expect(screen.getByRole('button', { name: '导入' })).toBeInTheDocument();
  });
});
