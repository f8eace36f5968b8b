// Stories in links: every story comes back as it went in, and a damaged link reads as no story.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORY_LINK_RE } from '@/state/url-keys';
import { decodeStory, encodeStory, fitsLink } from './story-link';
import { storySchema, type Story } from './story-schema';

const text = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .filter((s) => s.trim() !== '' && s.length <= max);

const annotation = fc.oneof(
  fc.record({ date: fc.constantFrom('2023-11-18', '2024-02-29'), label: text(80) }),
  fc.record(
    { place: fc.constantFrom('muse', 'boten'), label: text(80), label_zh: text(80) },
    { requiredKeys: ['place', 'label'] },
  ),
);

const step = fc.record(
  {
    view: fc.constantFrom('', 'type=transfer', 'origin=LA&event=2023-11-29-boten-deportation'),
    caption: text(400),
    caption_zh: text(400),
    annotation,
  },
  { requiredKeys: ['view', 'caption'] },
);

const story: fc.Arbitrary<Story> = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    title: text(80),
    title_zh: text(80),
    version: fc.constantFrom('2026-11-30.1', '2026-01-01.1'),
    steps: fc.array(step, { minLength: 1, maxLength: 8 }),
  },
  { requiredKeys: ['id', 'title', 'steps'] },
);

describe('story links', () => {
  it('decode(encode(story)) equals the story, and the value is link-safe', async () => {
    await fc.assert(
      fc.asyncProperty(story, async (s) => {
        expect(storySchema.safeParse(s).success).toBe(true);
        const value = await encodeStory(s);
        expect(value).toMatch(STORY_LINK_RE);
        expect(await decodeStory(value)).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });

  it('compresses: a real eight-step story fits a link several times over', async () => {
    const value = await encodeStory({
      id: 'long',
      title: 'Long',
      steps: Array.from({ length: 8 }, (_, i) => ({
        view: `from=2023-0${i + 1}-01&type=transfer&origin=MM`,
        caption: `Step ${i + 1}: the official count of suspects delivered from northern Myanmar grows.`,
      })),
    });
    expect(fitsLink(value)).toBe(true);
    expect(value.length).toBeLessThan(1000);
  });

  it('reads a damaged, foreign or invalid value as no story', async () => {
    const good = await encodeStory({ id: 'a', title: 'A', steps: [{ view: '', caption: 'x' }] });
    expect(await decodeStory(good.slice(0, -6))).toBeNull();
    expect(await decodeStory('z1.!!!')).toBeNull();
    expect(await decodeStory('from-31000-to-57000')).toBeNull();
    const noSteps = await encodeStory({ id: 'a', title: 'A', steps: [] } as unknown as Story);
    expect(await decodeStory(noSteps)).toBeNull();
  });
});
