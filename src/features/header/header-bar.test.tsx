// The header against the fixture dataset: key figures follow the filters, context stays apart.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '@/domain/dataset-index';
import { AtlasProvider } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { HeaderBar } from './header-bar';

function renderHeader(dataset = makeDataset()) {
  render(
    <AtlasProvider index={buildIndex(dataset)}>
      <HeaderBar />
    </AtlasProvider>,
  );
}

describe('HeaderBar', () => {
  it('shows the dataset line and the key figures for all events', () => {
    renderHeader();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Crackdown Atlas');
    expect(screen.getByTestId('dataset-counts')).toHaveTextContent(
      '4 events, 2 official tallies, 2 sources',
    );
    expect(screen.getByText(/Dataset test-1 · 15 Nov 2023 – 31 Mar 2024/)).toBeInTheDocument();
    expect(screen.getByTestId('figure-events')).toHaveTextContent('Events in view4 of 4');
    expect(screen.getByTestId('figure-transferred')).toHaveTextContent('1,191');
    expect(screen.getByTestId('figure-tally')).toHaveTextContent(
      'about 48,000transferred · Myanmarsince 1 Jan 2023 · announced 1 Apr 2024',
    );
    const context = screen.getByRole('group', { name: 'Context, not summed' });
    expect(context).toHaveTextContent('at least 1,000 Scam centres in Myanmar');
  });

  it('writes the counts of the dataset line with thousands separators', () => {
    const dataset = makeDataset();
    dataset.events = Array.from({ length: 1234 }, (_, i) =>
      makeEvent({ id: `e${i}`, sources: dataset.events[0]?.sources ?? [] }),
    );
    renderHeader(dataset);
    expect(screen.getByTestId('dataset-counts')).toHaveTextContent(
      '1,234 events, 2 official tallies, 2 sources',
    );
  });

  it('follows the filters', () => {
    renderHeader();
    act(() => useViewStore.getState().setRange(null, '2023-12-31'));
    expect(screen.getByTestId('figure-events')).toHaveTextContent('2 of 4');
    expect(screen.getByTestId('figure-transferred')).toHaveTextContent('571');
    expect(screen.getByTestId('figure-tally')).toHaveTextContent(
      '31,000transferred · Myanmarbaseline not stated · announced 21 Nov 2023',
    );
    act(() => useViewStore.getState().setRange('2024-05-01', null));
    expect(screen.getByTestId('figure-tally')).toHaveTextContent(
      'no official total of transfers announced in this date range',
    );
    act(() => useViewStore.getState().setRange(null, null));
    act(() => useViewStore.getState().toggle('origins', 'LA'));
    expect(screen.getByTestId('figure-tally')).toHaveTextContent(
      'Noneno official total covers Laos transfers',
    );
  });

  it('shows the first context figures and the rest on request', async () => {
    const dataset = makeDataset();
    const base = dataset.context[0]!;
    for (let i = 1; i <= 4; i++)
      dataset.context.push({ ...base, id: `extra-${i}`, label: `Extra figure ${i}`, value: i });
    renderHeader(dataset);
    const context = screen.getByRole('group', { name: 'Context, not summed' });
    expect(within(context).getAllByRole('listitem')).toHaveLength(3);
    const more = within(context).getByRole('button', { name: 'Show all 5' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(within(context).getAllByRole('listitem')).toHaveLength(5);
    expect(context).toHaveTextContent('at least 4 Extra figure 4');
    expect(more).toHaveAccessibleName('Show fewer');
  });

  it('speaks Chinese', () => {
    useViewStore.setState({ lang: 'zh' });
    renderHeader();
    expect(screen.getByTestId('figure-tally')).toHaveTextContent('约48,000');
    expect(screen.getByTestId('figure-tally')).toHaveTextContent('2024年4月1日公布');
  });

  it('shows the dataset’s Chinese scope and context labels in Chinese', () => {
    useViewStore.setState({ lang: 'zh' });
    const dataset = makeDataset();
    dataset.tallies = dataset.tallies.map((t) => ({ ...t, scope_zh: '缅甸（数据集用语）' }));
    dataset.context = dataset.context.map((c) => ({ ...c, label_zh: '缅甸境内的诈骗园区' }));
    renderHeader(dataset);
    expect(screen.getByTestId('figure-tally')).toHaveTextContent('缅甸（数据集用语）');
    expect(screen.getByTestId('figure-tally')).not.toHaveTextContent('Myanmar');
    const context = screen.getByRole('group', { name: '背景数字，不计入合计' });
    expect(context).toHaveTextContent('缅甸境内的诈骗园区');
    expect(context).not.toHaveTextContent('Scam centres');
  });
});
