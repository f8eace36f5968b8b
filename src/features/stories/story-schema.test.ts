// The story format: what it takes, and the plain-words errors naming the bad field for what it refuses.
import { describe, expect, it } from 'vitest';
import { parseStoriesText, validateStories, type Story } from './story-schema';

const story: Story = {
  id: 'two-steps',
  title: 'Two steps',
  steps: [
    { view: 'type=transfer&event=2023-11-18-muse-handover', caption: 'Muse hands over 571.' },
    {
      view: 'origin=LA&scale=log',
      caption: 'Laos',
      caption_zh: '老挝',
      annotation: { date: '2023-11-29', label: 'Boten' },
    },
  ],
};

describe('validateStories', () => {
  it('takes a well-formed file as it is', () => {
    expect(validateStories({ stories: [story] })).toEqual({ ok: true, stories: [story] });
  });

  it('names the record and field of each problem in plain words', () => {
    const bad = {
      stories: [
        {
          ...story,
          id: 'Two Steps',
          steps: [
            { view: 'type=kidnap&mode=present', caption: '' },
            { view: 'map=abc', caption: 'x', annotation: { label: 'nowhere' } },
          ],
        },
      ],
    };
    const result = validateStories(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'stories[0].id: expected an id of lower-case letters, digits and dashes, got "Two Steps"',
      'stories[0].steps[0].view: "mode" is not part of a step\'s view (only from, to, play, type, origin, place, actor, q, event, tally, map, scale)',
      'stories[0].steps[0].view: type=kidnap cannot be used (unknown type)',
      'stories[0].steps[0].caption: must not be empty',
      'stories[0].steps[1].view: map=abc cannot be used (bad map)',
      'stories[0].steps[1].annotation: needs either a date or a place (one of them, not both)',
    ]);
  });

  it('refuses a story without steps, unknown fields and a repeated id', () => {
    const empty = validateStories({ stories: [{ ...story, steps: [] }] });
    expect(empty).toEqual({ ok: false, errors: ['stories[0].steps: needs at least one step'] });
    const extra = validateStories({ stories: [{ ...story, script: '<b>' }] });
    expect(extra).toEqual({ ok: false, errors: ['stories[0]: unknown field script'] });
    const twice = validateStories({ stories: [story, story] });
    expect(twice).toEqual({
      ok: false,
      errors: ['stories[1].id: "two-steps" is used twice (first at stories[0])'],
    });
  });

  it('says when a file is not JSON or not a stories file', () => {
    const notJson = parseStoriesText('{');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.errors[0]).toMatch(/^file: not JSON/);
    expect(parseStoriesText('[]')).toEqual({
      ok: false,
      errors: ['file: expected object, got a list of 0'],
    });
  });
});
