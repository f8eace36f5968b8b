// A labelled group of toggle chips, each with its colour swatch and a live count.
import { useLang } from '@/ui/i18n';
import { formatNumber } from '@/ui/format';
import { moveFocusInGroup, tabStop } from '@/ui/roving-focus';

export interface ChipItem {
  value: string;
  label: string;
  color: string;
  count: number;
}

interface Props {
  legend: string;
  items: readonly ChipItem[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}

export function ChipGroup({ legend, items, selected, onToggle }: Props) {
  const lang = useLang();
  // Once a group has a choice, its unchosen chips read as "not included".
  const narrowed = selected.length > 0;
  const stop = tabStop(items.map((item) => selected.includes(item.value)));
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <div className="chips" onKeyDown={moveFocusInGroup}>
        {items.map((item, index) => {
          const pressed = selected.includes(item.value);
          return (
            <button
              key={item.value}
              type="button"
              className="chip"
              aria-pressed={pressed}
              tabIndex={index === stop ? 0 : -1}
              data-value={item.value}
              data-dimmed={(narrowed && !pressed) || item.count === 0 ? 'true' : undefined}
              onClick={() => onToggle(item.value)}
            >
              <span className="chip-swatch" style={{ background: item.color }} aria-hidden="true" />
              <span className="chip-label" title={item.label}>
                {item.label}
              </span>
              <span className="chip-count">{formatNumber(item.count, lang)}</span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
