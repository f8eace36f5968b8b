// Interface strings of the language and theme switches, in English and Simplified Chinese.
import type { Messages } from '@/ui/i18n';

type PreferencesMessageKey = 'label' | 'language' | 'theme' | 'system' | 'light' | 'dark';

export const PREFERENCES_MESSAGES: Messages<PreferencesMessageKey> = {
  en: {
    label: 'Language and theme',
    language: 'Language',
    theme: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  zh: {
    label: '语言与主题',
    language: '语言',
    theme: '主题',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
  },
};
