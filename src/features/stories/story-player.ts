// Plays the story named by the link: resolves it, applies each step's view, and pins its note.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { create } from 'zustand';
import type { DatasetIndex } from '@/domain/dataset-index';
import { useAnnotation } from '@/state/annotation';
import { useAtlasIndex } from '@/state/atlas-context';
import { parseQuery, type IgnoredParam } from '@/state/url-codec';
import { replaceView, useLinkNotice, viewCheckedAgainst } from '@/state/url-sync';
import { useViewStore, type ViewState } from '@/state/view-store';
import { storiesQueryOptions } from './stories-query';
import { decodeStory } from './story-link';
import type { Story, StoryStep } from './story-schema';

interface PlayingStory {
  story: Story;
  /** From 1. */
  step: number;
}

export const usePlayingStory = create<{ playing: PlayingStory | null }>()(() => ({
  playing: null,
}));

/**
 * The part of the view a step sets, a paused playback run included (every step sets it, so a
 * step without one ends the run); mode, language and theme stay the reader's.
 */
export function stepView(
  step: StoryStep,
  index: DatasetIndex,
): Pick<ViewState, 'filters' | 'selectedId' | 'selectedTally' | 'map' | 'scale' | 'play'> {
  const { view } = viewCheckedAgainst(parseQuery(step.view).view, index);
  const { filters, selectedId, selectedTally, map, scale, play } = view;
  return { filters, selectedId, selectedTally, map, scale, play };
}

function noteIgnored(param: IgnoredParam): void {
  useLinkNotice.setState((notice) => ({
    ignored: notice.ignored.some((p) => p.key === param.key && p.value === param.value)
      ? notice.ignored
      : [...notice.ignored, param],
    dismissed: false,
  }));
}

const isEncoded = (param: string) => param.startsWith('z1.');

/** The story a `story` value names: undefined while it is being read, null when there is none. */
function useResolvedStory(param: string | null): Story | null | undefined {
  const bundled = useQuery({
    ...storiesQueryOptions(),
    enabled: param !== null && !isEncoded(param),
  });
  const [decoded, setDecoded] = useState<{ param: string; story: Story | null } | null>(null);
  useEffect(() => {
    if (param === null || !isEncoded(param)) return;
    let live = true;
    void decodeStory(param).then((story) => {
      if (live) setDecoded({ param, story });
    });
    return () => {
      live = false;
    };
  }, [param]);
  if (param === null) return null;
  if (isEncoded(param)) return decoded?.param === param ? decoded.story : undefined;
  if (bundled.isError) return null;
  if (!bundled.data) return undefined;
  return bundled.data.find((s) => s.id === param) ?? null;
}

/** Call once, after the URL sync: the store's `story` and `step` drive the rest of the page. */
export function useStoryPlayer(): void {
  const index = useAtlasIndex();
  const param = useViewStore((s) => s.story);
  const step = useViewStore((s) => s.step);
  const presenting = useViewStore((s) => s.mode === 'present');
  const lang = useViewStore((s) => s.lang);
  const story = useResolvedStory(param);
  const applied = useRef<string | null>(null);

  useLayoutEffect(() => {
    if (param === null) {
      applied.current = null;
      usePlayingStory.setState({ playing: null });
      useLinkNotice.setState({ storyVersion: null });
      return;
    }
    if (story === undefined) return;
    if (story === null) {
      noteIgnored({ key: 'story', value: param, reason: 'unknown-story' });
      replaceView({ story: null, step: null });
      return;
    }
    let at = step ?? 1;
    if (at > story.steps.length) {
      noteIgnored({ key: 'step', value: String(at), reason: 'unknown-step' });
      at = 1;
    }
    const key = `${param}|${at}`;
    if (applied.current === key && !presenting) {
      // Present mode was left (Esc or the Present button): the view of this step stays, the story ends.
      replaceView({ story: null, step: null });
      return;
    }
    usePlayingStory.setState({ playing: { story, step: at } });
    if (applied.current === key) return;
    applied.current = key;
    useLinkNotice.setState({ storyVersion: story.version ?? null });
    const current = story.steps[at - 1];
    if (current) replaceView({ ...stepView(current, index), mode: 'present', step: at });
  }, [param, step, story, presenting, index]);

  const playing = usePlayingStory((s) => s.playing);
  const note = playing?.story.steps[playing.step - 1]?.annotation;
  const annotation = useMemo(
    () =>
      note
        ? {
            date: note.date,
            place: note.place,
            label: (lang === 'zh' ? note.label_zh : undefined) ?? note.label,
          }
        : null,
    [note, lang],
  );
  useEffect(() => {
    useAnnotation.setState({ annotation });
  }, [annotation]);
}
