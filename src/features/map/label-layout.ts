// Which labels to show at a zoom and on which side of their mark, greedily by priority, never overlapping.

export interface LabelCandidate {
  id: string;
  /** Anchor in screen pixels (the mark's centre, or the label's centre when `centred`). */
  x: number;
  y: number;
  /** Gap to leave around the anchor: the mark's radius. */
  radius: number;
  width: number;
  height: number;
  /** Higher is placed first. */
  priority: number;
  /** Country names sit centred on their point rather than beside a mark. */
  centred?: boolean;
  /** Placed even over marks (country names sit in a pane beneath them). */
  ignoreMarks?: boolean;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'centre';

export interface PlacedLabel {
  id: string;
  side: LabelSide;
  /** Top-left corner of the label box, in the same pixels as the anchor. */
  left: number;
  top: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 3;

function boxFor(c: LabelCandidate, side: LabelSide): Box {
  const { x, y, radius: r, width: w, height: h } = c;
  switch (side) {
    case 'right':
      return { left: x + r + GAP, top: y - h / 2, right: x + r + GAP + w, bottom: y + h / 2 };
    case 'left':
      return { left: x - r - GAP - w, top: y - h / 2, right: x - r - GAP, bottom: y + h / 2 };
    case 'above':
      return { left: x - w / 2, top: y - r - GAP - h, right: x + w / 2, bottom: y - r - GAP };
    case 'below':
      return { left: x - w / 2, top: y + r + GAP, right: x + w / 2, bottom: y + r + GAP + h };
    default:
      return { left: x - w / 2, top: y - h / 2, right: x + w / 2, bottom: y + h / 2 };
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Places labels in priority order on the first side that overlaps no placed label and no mark other than
 * its own; a label with no free side is left out (so fewer show when zoomed out). `marks` are the
 * circles to keep clear, by the id of the label they belong to.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  marks: readonly { id: string; x: number; y: number; radius: number }[] = [],
  viewport?: { width: number; height: number },
): PlacedLabel[] {
  const markBoxes = marks.map((m) => ({
    id: m.id,
    box: {
      left: m.x - m.radius,
      top: m.y - m.radius,
      right: m.x + m.radius,
      bottom: m.y + m.radius,
    },
  }));
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  const order = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const c of order) {
    const sides: LabelSide[] = c.centred ? ['centre'] : ['right', 'left', 'above', 'below'];
    for (const side of sides) {
      const box = boxFor(c, side);
      if (
        viewport &&
        (box.left < 0 || box.top < 0 || box.right > viewport.width || box.bottom > viewport.height)
      )
        continue;
      if (taken.some((t) => overlaps(t, box))) continue;
      if (!c.ignoreMarks && markBoxes.some((m) => m.id !== c.id && overlaps(m.box, box))) continue;
      taken.push(box);
      placed.push({ id: c.id, side, left: box.left, top: box.top });
      break;
    }
  }
  return placed;
}
