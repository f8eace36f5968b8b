// The draft: steps move where they are put, and what is kept in localStorage comes back, damaged or not.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_KEY, EMPTY_DRAFT, moved } from './story-draft';

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
});
