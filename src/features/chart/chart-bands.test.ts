// The step band's outline: each value holds until the next point, on the top edge and the bottom.
import { describe, expect, it } from 'vitest';
import { stepBandPaths } from './chart-bands';

describe('stepBandPaths', () => {
  it('steps along the top forwards and the bottom backwards, each level holding to the next point', () => {
    const paths = stepBandPaths(
      [
        [0, 10],
        [5, 8],
        [9, 4],
      ],
      [
        [0, 10],
        [5, 10],
        [9, 9],
      ],
    );
    expect(paths).toEqual({
      top: 'M0,10H5V8H9V4',
      bottom: 'M0,10H5V10H9V9',
      // Back from (9, 9): down to the level that held from x 5, along it, then the level from x 0.
      area: 'M0,10H5V8H9V4L9,9V10H5V10H0Z',
    });
  });

  it('rounds to thousandths of a pixel and draws nothing for fewer than two points', () => {
    expect(
      stepBandPaths(
        [
          [0.12345, 1],
          [2, 3.98765],
        ],
        [
          [0.12345, 5],
          [2, 5],
        ],
      )?.top,
    ).toBe('M0.123,1H2V3.988');
    expect(stepBandPaths([[0, 1]], [[0, 2]])).toBeNull();
  });

  it('draws nothing where a point is off the scale (the log of 0)', () => {
    expect(
      stepBandPaths(
        [
          [0, NaN],
          [2, 3],
        ],
        [
          [0, 5],
          [2, 5],
        ],
      ),
    ).toBeNull();
  });
});
