// Tally markers: at their values inside the plot, stacked without overlap above a fitted axis's top.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Tally } from '@/data/schema';
import { MS_PER_DAY, utcDay } from '@/domain/calendar';
import { rectsOverlap } from '@/ui/label-placer';
import type { SeriesView } from './chart-types';
import { OFF_TOP_ROOM, tallyPoints } from './tally-points';

const tally = (id: string, announced: string, value: number): Tally => ({
  id,
  announced,
  value,
  qualifier: 'about',
  measure: 'transferred',
  since: null,
  scope: 'Myanmar',
  sources: [{ source: 's', quote: 'q' }],
});

const series = (tallies: Tally[]): SeriesView => ({
  key: 'mm',
  index: 0,
  name: 'Myanmar',
  baseline: '',
  group: '',
  comparable: true,
  color: '#000',
  tallies: tallies.map((t) => ({ tally: t, gap: null, label: '', short: '', compared: '' })),
});

// One pixel per day from 2024-01-01; the plot runs from y = 100 (value 1000) down to y = 200 (0).
const x = (t: number) => (t - utcDay('2024-01-01')) / MS_PER_DAY;
const y = (value: number) => 200 - value / 10;

describe('tallyPoints', () => {
  it('puts a marker at its date and value when it is inside the plot', () => {
    const [p] = tallyPoints(
      [series([tally('a', '2024-01-11', 500)])],
      x,
      y,
      100,
      100 - OFF_TOP_ROOM,
    );
    expect(p).toMatchObject({ cx: 10, cy: 150, above: false });
  });

  it('stacks markers beyond the axis above its top, apart, and inside the margin', () => {
    const beyond = [tally('a', '2024-01-11', 5000), tally('b', '2024-01-12', 6000)];
    const chartTop = 100 - OFF_TOP_ROOM;
    const points = tallyPoints([series(beyond)], x, y, 100, chartTop);
    expect(points.every((p) => p.above && p.cy < 100 && p.rect.y >= chartTop)).toBe(true);
    expect(rectsOverlap(points[0]!.rect, points[1]!.rect)).toBe(false);
  });
});
