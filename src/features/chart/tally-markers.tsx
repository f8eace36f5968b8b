// Marker shapes and dash patterns that tell one official-tally series from another, in the chart and legend.
import type { SVGProps } from 'react';

// No circles: round marks are the itemized transfer dots.
const SHAPES = [
  'diamond',
  'square',
  'triangle',
  'triangleDown',
  'star',
  'plus',
  'cross',
  'triangleRight',
] as const;
type Shape = (typeof SHAPES)[number];

// Colour, shape and dash each tell the series apart. The colours are not the origins' and keep at
// least 3:1 against the panel in both themes; a series that cannot be compared steps back to grey.
const COLORS = ['#a6589f', '#2e8b57', '#8f6fd1', '#b8860b', '#1f9e89', '#6b8e23', '#cf4f4f'];
export const NOT_COMPARABLE_COLOR = '#808891';

export function seriesColor(index: number): string {
  return COLORS[index % COLORS.length] ?? NOT_COMPARABLE_COLOR;
}

const DASHES = ['6 3', '2 3', '9 3 2 3', '4 4', '1 3', '12 4', '6 2 2 2', '3 6'];

export function seriesShape(index: number): Shape {
  return SHAPES[index % SHAPES.length] ?? 'diamond';
}

/** Shifted once per round of shapes, so shape and dashes together stay unique for 64 series. */
export function seriesDash(index: number): string {
  return DASHES[(index + Math.floor(index / SHAPES.length)) % DASHES.length] ?? '6 3';
}

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join('L')}Z`;
}

function regular(
  cx: number,
  cy: number,
  r: number,
  n: number,
  rotation: number,
): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / n;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
}

function plusPoints(cx: number, cy: number, r: number): [number, number][] {
  const a = r * 0.38;
  return [
    [cx - a, cy - r],
    [cx + a, cy - r],
    [cx + a, cy - a],
    [cx + r, cy - a],
    [cx + r, cy + a],
    [cx + a, cy + a],
    [cx + a, cy + r],
    [cx - a, cy + r],
    [cx - a, cy + a],
    [cx - r, cy + a],
    [cx - r, cy - a],
    [cx - a, cy - a],
  ];
}

/** The SVG path of a marker of the given shape centred on (cx, cy), about 2r across. */
export function markerPath(shape: Shape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'diamond':
      return polygon([
        [cx, cy - r * 1.2],
        [cx + r, cy],
        [cx, cy + r * 1.2],
        [cx - r, cy],
      ]);
    case 'triangle':
      return polygon(regular(cx, cy + r * 0.15, r * 1.15, 3, -Math.PI / 2));
    case 'triangleDown':
      return polygon(regular(cx, cy - r * 0.15, r * 1.15, 3, Math.PI / 2));
    case 'square':
      return polygon([
        [cx - r * 0.85, cy - r * 0.85],
        [cx + r * 0.85, cy - r * 0.85],
        [cx + r * 0.85, cy + r * 0.85],
        [cx - r * 0.85, cy + r * 0.85],
      ]);
    case 'triangleRight':
      return polygon(regular(cx - r * 0.15, cy, r * 1.15, 3, 0));
    case 'plus':
      return polygon(plusPoints(cx, cy, r));
    case 'star':
      return polygon(
        regular(cx, cy, r * 1.25, 10, -Math.PI / 2).map(([x, y], i) =>
          i % 2 ? [cx + (x - cx) * 0.45, cy + (y - cy) * 0.45] : [x, y],
        ),
      );
    case 'cross':
      return polygon(
        plusPoints(cx, cy, r * 1.1).map(([x, y]): [number, number] => {
          const [dx, dy] = [x - cx, y - cy];
          return [cx + (dx - dy) * Math.SQRT1_2, cy + (dx + dy) * Math.SQRT1_2];
        }),
      );
  }
}

/** A series' line and glyph for a key; hollow, as the chart draws it, when it is not comparable. */
export function TallySwatch({
  index,
  color,
  hollow = false,
  ...rest
}: { index: number; color: string; hollow?: boolean } & SVGProps<SVGSVGElement>) {
  return (
    <svg width="30" height="14" viewBox="0 0 30 14" aria-hidden="true" {...rest}>
      <line
        x1="1"
        x2="29"
        y1="7"
        y2="7"
        stroke={color}
        strokeWidth="1.5"
        strokeDasharray={seriesDash(index)}
      />
      <path
        d={markerPath(seriesShape(index), 15, 7, 5)}
        fill={hollow ? 'var(--panel)' : color}
        stroke={hollow ? color : 'var(--panel)'}
        strokeWidth="1.5"
      />
    </svg>
  );
}
