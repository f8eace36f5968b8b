// The label of a story note's rule on the chart: beside the line's top, flipped left near the right edge.
import { textWidth } from '@/ui/text-width';

const NOTE_FONT = 13;

interface ViewBox {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

/** Recharts hands a ReferenceLine's label its viewBox: a zero-width box at the line. */
export function NoteLabel({
  viewBox,
  text,
  right,
}: {
  viewBox?: ViewBox;
  text: string;
  right: number;
}) {
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) + NOTE_FONT + 2;
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
