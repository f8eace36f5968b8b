// The date filter: presets from the dataset's span, and two date inputs for a custom range.
import { useMemo, useState } from 'react';
import { moveFocusInGroup, tabStop } from '@/ui/roving-focus';
import { activePreset, datasetSpan, datePresets, type DatePreset } from '@/domain/date-presets';
import { useAtlasIndex } from '@/state/atlas-context';
import { rangeProblem } from '@/state/url-values';
import { useViewStore } from '@/state/view-store';
import { fill, useMessages } from '@/ui/i18n';
import { FILTERS_MESSAGES, type FiltersMessageKey } from './filters-messages';

interface Refused {
  edge: 'from' | 'to';
  value: string;
  problem: 'bad-date' | 'reversed-range';
  against: { from: string | null; to: string | null };
}

const REFUSED_ID = 'date-range-refused';

/** A preset's name in the interface language: the domain says only what it covers. */
function presetLabel(preset: DatePreset, t: Record<FiltersMessageKey, string>): string {
  if (preset.kind === 'all') return t.presetAll;
  if (preset.kind === 'since') return t.presetSince;
  return fill(t.presetYear, { year: preset.year });
}

export function DateRange() {
  const t = useMessages(FILTERS_MESSAGES);
  const index = useAtlasIndex();
  const from = useViewStore((s) => s.filters.from);
  const to = useViewStore((s) => s.filters.to);
  const setRange = useViewStore((s) => s.setRange);
  const presets = useMemo(() => datePresets(index), [index]);
  const span = useMemo(() => datasetSpan(index), [index]);
  const active = activePreset(presets, from, to);
  // A typed range the page cannot show (start after end, a year the link cannot carry) is kept in
  // its field with a message, not applied: the view and its link stay as they were. It belongs to
  // the range it was typed against, so a change made elsewhere (a preset, the timeline) drops it.
  const [typed, setTyped] = useState<Refused | null>(null);
  const refused = typed && typed.against.from === from && typed.against.to === to ? typed : null;

  const change = (edge: 'from' | 'to', value: string) => {
    const next = { from, to, [edge]: value || null };
    const problem = rangeProblem(next.from, next.to);
    if (problem) {
      setTyped({ edge, value, problem, against: { from, to } });
      return;
    }
    setTyped(null);
    setRange(next.from, next.to);
  };
  const valueOf = (edge: 'from' | 'to') =>
    refused?.edge === edge ? refused.value : ((edge === 'from' ? from : to) ?? '');
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
            onClick={() => {
              setTyped(null);
              setRange(p.from, p.to);
            }}
          >
            {presetLabel(p, t)}
          </button>
        ))}
      </div>
      <div className="date-inputs">
        <label>
          <span>{t.from}</span>
          <input
            type="date"
            value={valueOf('from')}
            min={span?.first}
            max={to ?? span?.last}
            aria-invalid={refused?.edge === 'from' || undefined}
            aria-describedby={refused?.edge === 'from' ? REFUSED_ID : undefined}
            onChange={(e) => change('from', e.target.value)}
          />
        </label>
        <label>
          <span>{t.to}</span>
          <input
            type="date"
            value={valueOf('to')}
            min={from ?? span?.first}
            max={span?.last}
            aria-invalid={refused?.edge === 'to' || undefined}
            aria-describedby={refused?.edge === 'to' ? REFUSED_ID : undefined}
            onChange={(e) => change('to', e.target.value)}
          />
        </label>
      </div>
      {refused && (
        <p id={REFUSED_ID} role="alert" className="filter-refused">
          {refused.problem === 'reversed-range' ? t.rangeReversed : t.dateUnsupported}
        </p>
      )}
    </fieldset>
  );
}
