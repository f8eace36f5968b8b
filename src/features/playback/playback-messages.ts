// Interface strings of timeline playback.
import type { Messages } from '@/ui/i18n';

type PlaybackMessageKey =
  'label' | 'play' | 'pause' | 'stepMonth' | 'speed' | 'position' | 'ended' | 'reduced';

export const PLAYBACK_MESSAGES: Messages<PlaybackMessageKey> = {
  en: {
    label: 'Playback',
    play: 'Play',
    pause: 'Pause',
    stepMonth: '+1 month',
    speed: 'Speed',
    position: 'Up to {date}',
    ended: 'End of run: {date}',
    reduced: 'Reduced motion: one month per press',
  },
  zh: {
    label: '播放',
    play: '播放',
    pause: '暂停',
    stepMonth: '+1 个月',
    speed: '速度',
    position: '截至 {date}',
    ended: '播放结束：{date}',
    reduced: '减少动态效果：每按一次前进一个月',
  },
};
