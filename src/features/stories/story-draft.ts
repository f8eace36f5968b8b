// The story a presenter is building: steps added from views, captioned and ordered, kept in localStorage.
import { z } from 'zod';
import { create } from 'zustand';
import {
  MAX_CAPTION,
  MAX_STEPS,
  stepSchema,
  storySchema,
  type Story,
  type StoryStep,
} from './story-schema';

export const DRAFT_KEY = 'crackdown-atlas.story-draft';

/** A draft may have no steps yet and steps not yet captioned; a file or a link may not. */
const draftSchema = storySchema.extend({
  steps: z.array(stepSchema.extend({ caption: z.string().max(MAX_CAPTION) })).max(MAX_STEPS),
});

export const EMPTY_DRAFT: Story = { id: 'my-story', title: 'My story', steps: [] };

/**
 * The exported file's name, from the story's title as the presenter wrote it ("Test story" →
 * test-story.story.json; letters of any script kept), else its id.
 */
export function storyFileName(story: Story): string {
  const words = story.title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-')
    .slice(0, 60);
  return `${words || story.id}.story.json`;
}

/** Moves the item at `from` to `to` (both clamped), returning a new array. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.max(0, Math.min(next.length, to)), 0, item);
  return next;
}

function loadDraft(): Story {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    if (raw === null) return EMPTY_DRAFT;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY_DRAFT;
  } catch {
    // Storage blocked or the entry damaged: start afresh rather than break the page.
    return EMPTY_DRAFT;
  }
}

interface DraftActions {
  addStep: (view: string, caption: string, version: string) => void;
  setTitle: (title: string) => void;
  setCaption: (at: number, caption: string) => void;
  moveStep: (from: number, to: number) => void;
  removeStep: (at: number) => void;
  /** Puts a step back at `at` (an undone Delete), or at the end if the story has since grown shorter. */
  insertStep: (at: number, step: StoryStep) => void;
  replace: (story: Story) => void;
}

export const useStoryDraft = create<{ draft: Story } & DraftActions>()((set) => ({
  draft: loadDraft(),
  addStep: (view, caption, version) =>
    set(({ draft }) =>
      draft.steps.length >= MAX_STEPS
        ? { draft }
        : { draft: { ...draft, version, steps: [...draft.steps, { view, caption }] } },
    ),
  setTitle: (title) => set(({ draft }) => ({ draft: { ...draft, title } })),
  setCaption: (at, caption) =>
    set(({ draft }) => ({
      draft: {
        ...draft,
        steps: draft.steps.map((step, i) => (i === at ? { ...step, caption } : step)),
      },
    })),
  moveStep: (from, to) =>
    set(({ draft }) => ({ draft: { ...draft, steps: moved(draft.steps, from, to) } })),
  removeStep: (at) =>
    set(({ draft }) => ({ draft: { ...draft, steps: draft.steps.filter((_, i) => i !== at) } })),
  insertStep: (at, step) =>
    set(({ draft }) =>
      draft.steps.length >= MAX_STEPS
        ? { draft }
        : { draft: { ...draft, steps: draft.steps.toSpliced(at, 0, step) } },
    ),
  replace: (story) => set({ draft: story }),
}));

useStoryDraft.subscribe(({ draft }, prev) => {
  if (draft === prev.draft) return;
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Full or blocked storage: the draft lives on in this tab; export keeps it safe.
  }
});
