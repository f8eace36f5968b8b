// A searchable multi-select: type to narrow the options, arrows or Tab to reach them, Enter/Space to toggle.
import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
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

export function OptionPicker({ legend, placeholder, options, selected, onToggle }: Props) {
  const t = useMessages(FILTERS_MESSAGES);
  const lang = useLang();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const needle = query.trim().toLowerCase();
  const shown = needle
    ? options.filter((o) =>
        `${o.label}\n${o.keywords ?? ''}\n${o.hint ?? ''}`.toLowerCase().includes(needle),
      )
    : options;
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value;

  // The list stays open while focus is anywhere inside the picker (input, options or tokens).
  const onBlur = (event: FocusEvent<HTMLFieldSetElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  const optionButtons = () => [...(listRef.current?.querySelectorAll('button') ?? [])];

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      optionButtons()[0]?.focus();
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const onOptionKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const buttons = optionButtons();
    const at = buttons.indexOf(event.currentTarget);
    const move = (to: HTMLElement | null | undefined) => {
      event.preventDefault();
      to?.focus();
    };
    if (event.key === 'ArrowDown') move(buttons[at + 1] ?? buttons[at]);
    else if (event.key === 'ArrowUp') move(at > 0 ? buttons[at - 1] : inputRef.current);
    else if (event.key === 'Home') move(buttons[0]);
    else if (event.key === 'End') move(buttons.at(-1));
    else if (event.key === 'Escape') {
      move(inputRef.current);
      setOpen(false);
    }
  };

  const removeToken = (value: string) => {
    onToggle(value);
    // The token's button goes away; keep the keyboard user in the picker.
    inputRef.current?.focus();
  };

  return (
    <fieldset className="filter-group picker" onFocus={() => setOpen(true)} onBlur={onBlur}>
      <legend>{legend}</legend>
      {selected.length > 0 && (
        <ul className="tokens">
          {selected.map((value) => (
            <li key={value}>
              <button
                type="button"
                className="token"
                aria-label={fill(t.remove, { name: labelOf(value) })}
                onClick={() => removeToken(value)}
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
        ref={inputRef}
        type="search"
        className="picker-input"
        aria-label={placeholder}
        placeholder={placeholder}
        autoComplete="off"
        value={query}
        aria-controls={open ? listId : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onInputKey}
      />
      {open && (
        <ul
          ref={listRef}
          id={listId}
          className="picker-options"
          aria-label={fill(t.options, { label: legend })}
        >
          {shown.length === 0 && <li className="picker-empty">{t.noMatch}</li>}
          {shown.map((o) => {
            const pressed = selected.includes(o.value);
            return (
              <li key={o.value}>
                <button
                  type="button"
                  className="picker-option"
                  aria-pressed={pressed}
                  data-value={o.value}
                  data-dimmed={o.count === 0 ? 'true' : undefined}
                  // Keeps focus (and the open list) where it is when clicked with a mouse.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onToggle(o.value)}
                  onKeyDown={onOptionKey}
                >
                  <span className="picker-check" aria-hidden="true">
                    {pressed ? '✓' : ''}
                  </span>
                  <span className="picker-label">{o.label}</span>
                  {o.hint && <span className="picker-hint">{o.hint}</span>}
                  <span className="chip-count">{formatNumber(o.count, lang)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
