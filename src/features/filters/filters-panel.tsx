// Filters region: dates, type and origin chips, place and actor pickers, free text; narrows every view.
import { useMemo } from 'react';
import { EVENT_TYPES } from '@/data/schema';
import { viewOf } from '@/domain/filtered-view';
import { DEFAULT_FILTERS, type Filters } from '@/domain/filters';
import { useAtlasIndex, useUrgentFilteredView } from '@/state/atlas-context';
import { MAX_Q_LENGTH } from '@/state/url-keys';
import { useViewStore } from '@/state/view-store';
import { formatNumber, placeName } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { countryName, TYPE_LABELS } from '@/ui/labels';
import { originColor, TYPE_COLORS } from '@/ui/palette';
import { ChipGroup, type ChipItem } from './chip-group';
import { DateRange } from './date-range';
import { FILTERS_MESSAGES } from './filters-messages';
import { OptionPicker, type PickerOption } from './option-picker';
import './filters.css';

function isFiltered(f: Filters): boolean {
  return (
    f.from !== null ||
    f.to !== null ||
    f.q !== '' ||
    [f.types, f.origins, f.places, f.actors].some((list) => list.length > 0)
  );
}

/** Values in the dataset, plus any chosen (e.g. from a link) that the dataset lacks. */
function withSelected(values: Iterable<string>, selected: readonly string[]): string[] {
  return [...new Set([...values, ...selected])];
}

const SEARCH_LIMIT_ID = 'filter-search-limit';

export function FiltersPanel() {
  const t = useMessages(FILTERS_MESSAGES);
  const lang = useLang();
  const index = useAtlasIndex();
  const filtered = useUrgentFilteredView();
  const { filters } = filtered;
  const toggle = useViewStore((s) => s.toggle);
  const setFilters = useViewStore((s) => s.setFilters);
  const resetFilters = useViewStore((s) => s.resetFilters);
  const counts = filtered.chipCounts;
  const atSearchLimit = filters.q.length >= MAX_Q_LENGTH;

  // Group order is fixed by how often a value occurs in the whole dataset, so chips never jump.
  const totals = useMemo(() => viewOf(index, DEFAULT_FILTERS).chipCounts, [index]);

  const typeItems: ChipItem[] = EVENT_TYPES.filter(
    (type) => (totals.types[type] ?? 0) > 0 || filters.types.includes(type),
  ).map((type) => ({
    value: type,
    label: TYPE_LABELS[lang][type],
    color: TYPE_COLORS[type],
    count: counts.types[type],
  }));

  const originItems: ChipItem[] = withSelected([...totals.origins.keys()], filters.origins)
    .sort(
      (a, b) => (totals.origins.get(b) ?? 0) - (totals.origins.get(a) ?? 0) || a.localeCompare(b),
    )
    .map((code) => ({
      value: code,
      label: countryName(code, lang),
      color: originColor(code),
      count: counts.origins.get(code) ?? 0,
    }));

  const collator = useMemo(() => new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en'), [lang]);

  const placeOptions: PickerOption[] = withSelected([...totals.places.keys()], filters.places)
    .map((id) => {
      const place = index.placeById.get(id);
      return {
        value: id,
        label: placeName(place, lang) || id,
        hint: place?.country,
        keywords: [place?.name, place?.name_zh, place && countryName(place.country, lang), id]
          .filter(Boolean)
          .join('\n'),
        count: counts.places.get(id) ?? 0,
      };
    })
    .sort((a, b) => collator.compare(a.label, b.label));

  const actorOptions: PickerOption[] = withSelected([...totals.actors.keys()], filters.actors)
    .map((name) => ({ value: name, label: name, count: counts.actors.get(name) ?? 0 }))
    .sort((a, b) => collator.compare(a.label, b.label));

  return (
    <div className="filters">
      <div className="filters-head">
        <h2>{t.heading}</h2>
        <button
          type="button"
          className="filters-reset"
          disabled={!isFiltered(filters)}
          onClick={resetFilters}
        >
          {t.reset}
        </button>
      </div>
      <p role="status" className="filters-status">
        {fill(t.status, {
          n: formatNumber(filtered.count, lang),
          m: formatNumber(index.events.length, lang),
        })}
      </p>
      <label className="filter-search">
        <span>{t.search}</span>
        <input
          type="search"
          value={filters.q}
          placeholder={t.searchHint}
          autoComplete="off"
          // The link carries at most this much; the field stops here rather than the link cutting it.
          maxLength={MAX_Q_LENGTH}
          aria-describedby={atSearchLimit ? SEARCH_LIMIT_ID : undefined}
          onChange={(e) => setFilters({ q: e.target.value })}
        />
      </label>
      {atSearchLimit && (
        <p id={SEARCH_LIMIT_ID} className="filter-refused">
          {fill(t.searchLimit, { n: formatNumber(MAX_Q_LENGTH, lang) })}
        </p>
      )}
      <DateRange />
      <ChipGroup
        legend={t.types}
        items={typeItems}
        selected={filters.types}
        onToggle={(v) => {
          const type = EVENT_TYPES.find((x) => x === v);
          if (type) toggle('types', type);
        }}
      />
      <ChipGroup
        legend={t.origins}
        items={originItems}
        selected={filters.origins}
        onToggle={(v) => toggle('origins', v)}
      />
      <OptionPicker
        legend={t.places}
        placeholder={t.findPlace}
        options={placeOptions}
        selected={filters.places}
        onToggle={(v) => toggle('places', v)}
      />
      <OptionPicker
        legend={t.actors}
        placeholder={t.findActor}
        options={actorOptions}
        selected={filters.actors}
        onToggle={(v) => toggle('actors', v)}
      />
    </div>
  );
}
