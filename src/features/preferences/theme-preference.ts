// The reader's theme: a personal choice kept in localStorage (never in shared links), mirrored on <html data-theme>.
import { useLayoutEffect } from 'react';
import { useViewStore, type Theme } from '@/state/view-store';

export const THEME_STORAGE_KEY = 'crackdown-atlas-theme';

/** A stored value as a theme; anything else (tampered, from an older build) counts as no choice. */
export function parseTheme(value: string | null | undefined): Theme | null {
  return value === 'light' || value === 'dark' || value === 'system' ? value : null;
}

// Storage throws in some sandboxed iframes (embed mode) and private windows: the theme then lives for the page only.
function themeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readStoredTheme(): Theme {
  try {
    return parseTheme(themeStorage()?.getItem(THEME_STORAGE_KEY)) ?? 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the choice; "system" forgets it so a later change of the system setting applies again. */
export function storeTheme(theme: Theme): void {
  try {
    const storage = themeStorage();
    if (theme === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // A full or blocked storage only costs the memory of the choice, not the switch itself.
  }
}

/** data-theme overrides prefers-color-scheme in the CSS; without it the system setting applies. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else if (root.dataset.theme !== theme) root.dataset.theme = theme;
}

/** Seeds the store from storage once and keeps <html data-theme> in step with it; used at the app root. */
export function useThemePreference(): void {
  const theme = useViewStore((s) => s.theme);
  useLayoutEffect(() => {
    const stored = readStoredTheme();
    if (stored !== 'system') useViewStore.getState().setTheme(stored);
  }, []);
  useLayoutEffect(() => applyTheme(theme), [theme]);
}
