// The Filters region against the fixture dataset: chips, presets, pickers, search and Reset drive the store.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '@/domain/dataset-index';
import { AtlasProvider } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { FiltersPanel } from './filters-panel';

function renderPanel(dataset = makeDataset()) {
  const user = userEvent.setup();
  render(
    <AtlasProvider index={buildIndex(dataset)}>
      <FiltersPanel />
    </AtlasProvider>,
  );
  return user;
}

const status = () => screen.getByRole('status');
const group = (name: string) => screen.getByRole('group', { name });

// user-event drives many steps per test; a loaded CI machine needs more than the 5 s default.
describe('FiltersPanel', { timeout: 20_000 }, () => {
  it('toggles a type chip, updates the status line and counts, and Reset restores', async () => {
    const user = renderPanel();
    expect(status()).toHaveTextContent(/^4 of 4 events$/);
    const reset = screen.getByRole('button', { name: 'Reset' });
    expect(reset).toBeDisabled();

    const transfer = within(group('Event type')).getByRole('button', { name: /Transfer/ });
    expect(transfer).toHaveAttribute('aria-pressed', 'false');
    expect(transfer).toHaveTextContent('Transfer2');
    await user.click(transfer);
    expect(transfer).toHaveAttribute('aria-pressed', 'true');
    expect(useViewStore.getState().filters.types).toEqual(['transfer']);
    expect(status()).toHaveTextContent('2 of 4 events');
    // Origin counts now count transfers only: one from Myanmar, one from Laos.
    const origins = within(group('Origin'));
    expect(origins.getByRole('button', { name: /Myanmar/ })).toHaveTextContent('Myanmar1');
    expect(origins.getByRole('button', { name: /Laos/ })).toHaveTextContent('Laos1');

    await user.click(origins.getByRole('button', { name: /Laos/ }));
    expect(status()).toHaveTextContent('1 of 4 events');

    await user.click(reset);
    expect(status()).toHaveTextContent('4 of 4 events');
    expect(transfer).toHaveAttribute('aria-pressed', 'false');
    expect(reset).toBeDisabled();
  });

  it('narrows by free text over titles, summaries, places and actors', async () => {
    const user = renderPanel();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'Ming');
    expect(status()).toHaveTextContent('1 of 4 events');
    await user.clear(search);
    await user.type(search, 'vientiane');
    expect(status()).toHaveTextContent('1 of 4 events');
    expect(useViewStore.getState().filters.q).toBe('vientiane');
    expect(screen.getByRole('button', { name: 'Reset' })).toBeEnabled();
  });

  it('applies a year preset and a custom date', async () => {
    const user = renderPanel();
    const presets = screen.getByRole('group', { name: 'Date presets' });
    expect(within(presets).getByRole('button', { name: 'All' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(presets).getByRole('button', { name: '2024' }));
    expect(status()).toHaveTextContent('2 of 4 events');
    expect(screen.getByLabelText('From')).toHaveValue('2024-01-01');
    expect(screen.getByLabelText('To')).toHaveValue('2024-12-31');
  });

  it('picks a place from the keyboard in a combobox and removes it by its token', async () => {
    const user = renderPanel();
    const find = screen.getByRole('combobox', { name: 'Find a place' });
    await user.click(find);
    await user.type(find, 'rui');
    const list = screen.getByRole('listbox', { name: 'Places: options' });
    expect(within(list).getAllByRole('option')).toHaveLength(1);
    await user.keyboard('{ArrowDown}');
    const ruili = within(list).getByRole('option', { name: /Ruili/ });
    // Focus stays in the field; the option under the arrows is its active descendant.
    expect(find).toHaveFocus();
    expect(find).toHaveAttribute('aria-activedescendant', ruili.id);
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().filters.places).toEqual(['ruili']);
    expect(status()).toHaveTextContent('1 of 4 events');
    expect(within(list).getByRole('option', { name: /Ruili/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().filters.places).toEqual([]);
    await user.keyboard('{Enter}');

    await user.click(screen.getByRole('button', { name: 'Remove Ruili' }));
    expect(useViewStore.getState().filters.places).toEqual([]);
  });

  it('lists actors with counts and closes the list when focus leaves', async () => {
    const user = renderPanel();
    await user.click(screen.getByRole('combobox', { name: 'Find a person or group' }));
    const list = screen.getByRole('listbox', { name: 'Actors: options' });
    expect(within(list).getByRole('option', { name: /Ming family/ })).toHaveTextContent(
      'Ming family1',
    );
    await user.click(within(list).getByRole('option', { name: /Ming Guoping/ }));
    expect(status()).toHaveTextContent('1 of 4 events');
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    expect(within(list).queryAllByRole('option')).toHaveLength(0);
  });

  it('lists actors and places named like Object properties, with their counts', async () => {
    const base = makeDataset();
    const [first, ...rest] = base.events;
    const [place] = base.places;
    if (!first || !place) throw new Error('fixture has no events or places');
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const user = renderPanel({
      ...base,
      places: [...base.places, { ...place, id: 'constructor', name: 'Constructor Town' }],
      events: [{ ...first, actors: names, place: 'constructor' }, ...rest],
    });
    await user.click(screen.getByRole('combobox', { name: 'Find a person or group' }));
    const actors = screen.getByRole('listbox', { name: 'Actors: options' });
    for (const name of names)
      expect(
        within(actors).getByRole('option', { name: new RegExp(`^${name}`) }),
      ).toHaveTextContent(`${name}1`);
    expect(actors).not.toHaveTextContent('NaN');
    await user.click(screen.getByRole('combobox', { name: 'Find a place' }));
    const places = screen.getByRole('listbox', { name: 'Places: options' });
    expect(within(places).getByRole('option', { name: /Constructor Town/ })).toHaveTextContent(
      /Constructor Town.*1$/,
    );
    await user.click(within(places).getByRole('option', { name: /Constructor Town/ }));
    expect(status()).toHaveTextContent('1 of 4 events');
  });

  it('speaks Chinese', () => {
    useViewStore.setState({ lang: 'zh' });
    const dataset = makeDataset();
    dataset.events.push(makeEvent({ id: 'early', date: '2023-02-10' }));
    renderPanel(dataset);
    expect(status()).toHaveTextContent('5 / 5 个事件');
    expect(
      within(group('日期预设'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['全部', '2023年9月以来', '2023年', '2024年']);
    expect(within(group('事件类型')).getByRole('button', { name: /移交/ })).toBeInTheDocument();
    expect(within(group('来源国')).getByRole('button', { name: /老挝/ })).toBeInTheDocument();
  });
});
