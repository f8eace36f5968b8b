// The details panel in jsdom: every field of an event, stepping, unsafe links, and the empty and unknown states.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/data/schema';
import { buildIndex } from '@/domain/dataset-index';
import { AtlasProvider } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { DetailsPanel } from './details-panel';
import { viewsDrawn } from '@/testing/views-drawn';

const RICH_ID = '2024-05-10-ruili-handover';

/** The shared fixture plus one event that fills every field, citing a safe and an unsafe source. */
function richDataset(): Dataset {
  const dataset = makeDataset();
  dataset.sources.push(
    {
      id: 'mps',
      publisher: 'Ministry of Public Security',
      title: 'Suspects handed over at Ruili',
      url: 'https://www.mps.gov.cn/n2254098/c9512345/content.html',
      published: '2024-05-12',
      note: 'Chinese-language press release.',
    },
    {
      id: 'forum-post',
      publisher: 'Border Forum',
      title: 'Eyewitness thread',
      url: 'javascript:alert(1)',
      published: '2024-05-11',
    },
  );
  dataset.events.push(
    makeEvent({
      id: RICH_ID,
      date: '2024-05-10',
      dateEnd: '2024-05-12',
      datePrecision: 'range',
      type: 'transfer',
      title: '1,207 suspects handed over at Ruili',
      title_zh: '瑞丽移交1207名嫌疑人',
      summary:
        'Myanmar handed over 1,207 suspects, including 9 ringleaders, at the Muse–Ruili crossing.',
      place: 'muse',
      from: 'muse',
      to: 'ruili',
      origin: 'MM',
      destination: 'CN',
      counts: {
        transferred: 1207,
        detained: 1350,
        ringleaders: 9,
        fugitives: 3,
        victims: 41,
        deaths: 2,
        amountCny: 120000000,
      },
      actors: ['Bai family', 'Bai Suocheng'],
      sources: [
        { source: 'mps', quote: '缅方向我方移交1207名电诈犯罪嫌疑人，其中头目9名' },
        {
          source: 'forum-post',
          quote: '1,350 people detained, 3 fled, 41 victims, 2 died, 120 million yuan',
        },
      ],
      notes: 'The forum gives 1,350 detained; the ministry counts only the 1,207 handed over.',
    }),
  );
  return dataset;
}

function renderPanel(dataset: Dataset = richDataset()) {
  return render(
    <AtlasProvider index={buildIndex(dataset)}>
      <DetailsPanel />
    </AtlasProvider>,
  );
}

function selectEvent(id: string | null) {
  act(() => useViewStore.getState().select(id));
}

describe('DetailsPanel', () => {
  it('explains the empty state and offers the first event in view', async () => {
    renderPanel();
    expect(
      screen.getByText('Select an event in the timeline, chart or map to see its sources here.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/5 events in view/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show the first event' }));
    expect(useViewStore.getState().selectedId).toBe('2023-11-15-ming-arrests');
  });

  it('renders every field of the selected event', () => {
    renderPanel();
    selectEvent(RICH_ID);

    const article = screen.getByRole('article');
    expect(article).toHaveAttribute('data-event-id', RICH_ID);
    expect(article).toHaveAttribute('data-selected', 'true');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(
      '1,207 suspects handed over at Ruili',
    );
    expect(article).toHaveAccessibleName('1,207 suspects handed over at Ruili');
    expect(within(article).getByText('Transfer')).toBeInTheDocument();
    expect(within(article).getByText('10 May 2024 – 12 May 2024')).toBeInTheDocument();
    expect(within(article).getByText('date range')).toBeInTheDocument();
    expect(within(article).getByText('Muse · 木姐')).toBeInTheDocument();
    expect(article.querySelector('.details-coords')).toHaveTextContent(
      'Coordinates 23.99° N, 97.90° E · town-level',
    );

    const facts = article.querySelector('.details-facts');
    expect(facts).toHaveTextContent('MovementMuse → Ruili');
    expect(facts).toHaveTextContent('Origin → destinationMyanmar → China');

    const figures = within(screen.getByRole('region', { name: 'Reported figures' }));
    const figure = (label: string) => figures.getByText(label).nextElementSibling;
    expect(figure('People transferred')).toHaveTextContent('1,207');
    expect(figure('Detained')).toHaveTextContent('1,350');
    expect(figure('Ringleaders')).toHaveTextContent('9');
    expect(figure('Fugitives')).toHaveTextContent('3');
    expect(figure('Victims')).toHaveTextContent('41');
    expect(figure('Deaths')).toHaveTextContent('2');
    expect(figure('Amount (CNY)')).toHaveTextContent('CN¥120,000,000');

    const actors = within(screen.getByRole('region', { name: 'Actors' })).getAllByRole('listitem');
    expect(actors.map((li) => li.textContent)).toEqual(['Bai family', 'Bai Suocheng']);
    expect(within(article).getByText(/including 9 ringleaders/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'How reports differ' })).getByText(
        /the ministry counts only the 1,207 handed over/,
      ),
    ).toBeInTheDocument();

    const sources = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole(
      'listitem',
    );
    expect(sources).toHaveLength(2);
    const mps = within(sources[0]!);
    expect(mps.getByText('Ministry of Public Security')).toBeInTheDocument();
    expect(mps.getByText('Suspects handed over at Ruili')).toBeInTheDocument();
    expect(sources[0]!.querySelector('time')).toHaveTextContent('Published 12 May 2024');
    expect(sources[0]!.querySelector('time')).toHaveAttribute('datetime', '2024-05-12');
    expect(sources[0]!.querySelector('blockquote')?.textContent).toBe(
      '缅方向我方移交1207名电诈犯罪嫌疑人，其中头目9名',
    );
    const link = mps.getByRole('link');
    expect(link).toHaveAttribute('href', 'https://www.mps.gov.cn/n2254098/c9512345/content.html');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(mps.getByText('Chinese-language press release.')).toBeInTheDocument();
  });

  it('gathers several quotes from one report into one source with a blockquote each', () => {
    renderPanel();
    selectEvent('2024-03-28-muse-operation');
    const sources = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole(
      'listitem',
    );
    expect(sources).toHaveLength(1);
    expect([...sources[0]!.querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual([
      'A total of 807 cross-border telecom scam suspects were captured',
      'Among the suspects were 352 Chinese nationals',
    ]);
    // China Daily's URL is null in the fixture: no link, and the reader is told so.
    expect(within(sources[0]!).queryByRole('link')).toBeNull();
    expect(within(sources[0]!).getByText('No public link')).toBeInTheDocument();
  });

  it('renders no link for an unsafe source URL', () => {
    renderPanel();
    selectEvent(RICH_ID);
    const forum = screen
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('Border Forum'));
    expect(forum).toBeDefined();
    expect(within(forum!).queryByRole('link')).toBeNull();
    expect(within(forum!).getByText('No public link')).toBeInTheDocument();
    expect(forum!.querySelector('blockquote')?.textContent).toBe(
      '1,350 people detained, 3 fled, 41 victims, 2 died, 120 million yuan',
    );
    expect(document.querySelector('[href^="javascript"]')).toBeNull();
  });

  it('steps through the filtered events and disables the buttons at the ends', async () => {
    const user = userEvent.setup();
    renderPanel();
    selectEvent('2023-11-15-ming-arrests');
    const previous = screen.getByRole('button', { name: /Previous/ });
    const next = screen.getByRole('button', { name: /Next/ });
    expect(screen.getByText('1 of 5')).toBeInTheDocument();
    expect(previous).toBeDisabled();
    expect(next).toBeEnabled();

    await user.click(next);
    expect(useViewStore.getState().selectedId).toBe('2023-11-18-muse-handover');
    expect(screen.getByText('2 of 5')).toBeInTheDocument();
    expect(previous).toBeEnabled();

    await user.click(next);
    await user.click(next);
    await user.click(next);
    expect(useViewStore.getState().selectedId).toBe(RICH_ID);
    expect(screen.getByText('5 of 5')).toBeInTheDocument();
    expect(next).toBeDisabled();
    // The focus is not lost to the page when the button under it becomes disabled.
    expect(previous).toHaveFocus();

    await user.click(previous);
    expect(useViewStore.getState().selectedId).toBe('2024-03-28-muse-operation');
  });

  it('steps only through events that pass the filters', async () => {
    renderPanel();
    act(() => useViewStore.getState().setFilters({ types: ['transfer'] }));
    await viewsDrawn();
    selectEvent('2023-11-18-muse-handover');
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(useViewStore.getState().selectedId).toBe('2024-02-laos-transfer');
  });

  it('still shows a filtered-out event, says so, and can clear the filters', async () => {
    renderPanel();
    act(() => useViewStore.getState().setFilters({ types: ['transfer'] }));
    await viewsDrawn();
    selectEvent('2024-03-28-muse-operation');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(
      '807 suspects captured in Muse',
    );
    expect(screen.getByText('This event is outside the current filters.')).toBeInTheDocument();
    expect(screen.getByText('not among the 3 in view')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(useViewStore.getState().filters.types).toEqual([]);
    await viewsDrawn();
    expect(screen.queryByText('This event is outside the current filters.')).toBeNull();
    expect(screen.getByText('4 of 5')).toBeInTheDocument();
  });

  it('names an unknown id as text and can clear the selection', async () => {
    renderPanel();
    selectEvent('<img src=x onerror=alert(1)>');
    expect(
      screen.getByText('No event with the id "<img src=x onerror=alert(1)>" in this dataset.'),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(useViewStore.getState().selectedId).toBeNull();
  });

  it('speaks Chinese when the interface is in Chinese', () => {
    renderPanel();
    act(() => useViewStore.getState().setLang('zh'));
    selectEvent(RICH_ID);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('瑞丽移交1207名嫌疑人');
    expect(screen.getByText('移交')).toBeInTheDocument();
    expect(screen.getByText('日期范围')).toBeInTheDocument();
    expect(screen.getByText('木姐（Muse）')).toBeInTheDocument();
    expect(screen.getByText('各方报道的差异')).toBeInTheDocument();
    expect(screen.getByText('第 5 个，共 5 个')).toBeInTheDocument();
  });

  it('shows a selected tally as evidence: what it counts, from when, and every source', () => {
    const dataset = makeDataset();
    renderPanel(dataset);
    const tally = dataset.tallies[1]!;
    act(() => useViewStore.getState().selectTally(tally.id));
    const sheet = document.querySelector(`[data-tally-id="${tally.id}"]`);
    if (!(sheet instanceof HTMLElement)) throw new Error('no tally sheet');
    const facts = Object.fromEntries(
      [...sheet.querySelectorAll('.details-facts dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling?.textContent,
      ]),
    );
    expect(facts).toEqual({
      Value: 'about 48,000',
      Qualifier: 'about (rounded by the source)',
      Measure: 'people transferred to Chinese custody',
      Scope: tally.scope,
      'Origins covered': 'Myanmar',
      Baseline: '1 Jan 2023',
    });
    // The announcement date is said once, under the title.
    expect(sheet.querySelector('.details-date')).toHaveTextContent('Announced 1 Apr 2024');
    expect(sheet.textContent?.match(/1 Apr 2024/g)).toHaveLength(1);
    for (const { quote } of tally.sources)
      expect(within(sheet).getByText(quote)).toBeInTheDocument();
    expect(within(sheet).getByText('China Daily')).toBeInTheDocument();
    // Selecting an event replaces the tally: one thing is selected at a time.
    selectEvent(RICH_ID);
    expect(useViewStore.getState().selectedTally).toBeNull();
    expect(document.querySelector('[data-tally-id]')).toBeNull();
  });

  it('says so when a linked tally does not exist', () => {
    renderPanel();
    act(() => useViewStore.getState().selectTally('no-such-tally'));
    expect(
      screen.getByText('No official tally with the id "no-such-tally" in this dataset.'),
    ).toBeInTheDocument();
  });
});
