// What present mode shows of a playing story: "Step 3 of 8", the title, the caption, and the keys' moves.
import { useEffect, useMemo, useRef } from 'react';
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

/**
 * "Step 3 of 8" between buttons to the step before and after: a phone has no keys to press, and a
 * presenter without a clicker clicks.
 */
export function StoryPosition() {
  const t = useMessages(STORIES_MESSAGES);
  const lang = useLang();
  const sequence = useStorySequence();
  if (!sequence) return null;
  const { current, count, go } = sequence;
  return (
    <div className="story-stepper">
      <button
        type="button"
        aria-label={t.previousStep}
        title={t.previousStep}
        disabled={current <= 1}
        onClick={() => go(current - 1)}
      >
        ‹
      </button>
      <p className="present-position" aria-live="polite" data-story-step={current}>
        {fill(t.stepPosition, { n: formatNumber(current, lang), m: formatNumber(count, lang) })}
      </p>
      <button
        type="button"
        aria-label={t.nextStep}
        title={t.nextStep}
        disabled={current >= count}
        onClick={() => go(current + 1)}
      >
        ›
      </button>
    </div>
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
  const at = playing?.step;
  const step = at === undefined ? undefined : playing?.story.steps[at - 1];
  const ref = useRef<HTMLParagraphElement>(null);
  const shownAt = useRef(at);
  // A new step's words come into sight: on a phone the page may be scrolled down to the chart when
  // the sticky bar's › is tapped, and the caption changed above, unseen.
  useEffect(() => {
    if (shownAt.current === at) return;
    shownAt.current = at;
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [at]);
  if (!step) return null;
  const caption = (lang === 'zh' ? step.caption_zh : undefined) ?? step.caption;
  return (
    <p
      ref={ref}
      className="story-caption"
      aria-label={t.storyCaption}
      lang={lang === 'zh' ? 'zh' : 'en'}
    >
      {caption}
    </p>
  );
}
