// The label of a story note's rule on the chart: beside the rule, where it covers no mark, line or other rule.
import type { Rect } from '@/ui/label-placer';
import { textWidth } from '@/ui/text-width';

/**
 * A story note's size, also in present mode: grown with the labels there, no spot beside its rule
 * stayed clear of the gap whiskers in the bundled story's steps 1, 2 and 8.
 */
export const NOTE_FONT = 13;

/**
 * Where the label of a rule at `x` may go, best first: beside the rule from the top of `frame`
 * down to its foot, half a line lower each time, right of the rule then left.
 */
export function noteLabelSpots(x: number, frame: Rect, text: string, font: number): Rect[] {
  // Measured bold, as it is drawn: measured regular, a long note ran past the chart's right edge.
  const width = textWidth(text, font, 'bold') + 4;
  const height = font + 4;
  const rows = Math.max(1, Math.floor((2 * (frame.height - height)) / height) + 1);
  return Array.from({ length: rows }, (_, row) => frame.y + (row * height) / 2).flatMap((y) => [
    { x: x + 4, y, width, height },
    { x: x - 4 - width, y, width, height },
  ]);
}

/** The note's text in its box. */
export function NoteLabel({ rect, text, font }: { rect: Rect; text: string; font: number }) {
  return (
    <text
      className="story-rule-label"
      x={rect.x + 2}
      y={rect.y + rect.height / 2}
      dominantBaseline="central"
      fontSize={font}
      fontWeight={700}
    >
      {text}
    </text>
  );
}
