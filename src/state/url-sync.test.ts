// URL <-> store wiring in jsdom: seeding, push vs throttled replace, Back restoring exactly, the notice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '@/domain/dataset-index';
import { DEFAULT_FILTERS } from '@/domain/filters';
import { makeDataset } from '@/testing/fixtures';
import {
  currentLink,
  eventLink,
  REPLACE_INTERVAL_MS,
  resetLinkNotice,
  seedViewFromUrl,
  startUrlSync,
  useLinkNotice,
} from './url-sync';
import { usePlaybackMotion } from './playback-motion';
import { useViewStore } from './view-store';

const index = buildIndex(makeDataset());
const VERSION = 'test-1';

function goTo(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

function query(): string {
  return window.location.search.replace(/^\?/, '');
}

/** Simulates Back/Forward landing on `search` (jsdom fires no popstate on replaceState). */
function popTo(search: string) {
  goTo(search);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

let stop: (() => void) | null = null;

beforeEach(() => {
  vi.useFakeTimers();
  resetLinkNotice();
  goTo('');
  document.documentElement.removeAttribute('data-mode');
  document.documentElement.lang = 'en';
});

afterEach(() => {
  stop?.();
  stop = null;
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function start(search: string) {
  goTo(search);
  seedViewFromUrl();
  stop = startUrlSync(index);
}

describe('seeding from the location', () => {
  it('puts every key of the link into the store, before any render', () => {
    goTo('?from=2023-09&to=2024-04&type=raid&origin=LA&scale=log&lang=zh&mode=present&q=Muse');
    seedViewFromUrl();
    const s = useViewStore.getState();
    expect(s.filters).toEqual({
      ...DEFAULT_FILTERS,
      from: '2023-09-01',
      to: '2024-04-30',
      types: ['raid'],
      origins: ['LA'],
      q: 'Muse',
    });
    expect([s.scale, s.lang, s.mode]).toEqual(['log', 'zh', 'present']);
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.documentElement.dataset.mode).toBe('present');
  });

  it('rewrites the address in canonical form with the loaded version, without a new entry', () => {
    const push = vi.spyOn(window.history, 'pushState');
    start('?origin=MM,LA&foo=bar&type=transfer');
    expect(query()).toBe('type=transfer&origin=LA,MM&v=test-1');
    expect(push).not.toHaveBeenCalled();
    expect(useLinkNotice.getState().ignored).toEqual([
      { key: 'foo', value: 'bar', reason: 'unknown-key' },
    ]);
  });

  it('drops unknown places, actors and a missing event, naming them, and keeps the rest', () => {
    start(
      '?place=muse,atlantis&actor=Ming%20family,Nobody&event=2099-01-01-nothing&type=arrest&v=old.1',
    );
    const s = useViewStore.getState();
    expect(s.filters.places).toEqual(['muse']);
    expect(s.filters.actors).toEqual(['Ming family']);
    expect(s.filters.types).toEqual(['arrest']);
    expect(s.selectedId).toBeNull();
    const notice = useLinkNotice.getState();
    expect(notice.ignored).toEqual([
      { key: 'place', value: 'atlantis', reason: 'unknown-place' },
      { key: 'actor', value: 'Nobody', reason: 'unknown-actor' },
    ]);
    expect(notice.missingEventId).toBe('2099-01-01-nothing');
    expect(notice.linkVersion).toBe('old.1');
    expect(notice.datasetVersion).toBe(VERSION);
    expect(query()).toBe('type=arrest&place=muse&actor=Ming%20family&v=test-1');
  });
});

describe('a link to a replaced event', () => {
  const [first, ...rest] = makeDataset().events;
  if (!first) throw new Error('fixture has no events');
  const merged = { ...first, replaces: ['2023-11-21-retired-handover'] };
  const mergedIndex = buildIndex({ ...makeDataset(), events: [merged, ...rest] });

  function startMerged(search: string) {
    goTo(search);
    seedViewFromUrl();
    stop = startUrlSync(mergedIndex);
  }

  it('opens the event that replaced it, says so, and rewrites the address to the new id', () => {
    startMerged('?event=2023-11-21-retired-handover&type=transfer&v=old.1');
    expect(useViewStore.getState().selectedId).toBe(merged.id);
    const notice = useLinkNotice.getState();
    expect(notice.replacedEvent).toEqual({ from: '2023-11-21-retired-handover', to: merged.id });
    expect(notice.missingEventId).toBeNull();
    expect(query()).toBe(`type=transfer&event=${merged.id}&v=test-1`);
  });

  it('redirects on Back too, and still reports an id that nothing replaced as missing', () => {
    startMerged('');
    popTo('?event=2023-11-21-retired-handover');
    expect(useViewStore.getState().selectedId).toBe(merged.id);
    expect(useLinkNotice.getState().replacedEvent?.to).toBe(merged.id);
    popTo('?event=2099-01-01-nothing');
    expect(useViewStore.getState().selectedId).toBeNull();
    expect(useLinkNotice.getState().missingEventId).toBe('2099-01-01-nothing');
  });
});

describe('writing the URL', () => {
  it('pushes one entry for a discrete change and writes v with it', () => {
    start('');
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    useViewStore.getState().toggle('types', 'raid');
    expect(push).toHaveBeenCalledTimes(1);
    expect(query()).toBe('type=raid&v=test-1');
    useViewStore.getState().select('2023-11-18-muse-handover');
    useViewStore.getState().setScale('log');
    useViewStore.getState().setMode('present');
    expect(push).toHaveBeenCalledTimes(4);
    expect(replace).not.toHaveBeenCalled();
    expect(query()).toBe(
      'type=raid&event=2023-11-18-muse-handover&scale=log&mode=present&v=test-1',
    );
  });

  it('replaces, throttled, for brushing, typing and panning', () => {
    start('');
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    const store = useViewStore.getState();
    for (const q of ['K', 'Ko', 'Kok', 'Koka', 'Kokang']) store.setFilters({ q });
    store.setRange('2023-10-01', '2024-01-31');
    store.setMap({ lat: 23.2, lon: 99.4, zoom: 7 });
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
    expect(query()).toBe('from=2023-10-01&to=2024-01-31&q=Kokang&map=23.2,99.4,7&v=test-1');
  });

  it('writes a change still waiting out the throttle when the link is asked for', () => {
    start('');
    useViewStore.getState().setRange(null, '2024-06-30');
    expect(currentLink()).toBe(`${window.location.origin}/?to=2024-06-30&v=test-1`);
    const replace = vi.spyOn(window.history, 'replaceState');
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS * 2);
    expect(replace).not.toHaveBeenCalled();
  });

  it("writes a playing run's last month at once when it is paused", () => {
    start('');
    usePlaybackMotion.getState().setPlaying(true);
    useViewStore.getState().setRange(null, '2024-06-30');
    expect(query()).toBe('v=test-1');
    usePlaybackMotion.getState().setPlaying(false);
    expect(query()).toBe('to=2024-06-30&v=test-1');
    const replace = vi.spyOn(window.history, 'replaceState');
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS * 2);
    expect(replace).not.toHaveBeenCalled();
  });

  it('pushes for Reset even when it only clears a range and text', () => {
    start('?from=2023-10-01&q=Muse');
    const push = vi.spyOn(window.history, 'pushState');
    useViewStore.getState().resetFilters();
    expect(push).toHaveBeenCalledTimes(1);
    expect(query()).toBe('v=test-1');
  });

  it('skips the write when the link would not change', () => {
    start('?type=raid');
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    const store = useViewStore.getState();
    store.hover('2023-11-18-muse-handover');
    store.setTheme('dark');
    store.setFilters({ q: '   ' });
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS * 2);
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });

  it('settles a pending continuous change into the entry it leaves before pushing', () => {
    start('');
    const writes: string[] = [];
    const record =
      (method: string) => (_state: unknown, _title: string, url?: string | URL | null) =>
        void writes.push(`${method} ${String(url)}`);
    vi.spyOn(window.history, 'replaceState').mockImplementation(record('replace'));
    vi.spyOn(window.history, 'pushState').mockImplementation(record('push'));
    const store = useViewStore.getState();
    store.setFilters({ q: 'Muse' });
    store.toggle('origins', 'MM');
    // Back from the chip lands on the text just typed, not on the page before typing.
    expect(writes).toEqual(['replace /?q=Muse&v=test-1', 'push /?origin=MM&q=Muse&v=test-1']);
  });

  it('eventLink gives the current link with the event set', () => {
    start('?type=transfer');
    expect(eventLink('2024-02-laos-transfer')).toBe(
      `${window.location.origin}/?type=transfer&event=2024-02-laos-transfer&v=test-1`,
    );
  });
});

describe('Back and Forward', () => {
  it('restores the entry exactly, resetting keys it does not have, without writing', () => {
    start('');
    const store = useViewStore.getState();
    store.toggle('types', 'raid');
    store.select('2024-03-28-muse-operation');
    store.setScale('log');
    store.setLang('zh');
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');

    popTo('?type=raid&v=test-1');
    const s = useViewStore.getState();
    expect(s.filters.types).toEqual(['raid']);
    expect(s.selectedId).toBeNull();
    expect(s.scale).toBe('linear');
    expect(s.lang).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS * 2);
    expect(push).not.toHaveBeenCalled();
    // The only write is the test's own move to the entry.
    expect(replace).toHaveBeenCalledTimes(1);

    popTo('?origin=LA&event=2024-02-laos-transfer&mode=present&v=test-1');
    expect(useViewStore.getState()).toMatchObject({
      filters: { ...DEFAULT_FILTERS, origins: ['LA'] },
      selectedId: '2024-02-laos-transfer',
      mode: 'present',
    });
    expect(document.documentElement.dataset.mode).toBe('present');
  });

  it('drops a pending replace instead of writing it over the entry it lands on', () => {
    start('');
    useViewStore.getState().setFilters({ q: 'typed' });
    const replace = vi.spyOn(window.history, 'replaceState');
    popTo('?type=raid&v=test-1');
    replace.mockClear();
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS * 2);
    expect(replace).not.toHaveBeenCalled();
    expect(query()).toBe('type=raid&v=test-1');
    expect(useViewStore.getState().filters.q).toBe('');
  });

  it('stops listening once stopped', () => {
    start('');
    stop?.();
    stop = null;
    const push = vi.spyOn(window.history, 'pushState');
    useViewStore.getState().toggle('types', 'raid');
    popTo('?scale=log');
    expect(push).not.toHaveBeenCalled();
    expect(useViewStore.getState().scale).toBe('linear');
  });
});
