// The story format of docs/stories.md: zod shapes and a validator with plain-words errors, like the dataset's.
import { z } from 'zod';
import { isoDate, slug, text } from '@/data/schema';
import { formatPath, issueMessage } from '@/data/validate';
import { parseQuery } from '@/state/url-codec';
import { URL_KEYS, type UrlKey } from '@/state/url-keys';

export const MAX_STEPS = 50;
export const MAX_CAPTION = 400;
const MAX_LABEL = 80;
const MAX_VIEW = 2000;

/** How the page is shown (language, mode, embed view) and which story plays: never part of a step. */
const NOT_A_VIEW: readonly UrlKey[] = ['lang', 'mode', 'view', 'story', 'step', 'v'];
/** What a step's view may set: what the views show, in link order. */
export const STEP_VIEW_KEYS: readonly UrlKey[] = URL_KEYS.filter(
  (key) => !NOT_A_VIEW.includes(key),
);

const longer = (max: number) => ({ error: () => `is longer than ${max} characters` });

/** A view as the query string of its link; every key must be one the step may set, with a usable value. */
const stepView = z
  .string()
  .max(MAX_VIEW, longer(MAX_VIEW))
  .superRefine((value, ctx) => {
    const query = value.replace(/^\?/, '');
    for (const pair of query.split('&')) {
      const key = pair.split('=')[0] ?? '';
      if (key && !(STEP_VIEW_KEYS as readonly string[]).includes(key))
        ctx.addIssue({
          code: 'custom',
          message: `"${key}" is not part of a step's view (only ${STEP_VIEW_KEYS.join(', ')})`,
        });
    }
    for (const p of parseQuery(query).ignored)
      if ((STEP_VIEW_KEYS as readonly string[]).includes(p.key))
        ctx.addIssue({
          code: 'custom',
          message: `${p.key}=${p.value} cannot be used (${p.reason.replace(/-/g, ' ')})`,
        });
  });

const label = text.max(MAX_LABEL, longer(MAX_LABEL));
const caption = text.max(MAX_CAPTION, longer(MAX_CAPTION));

/** A note pinned to a date (a rule on the timeline and the chart) or to a place (a callout on the map). */
const annotationSchema = z
  .strictObject({
    date: isoDate.optional(),
    place: slug.optional(),
    label,
    label_zh: label.optional(),
  })
  .refine((a) => (a.date === undefined) !== (a.place === undefined), {
    error: 'needs either a date or a place (one of them, not both)',
  });

export const stepSchema = z.strictObject({
  view: stepView,
  caption,
  caption_zh: caption.optional(),
  annotation: annotationSchema.optional(),
});

export const storySchema = z.strictObject({
  id: slug,
  title: label,
  title_zh: label.optional(),
  /** The dataset version the story was made with; another version says so when it plays. */
  version: z.string().max(120, longer(120)).optional(),
  steps: z
    .array(stepSchema)
    .min(1, { error: 'needs at least one step' })
    .max(MAX_STEPS, { error: `has more than ${MAX_STEPS} steps` }),
});

/** The file form: `public/data/stories.json`, and what Export writes and Import reads. */
const storyFileSchema = z.strictObject({ stories: z.array(storySchema) });

export type StoryStep = z.infer<typeof stepSchema>;
export type Story = z.infer<typeof storySchema>;

type StoriesResult = { ok: true; stories: Story[] } | { ok: false; errors: string[] };

/** Validates a parsed stories file; never throws. Errors read like `stories[0].steps[2].caption: …`. */
export function validateStories(raw: unknown): StoriesResult {
  const parsed = storyFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (issue) => `${formatPath(issue.path) || 'file'}: ${issueMessage(issue)}`,
      ),
    };
  const seen = new Map<string, number>();
  const errors: string[] = [];
  parsed.data.stories.forEach((story, i) => {
    const first = seen.get(story.id);
    if (first !== undefined)
      errors.push(`stories[${i}].id: "${story.id}" is used twice (first at stories[${first}])`);
    else seen.set(story.id, i);
  });
  return errors.length ? { ok: false, errors } : { ok: true, stories: parsed.data.stories };
}

/** Reads a stories file's text: JSON errors are named like shape errors. */
export function parseStoriesText(body: string): StoriesResult {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    return {
      ok: false,
      errors: [`file: not JSON (${err instanceof Error ? err.message : 'unreadable'})`],
    };
  }
  return validateStories(raw);
}
