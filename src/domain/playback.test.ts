// Playback frames: one per month, ending on real last days, and a next frame that always moves forward.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { buildIndex } from './dataset-index';
import { FilteredView } from './filtered-view';
import { DEFAULT_FILTERS } from './filters';
import { mergeGroups, summarize } from './place-groups';
import { busiestMonth, countFrom, nextFrame, runFrames, setBack } from './playback';

/** ISO days from `min` to `max`, as the dataset writes them. */
const daysIn = (min: string, max: string) =>
  fc
    .date({ min: new Date(min), max: new Date(max), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

describe('runFrames', () => {
  it('gives every month end from the first month on, and stops on the last day itself', () => {
    expect(runFrames('2023-11-18', '2024-03-02')).toEqual([
      '2023-11-30',
      '2023-12-31',
      '2024-01-31',
      '2024-02-29',
      '2024-03-02',
    ]);
    expect(runFrames('2024-05-01', '2024-05-31')).toEqual(['2024-05-31']);
    expect(runFrames('2024-05-01', '2024-05-09')).toEqual(['2024-05-09']);
    expect(runFrames('2024-06-01', '2024-05-31')).toEqual([]);
  });

  it('never skips or repeats a month, for any range', () => {
    const day = daysIn('2000-01-01', '2040-12-31');
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const frames = runFrames(start, end);
        const months = (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12;
        expect(frames.length).toBe(
          months + Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1,
        );
        expect(frames[0]?.slice(0, 7)).toBe(start.slice(0, 7));
        expect(frames.at(-1)).toBe(end);
        // Each frame before the last is a month's last day: the day after it is the first of a month.
        for (const f of frames.slice(0, -1))
          expect(new Date(Date.parse(`${f}T00:00:00Z`) + 86_400_000).getUTCDate()).toBe(1);
      }),
    );
  });
});

describe('countFrom', () => {
  it('counts the events on or after a day, for any sorted dates', () => {
    const day = daysIn('2020-01-01', '2026-12-31');
    fc.assert(
      fc.property(fc.array(day, { maxLength: 60 }), day, (dates, from) => {
        const events = [...dates].sort().map((date) => ({ date }));
        expect(countFrom(events, from)).toBe(dates.filter((d) => d >= from).length);
      }),
    );
  });
});

describe('busiestMonth', () => {
  it("is the largest month's count that any frame of a run shows", () => {
    const day = daysIn('2022-01-01', '2024-12-31');
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 80 }), (dates) => {
        const events = [...dates].sort().map((date) => ({ date }));
        const frames = runFrames(events[0]?.date ?? '', events[events.length - 1]?.date ?? '');
        const shown = frames.map((end) =>
          countFrom(
            events.filter((e) => e.date <= end),
            `${end.slice(0, 7)}-01`,
          ),
        );
        expect(busiestMonth(events)).toBe(Math.max(...shown));
      }),
    );
  });

  it('is 0 without events', () => {
    expect(busiestMonth([])).toBe(0);
  });
});

describe('nextFrame', () => {
  const ends = ['2023-11-30', '2023-12-31', '2024-01-31'];
  it('starts at the first frame, moves one month, and stops at the end', () => {
    expect(nextFrame(ends, null)).toBe('2023-11-30');
    expect(nextFrame(ends, '2023-11-30')).toBe('2023-12-31');
    expect(nextFrame(ends, '2023-12-15')).toBe('2023-12-31');
    expect(nextFrame(ends, '2024-01-31')).toBeNull();
  });
});

describe('setBack', () => {
  // A span from September to December starts before a day in mid-September, so it sorts first,
  // yet it is still going on in October and November.
  const span = makeEvent({
    id: 'span',
    date: '2023-09-01',
    dateEnd: '2023-12-31',
    datePrecision: 'range',
  });
  const day = makeEvent({ id: 'day', date: '2023-09-15' });

  it('keeps a mark solid while any of its spans reaches into the month', () => {
    const group = summarize([span, day]);
    expect(setBack(group, '2023-09-01')).toBe(false);
    expect(setBack(group, '2023-10-01')).toBe(false);
    expect(setBack(group, '2023-12-01')).toBe(false);
    expect(setBack(group, '2024-01-01')).toBe(true);
    expect(setBack(group, null)).toBe(false);
  });

  it('sets back what ended the day before the month, not what falls on its first day', () => {
    expect(setBack(summarize([makeEvent({ id: 'a', date: '2023-09-30' })]), '2023-10-01')).toBe(
      true,
    );
    const month = makeEvent({ id: 'm', date: '2023-10-01', datePrecision: 'month' });
    expect(setBack(summarize([month]), '2023-10-01')).toBe(false);
  });

  it('keeps a cluster solid when the span is at one place and the later start at another', () => {
    const cluster = mergeGroups([summarize([span]), summarize([{ ...day, place: 'ruili' }])]);
    expect(setBack(cluster, '2023-11-01')).toBe(false);
  });

  it('reads the same from the groups the map is given during playback', () => {
    const index = buildIndex({ ...makeDataset(), events: [span, day] });
    const [muse] = new FilteredView(index, { ...DEFAULT_FILTERS, to: '2023-10-31' }).placeGroups;
    expect(muse?.count).toBe(2);
    expect(setBack(muse!, '2023-10-01')).toBe(false);
  });
});
