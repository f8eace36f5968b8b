// The label of a story note's rule on the chart: beside the line's top, flipped left near the right edge.
import { textWidth } from '@/ui/text-width';

const NOTE_FONT = 13;

/** The label of a rule at `x` whose top is at `top`, kept left of `right`. */
export function NoteLabel({
  x,
  top,
  text,
  right,
}: {
  x: number;
  top: number;
  text: string;
  right: number;
}) {
  const y = top + NOTE_FONT + 2;
  const flip = x + 6 + textWidth(text, NOTE_FONT) > right;
  return (
    <text
      className="story-rule-label"
      x={flip ? x - 6 : x + 6}
      y={y}
      textAnchor={flip ? 'end' : 'start'}
      fontSize={NOTE_FONT}
      fontWeight={700}
    >
      {text}
    </text>
  );
}
