// What present mode shows of a playing story: "Step 3 of 8", the title, the caption, and the keys' moves.
import { useMemo } from 'react';
import { useViewStore } from '@/state/view-store';
import { formatNumber } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { STORIES_MESSAGES } from './stories-messages';
import { usePlayingStory } from './story-player';
import './stories.css';

/** Moves between steps for present mode's keys; null when no story plays. */
export interface StorySequence {
  count: number;
  /** From 1. */
  current: number;
  go: (step: number) => void;
  leave: () => void;
}

export function useStorySequence(): StorySequence | null {
  const playing = usePlayingStory((s) => s.playing);
  return useMemo(
    () =>
      playing && {
        count: playing.story.steps.length,
        current: playing.step,
        // A step is a discrete move: its own history entry (the player then fills in its view).
        go: (step: number) => useViewStore.setState({ step }),
        leave: () => useViewStore.setState({ mode: 'normal', story: null, step: null }),
      },
    [playing],
  );
}

export function StoryPosition() {
  const t = useMessages(STORIES_MESSAGES);
  const lang = useLang();
  const playing = usePlayingStory((s) => s.playing);
  if (!playing) return null;
  return (
    <p className="present-position" aria-live="polite" data-story-step={playing.step}>
      {fill(t.stepPosition, {
        n: formatNumber(playing.step, lang),
        m: formatNumber(playing.story.steps.length, lang),
      })}
    </p>
  );
}

export function StoryTitle() {
  const lang = useLang();
  const story = usePlayingStory((s) => s.playing?.story);
  if (!story) return null;
  return <p className="present-title">{(lang === 'zh' ? story.title_zh : null) ?? story.title}</p>;
}

export function StoryCaption() {
  const t = useMessages(STORIES_MESSAGES);
  const lang = useLang();
  const playing = usePlayingStory((s) => s.playing);
  const step = playing?.story.steps[playing.step - 1];
  if (!step) return null;
  const caption = (lang === 'zh' ? step.caption_zh : undefined) ?? step.caption;
  return (
    <p className="story-caption" aria-label={t.storyCaption} lang={lang === 'zh' ? 'zh' : 'en'}>
      {caption}
    </p>
  );
}
