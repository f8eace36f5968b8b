// The timeline in jsdom: cards and marks for the fixture events, keyboard and pointer driving the store.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '@/domain/dataset-index';
import { AtlasProvider } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { makeDataset } from '@/testing/fixtures';
import { TimelinePanel } from './timeline-panel';
import { viewsDrawn } from '@/testing/views-drawn';

// jsdom has no layout: give the list's scroll box a size so the virtualizer renders rows.
const sizes = { clientHeight: 360, clientWidth: 700 };
const saved = Object.keys(sizes).map(
  (key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const,
);
beforeAll(() => {
  for (const [key, value] of Object.entries(sizes))
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
});
afterAll(() => {
  for (const [key, descriptor] of saved)
    if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
});

const IDS_IN_ORDER = [
  '2023-11-15-ming-arrests',
  '2023-11-18-muse-handover',
  '2024-02-laos-transfer',
  '2024-03-28-muse-operation',
];

function renderPanel() {
  const index = buildIndex(makeDataset());
  render(
    <AtlasProvider index={index}>
      <TimelinePanel />
    </AtlasProvider>,
  );
  return screen.getByRole('listbox');
}

const cards = () => screen.getAllByRole('option');
const mark = (id: string) => document.querySelector(`svg [data-event-id="${id}"]`);
const active = () => document.querySelector('[role=option][data-active=true]');

describe('TimelinePanel', () => {
  it('renders one card per event in date order, with date, type, place and numbers', () => {
    renderPanel();
    expect(cards().map((c) => c.dataset.eventId)).toEqual(IDS_IN_ORDER);
    const handover = cards()[1]!;
    expect(handover).toHaveTextContent('18 Nov 2023');
    expect(handover).toHaveTextContent('Transfer');
    expect(handover).toHaveTextContent('Muse → Ruili');
    expect(handover).toHaveTextContent('571 transferred');
    expect(handover).toHaveTextContent('Authorities in Muse handed over 571 suspects.');
    const operation = cards()[3]!;
    expect(operation).toHaveTextContent('28 Mar 2024 – 31 Mar 2024');
    expect(operation).toHaveTextContent('807 detained');
    expect(cards()[2]).toHaveTextContent('Feb 2024');
    for (const id of IDS_IN_ORDER) expect(mark(id)).not.toBeNull();
  });

  it('draws spans as bars and month-only events as faint bars', () => {
    renderPanel();
    expect(mark('2024-03-28-muse-operation')?.tagName).toBe('rect');
    expect(mark('2024-02-laos-transfer')?.getAttribute('fill-opacity')).toBe('0.32');
    expect(mark('2023-11-18-muse-handover')?.tagName).toBe('circle');
  });

  it('moves the active card with arrows, Home and End; Enter selects it and Escape clears', async () => {
    const user = userEvent.setup();
    const list = renderPanel();
    await user.click(cards()[0]!);
    expect(useViewStore.getState().selectedId).toBe(IDS_IN_ORDER[0]);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toHaveAttribute('data-event-id', IDS_IN_ORDER[2]);
    expect(list).toHaveAttribute('aria-activedescendant', active()?.id);
    expect(useViewStore.getState().selectedId).toBe(IDS_IN_ORDER[0]);

    await user.keyboard('{Enter}');
    expect(useViewStore.getState().selectedId).toBe(IDS_IN_ORDER[2]);
    expect(cards()[2]).toHaveAttribute('data-selected', 'true');
    expect(mark(IDS_IN_ORDER[2]!)).toHaveAttribute('data-selected', 'true');

    await user.keyboard('{ArrowUp}');
    expect(active()).toHaveAttribute('data-event-id', IDS_IN_ORDER[1]);
    await user.keyboard('{End}');
    expect(active()).toHaveAttribute('data-event-id', IDS_IN_ORDER[3]);
    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveAttribute('data-event-id', IDS_IN_ORDER[3]);
    await user.keyboard('{Home}');
    expect(active()).toHaveAttribute('data-event-id', IDS_IN_ORDER[0]);

    await user.keyboard('{Escape}');
    expect(useViewStore.getState().selectedId).toBeNull();
    expect(document.querySelector('[data-selected=true]')).toBeNull();
  });

  it('follows a selection made in another view', () => {
    renderPanel();
    act(() => useViewStore.getState().select(IDS_IN_ORDER[3]!));
    expect(cards()[3]).toHaveAttribute('data-selected', 'true');
    expect(active()).toHaveAttribute('data-event-id', IDS_IN_ORDER[3]);
    expect(mark(IDS_IN_ORDER[3]!)).toHaveAttribute('data-selected', 'true');
  });

  it('sets the hovered event from cards and marks, and clicking a mark selects it', () => {
    renderPanel();
    fireEvent.pointerEnter(cards()[1]!);
    expect(useViewStore.getState().hoveredId).toBe(IDS_IN_ORDER[1]);
    fireEvent.pointerLeave(cards()[1]!);
    expect(useViewStore.getState().hoveredId).toBeNull();
    fireEvent.pointerEnter(mark(IDS_IN_ORDER[2]!)!);
    expect(useViewStore.getState().hoveredId).toBe(IDS_IN_ORDER[2]);
    fireEvent.click(mark(IDS_IN_ORDER[2]!)!);
    expect(useViewStore.getState().selectedId).toBe(IDS_IN_ORDER[2]);
  });

  it('leaves filtered-out events off the axis and the list, and shows the range', async () => {
    renderPanel();
    act(() => useViewStore.getState().setRange('2024-01-01', '2024-12-31'));
    await viewsDrawn();
    expect(cards().map((c) => c.dataset.eventId)).toEqual(IDS_IN_ORDER.slice(2));
    expect(mark(IDS_IN_ORDER[0]!)).toBeNull();
    expect(screen.getByText(/Range: 1 Jan 2024 – 31 Dec 2024/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear range' }));
    expect(useViewStore.getState().filters.from).toBeNull();
    await viewsDrawn();
    expect(cards()).toHaveLength(4);
  });

  it('shows an empty state with a way out when nothing matches', async () => {
    renderPanel();
    act(() => useViewStore.getState().setFilters({ q: 'no such words anywhere' }));
    await viewsDrawn();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByText('No events match the filters.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    await viewsDrawn();
    expect(cards()).toHaveLength(4);
  });

  it('switches lanes between type and origin', async () => {
    const user = userEvent.setup();
    renderPanel();
    const axis = screen.getByRole('img');
    expect(within(axis).getByText('Transfer')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Origin' }));
    expect(within(axis).getByText('Myanmar')).toBeInTheDocument();
    expect(within(axis).getByText('Laos')).toBeInTheDocument();
    expect(within(axis).queryByText('Transfer')).toBeNull();
  });

  it('speaks Chinese when the interface language is zh', () => {
    renderPanel();
    act(() => useViewStore.getState().setLang('zh'));
    expect(screen.getByRole('heading', { name: '时间线' })).toBeInTheDocument();
    expect(cards()[1]).toHaveTextContent('移交571人');
    expect(cards()[1]).toHaveTextContent('木姐 → 瑞丽');
  });
});
