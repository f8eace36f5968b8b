// Language and theme switches of the page header.
import type { ReactNode } from 'react';
import { useViewStore, type Lang, type Theme } from '@/state/view-store';
import { useMessages } from '@/ui/i18n';
import { moveFocusInGroup, tabStop } from '@/ui/roving-focus';
import { PREFERENCES_MESSAGES } from './preferences-messages';
import { storeTheme } from './theme-preference';
import './preferences.css';

/** Each language is named in itself, so a reader who cannot read the current one still finds theirs. */
const LANGUAGES: { lang: Lang; name: string; htmlLang: string }[] = [
  { lang: 'en', name: 'English', htmlLang: 'en' },
  { lang: 'zh', name: '中文', htmlLang: 'zh-CN' },
];

const THEMES: Theme[] = ['system', 'light', 'dark'];

function Switch({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="pref-switch" role="group" aria-label={label} onKeyDown={moveFocusInGroup}>
      {children}
    </div>
  );
}

export function PreferenceActions() {
  const t = useMessages(PREFERENCES_MESSAGES);
  const lang = useViewStore((s) => s.lang);
  const theme = useViewStore((s) => s.theme);
  const mode = useViewStore((s) => s.mode);
  const setLang = useViewStore((s) => s.setLang);
  const setTheme = useViewStore((s) => s.setTheme);
  // An embedded view has no chrome: the host page, not the reader, frames it.
  if (mode === 'embed') return null;

  return (
    <div className="preference-actions">
      <Switch label={t.language}>
        {LANGUAGES.map((l, index) => (
          <button
            key={l.lang}
            type="button"
            lang={l.htmlLang}
            aria-pressed={lang === l.lang}
            tabIndex={index === tabStop(LANGUAGES.map((x) => x.lang === lang)) ? 0 : -1}
            onClick={() => setLang(l.lang)}
          >
            {l.name}
          </button>
        ))}
      </Switch>
      <Switch label={t.theme}>
        {THEMES.map((value, index) => (
          <button
            key={value}
            type="button"
            aria-pressed={theme === value}
            tabIndex={index === tabStop(THEMES.map((x) => x === theme)) ? 0 : -1}
            onClick={() => {
              storeTheme(value);
              setTheme(value);
            }}
          >
            {t[value]}
          </button>
        ))}
      </Switch>
    </div>
  );
}
