// The draft: steps move where they are put, and what is kept in localStorage comes back, damaged or not.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_KEY, EMPTY_DRAFT, moved, storyFileName } from './story-draft';

describe('storyFileName', () => {
  it('names the file after the title, in any script, else the id', () => {
    const named = (title: string) => storyFileName({ ...EMPTY_DRAFT, title });
    expect(named('Test story')).toBe('test-story.story.json');
    expect(named('From 31,000 to 57,000!')).toBe('from-31-000-to-57-000.story.json');
    expect(named('从三万一到五万七')).toBe('从三万一到五万七.story.json');
    expect(named('../..//')).toBe('my-story.story.json');
  });
});

describe('moved', () => {
  it('moves one item and keeps the others in order', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moved(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
    expect(moved(['a'], 3, 0)).toEqual(['a']);
  });
});

describe('the kept draft', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.resetModules();
  });

  it('survives a reload: a fresh module reads what the last one wrote', async () => {
    const first = await import('./story-draft');
    first.useStoryDraft.getState().addStep('type=transfer', '', '2026-11-30.1');
    first.useStoryDraft.getState().setCaption(0, 'Transfers');
    vi.resetModules();
    const second = await import('./story-draft');
    expect(second.useStoryDraft.getState().draft).toEqual({
      ...EMPTY_DRAFT,
      version: '2026-11-30.1',
      steps: [{ view: 'type=transfer', caption: 'Transfers' }],
    });
  });

  it('starts afresh from a damaged or foreign entry', async () => {
    localStorage.setItem(DRAFT_KEY, '{"id":"x","steps":"<script>"}');
    const { useStoryDraft } = await import('./story-draft');
    expect(useStoryDraft.getState().draft).toEqual(EMPTY_DRAFT);
  });

  it('puts a deleted step back where it was, and never past the step limit', async () => {
    const { useStoryDraft } = await import('./story-draft');
    const draft = useStoryDraft.getState();
    for (const view of ['a', 'b', 'c']) draft.addStep(`q=${view}`, view, '1');
    const removed = useStoryDraft.getState().draft.steps[1]!;
    draft.removeStep(1);
    draft.insertStep(1, removed);
    expect(useStoryDraft.getState().draft.steps.map((s) => s.caption)).toEqual(['a', 'b', 'c']);
    // Steps deleted since: the step goes at the end.
    draft.removeStep(2);
    draft.removeStep(1);
    draft.insertStep(5, removed);
    expect(useStoryDraft.getState().draft.steps.map((s) => s.caption)).toEqual(['a', 'b']);
    for (let i = 2; i < 50; i++) draft.addStep(`q=${i}`, String(i), '1');
    draft.insertStep(0, removed);
    expect(useStoryDraft.getState().draft.steps).toHaveLength(50);
    expect(useStoryDraft.getState().draft.steps[0]!.caption).toBe('a');
  });
});
