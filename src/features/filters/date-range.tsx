// The date filter: presets from the dataset's span, and two date inputs for a custom range.
import { moveFocusInGroup, tabStop } from '@/ui/roving-focus';
import { useMemo } from 'react';
import { activePreset, datasetSpan, datePresets } from '@/domain/date-presets';
import { useAtlasIndex } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { useLang, useMessages } from '@/ui/i18n';
import { FILTERS_MESSAGES } from './filters-messages';

export function DateRange() {
  const t = useMessages(FILTERS_MESSAGES);
  const lang = useLang();
  const index = useAtlasIndex();
  const from = useViewStore((s) => s.filters.from);
  const to = useViewStore((s) => s.filters.to);
  const setRange = useViewStore((s) => s.setRange);
  const presets = useMemo(() => datePresets(index, lang), [index, lang]);
  const span = useMemo(() => datasetSpan(index), [index]);
  const active = activePreset(presets, from, to);
  const stop = tabStop(presets.map((p) => p.id === active?.id));

  return (
    <fieldset className="filter-group">
      <legend>{t.dates}</legend>
      <div className="presets" role="group" aria-label={t.presets} onKeyDown={moveFocusInGroup}>
        {presets.map((p, index) => (
          <button
            key={p.id}
            type="button"
            className="preset"
            aria-pressed={active?.id === p.id}
            tabIndex={index === stop ? 0 : -1}
            onClick={() => setRange(p.from, p.to)}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className="date-inputs">
        <label>
          <span>{t.from}</span>
          <input
            type="date"
            value={from ?? ''}
            min={span?.first}
            max={to ?? span?.last}
            onChange={(e) => setRange(e.target.value || null, to)}
          />
        </label>
        <label>
          <span>{t.to}</span>
          <input
            type="date"
            value={to ?? ''}
            min={from ?? span?.first}
            max={span?.last}
            onChange={(e) => setRange(from, e.target.value || null)}
          />
        </label>
      </div>
    </fieldset>
  );
}
