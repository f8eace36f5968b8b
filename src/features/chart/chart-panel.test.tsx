// The chart panel at a fixed width: the table view lists the right running totals and tally comparisons.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '@/domain/dataset-index';
import { AtlasProvider } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { makeDataset } from '@/testing/fixtures';
import { ChartPanel } from './chart-panel';
import { viewsDrawn } from '@/testing/views-drawn';

function renderPanel() {
  return render(
    <AtlasProvider index={buildIndex(makeDataset())}>
      <ChartPanel initialWidth={640} />
    </AtlasProvider>,
  );
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('ChartPanel', () => {
  it('draws the chart with one dot per transfer date and a marker per tally', () => {
    const { container } = renderPanel();
    const dots = container.querySelectorAll('.transfer-dot');
    expect([...dots].map((d) => d.getAttribute('data-event-id'))).toEqual([
      '2023-11-18-muse-handover',
      '2024-02-laos-transfer',
      '2024-03-28-muse-operation',
    ]);
    expect(container.querySelectorAll('.tally-marker')).toHaveLength(2);
    expect(screen.getByTestId('chart-summary')).toHaveTextContent(
      'From 1 Jan 2023 to 1 Apr 2024, reported handovers from Myanmar add up to 923: 1.9% of the about 48,000 the ministry announced that day for Myanmar.',
    );
  });

  it('lists running sums by origin and the tally comparisons in the table view', async () => {
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));

    const running = screen.getByRole('table', { name: /running sum/i });
    const headers = within(running)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Date', 'Myanmar', 'Laos', 'Total']);
    const rows = within(running).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      '18 Nov 2023',
      '1 Feb 2024',
      '28 Mar 2024',
    ]);
    expect(rows.map(cells)).toEqual([
      ['571', '0', '571'],
      ['571', '268', '839'],
      ['923', '268', '1,191'],
    ]);

    const tallies = screen.getByRole('table', { name: /official tallies/i });
    const tallyRows = within(tallies).getAllByRole('row').slice(1);
    expect(tallyRows.map(cells)).toEqual([
      ['31,000transferred · with no start date stated', 'Myanmar', '571 (1.8%)'],
      ['about 48,000transferred · since 1 Jan 2023', 'Myanmar', '923 (1.9%)'],
    ]);
    expect(within(tallyRows[1]!).getByText('923 (1.9%)')).toHaveAttribute(
      'title',
      'official about 48,000 vs itemized 923 since 1 Jan 2023 (1.9%)',
    );
  });

  it('follows the filters: a Laos-only view sums Laos alone and selects from the table', async () => {
    renderPanel();
    act(() => useViewStore.getState().toggle('origins', 'LA'));
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    const running = screen.getByRole('table', { name: /running sum/i });
    const rows = within(running).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([['268', '268']]);
    await userEvent.click(within(rows[0]!).getByRole('button'));
    expect(useViewStore.getState().selectedId).toBe('2024-02-laos-transfer');
    expect(rows[0]).toHaveAttribute('data-selected', 'true');
  });

  it('says in words, on screen and for the exported image, when the filters leave no handovers', async () => {
    const { container } = renderPanel();
    act(() => useViewStore.getState().toggle('types', 'arrest'));
    await viewsDrawn();
    // Arrests only: the ministry's total of handovers speaks for no view of arrests.
    const headline = 'No official total of transfers covers this view.';
    expect(screen.getByTestId('chart-summary')).toHaveTextContent(headline);
    expect(container.querySelector('.chart-panel')).toHaveAttribute(
      'data-export-headline',
      headline,
    );
  });

  it('shows an empty state when no transfers are in view', async () => {
    renderPanel();
    act(() => useViewStore.getState().setRange('2025-01-01', null));
    await viewsDrawn();
    expect(screen.getByText(/No transfers in view/)).toBeInTheDocument();
  });

  it('switches the value axis to log ticks', async () => {
    const { container } = renderPanel();
    const ticks = () =>
      [...container.querySelectorAll('.chart-y-tick-labels text')].map((t) => t.textContent);
    expect(ticks()).toEqual(['0', '20k', '40k', '60k']);
    await userEvent.click(screen.getByRole('button', { name: 'Log' }));
    expect(useViewStore.getState().scale).toBe('log');
    expect(ticks()).toEqual(['1', '10', '100', '1k', '10k', '100k']);
  });
});
