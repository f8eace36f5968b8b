// A searchable multi-select as an ARIA combobox (Downshift): one Tab stop, arrows inside, Enter toggles.
import { useCombobox, useMultipleSelection } from 'downshift';
import { useState } from 'react';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { formatNumber } from '@/ui/format';
import { FILTERS_MESSAGES } from './filters-messages';

export interface PickerOption {
  value: string;
  label: string;
  /** A short muted hint after the label, e.g. the place's country code. */
  hint?: string;
  /** Extra text the search matches (other-language names, ids). */
  keywords?: string;
  count: number;
}

interface Props {
  legend: string;
  placeholder: string;
  options: readonly PickerOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}

const { stateChangeTypes: Change } = useCombobox;
/** Picking an option keeps the list open and the query typed, so several can be picked in a row. */
const PICKS: ReadonlySet<string> = new Set([Change.InputKeyDownEnter, Change.ItemClick]);

export function OptionPicker({ legend, placeholder, options, selected, onToggle }: Props) {
  const t = useMessages(FILTERS_MESSAGES);
  const lang = useLang();
  const [query, setQuery] = useState('');

  const needle = query.trim().toLowerCase();
  const shown = needle
    ? options.filter((o) =>
        `${o.label}\n${o.keywords ?? ''}\n${o.hint ?? ''}`.toLowerCase().includes(needle),
      )
    : options;
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value;

  // Tokens: Left arrow from the field reaches them, Backspace or Delete removes one.
  const { getSelectedItemProps, getDropdownProps } = useMultipleSelection<string>({
    selectedItems: [...selected],
    onStateChange: ({ selectedItems, type }) => {
      if (type === useMultipleSelection.stateChangeTypes.FunctionSetSelectedItems) return;
      const removed = selected.find((v) => !selectedItems?.includes(v));
      if (removed !== undefined) onToggle(removed);
    },
  });

  const { isOpen, highlightedIndex, getMenuProps, getInputProps, getItemProps } =
    // Downshift owns the typed text: it reports changes only after rendering, so a field bound to
    // `query` would be rendered empty between two fast keystrokes and lose the first.
    useCombobox<PickerOption>({
      items: [...shown],
      selectedItem: null,
      itemToString: (o) => o?.label ?? '',
      stateReducer: (state, { type, changes }) => {
        if (PICKS.has(type))
          return {
            ...changes,
            isOpen: true,
            highlightedIndex: state.highlightedIndex,
            inputValue: state.inputValue,
          };
        // Leaving the field picks nothing: only Enter or a click chooses.
        if (type === Change.InputBlur)
          return { ...changes, selectedItem: null, inputValue: state.inputValue };
        // The field never holds a chosen item (selectedItem stays null), so its text stays as typed.
        if (type === Change.ControlledPropUpdatedSelectedItem)
          return { ...changes, inputValue: state.inputValue };
        return changes;
      },
      onStateChange: ({ type, selectedItem, inputValue }) => {
        if (inputValue !== undefined) setQuery(inputValue);
        if (PICKS.has(type) && selectedItem) onToggle(selectedItem.value);
      },
    });

  return (
    <fieldset className="filter-group picker">
      <legend>{legend}</legend>
      {selected.length > 0 && (
        <ul className="tokens">
          {selected.map((value, index) => (
            <li key={value}>
              <button
                type="button"
                className="token"
                aria-label={fill(t.remove, { name: labelOf(value) })}
                {...getSelectedItemProps({ selectedItem: value, index })}
                onClick={() => onToggle(value)}
              >
                {labelOf(value)}
                <span aria-hidden="true" className="token-x">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        className="picker-input"
        placeholder={placeholder}
        {...getInputProps({
          ...getDropdownProps({ preventKeyAction: isOpen }),
          'aria-label': placeholder,
        })}
      />
      <ul
        className="picker-options"
        data-open={isOpen ? 'true' : undefined}
        {...getMenuProps({ 'aria-label': fill(t.options, { label: legend }) })}
      >
        {isOpen && shown.length === 0 && <li className="picker-empty">{t.noMatch}</li>}
        {isOpen &&
          shown.map((o, index) => {
            const chosen = selected.includes(o.value);
            return (
              <li
                key={o.value}
                className="picker-option"
                data-value={o.value}
                data-dimmed={o.count === 0 ? 'true' : undefined}
                data-highlighted={highlightedIndex === index ? 'true' : undefined}
                {...getItemProps({ item: o, index, 'aria-selected': chosen })}
              >
                <span className="picker-check" aria-hidden="true">
                  {chosen ? '✓' : ''}
                </span>
                <span className="picker-label">{o.label}</span>
                {o.hint && <span className="picker-hint">{o.hint}</span>}
                <span className="chip-count">{formatNumber(o.count, lang)}</span>
              </li>
            );
          })}
      </ul>
    </fieldset>
  );
}
