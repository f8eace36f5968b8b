// Interface strings of stories: playing, the story panel, links and files.
import type { Messages } from '@/ui/i18n';

export type StoriesMessageKey = 'stepPosition' | 'storyCaption' | 'loadingStory';

export const STORIES_MESSAGES: Messages<StoriesMessageKey> = {
  en: {
    stepPosition: 'Step {n} of {m}',
    storyCaption: 'Story caption',
    loadingStory: 'Loading the story…',
  },
  zh: {
    stepPosition: '第 {n} / {m} 步',
    storyCaption: '故事说明',
    loadingStory: '正在载入故事…',
  },
};
