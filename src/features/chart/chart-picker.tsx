// The list a click on several overlapping marks (or on a dot for several dates) offers to pick from.
import type { Lang } from '@/state/view-store';
import { formatDate, tallyScope } from '@/ui/format';
import { fill } from '@/ui/i18n';
import { measureText } from './chart-wording';
import { type PickChoice, type Picker, type TallyView, type Text } from './chart-types';

/** The mark picker's width, px: most choices fit on one or two lines. */
const PICKER_WIDTH = 300;

/** "1 Apr 2024 · official total about 48,000 · Myanmar": how the picker names a tally. */
export function describeTally(view: TallyView | undefined, lang: Lang, m: Text): string {
  if (!view) return '';
  const what = fill(m.pickTally, {
    value: view.short,
    measure: measureText(view.tally.measure, m),
    scope: tallyScope(view.tally, lang),
  });
  // Two totals of one value on one day are told apart by what they count and whether they compare.
  const flag = view.gap ? '' : ` · ${m.notComparableShort}`;
  return `${formatDate(view.tally.announced, lang)} · ${what}${flag}`;
}

export function ChartPicker(props: {
  picker: Picker;
  width: number;
  height: number;
  title: string;
  describe: (choice: PickChoice) => string;
  onClose: () => void;
  onChoose: (choice: PickChoice) => void;
}) {
  const { picker, width, height } = props;
  // Below a mark in the chart's upper half, above one in its lower half; a long list scrolls inside.
  const below = picker.y < height / 2;
  return (
    <div
      className="chart-picker"
      role="dialog"
      aria-label={props.title}
      style={{
        left: Math.max(0, Math.min(picker.x, width - PICKER_WIDTH)),
        width: Math.min(PICKER_WIDTH, width),
        ...(below
          ? { top: picker.y + 8, maxHeight: height - picker.y - 8 }
          : { bottom: height - picker.y + 8, maxHeight: picker.y - 8 }),
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <p>{props.title}</p>
      <ul>
        {picker.choices.map((c, i) => (
          <li key={`${c.kind}:${c.id}`}>
            <button
              type="button"
              {...(c.kind === 'event' ? { 'data-event-id': c.id } : { 'data-tally-id': c.id })}
              // The first choice takes focus so the keyboard can pick at once.
              autoFocus={i === 0}
              onClick={() => props.onChoose(c)}
            >
              {props.describe(c)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
