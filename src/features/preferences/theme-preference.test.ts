// The theme choice: parsed defensively, remembered per reader, mirrored on <html>, seeded at start.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useViewStore } from '@/state/view-store';
import {
  applyTheme,
  parseTheme,
  readStoredTheme,
  storeTheme,
  THEME_STORAGE_KEY,
  useThemePreference,
} from './theme-preference';

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  vi.restoreAllMocks();
});

describe('parseTheme', () => {
  it('accepts the three themes and nothing else', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('system')).toBe('system');
    expect(parseTheme('Dark')).toBeNull();
    expect(parseTheme('')).toBeNull();
    expect(parseTheme(null)).toBeNull();
  });
});

describe('stored theme', () => {
  it('round-trips a choice and forgets it for system', () => {
    expect(readStoredTheme()).toBe('system');
    storeTheme('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(readStoredTheme()).toBe('dark');
    storeTheme('system');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(readStoredTheme()).toBe('system');
  });

  it('treats a tampered value as no choice', () => {
    localStorage.setItem(THEME_STORAGE_KEY, '<script>');
    expect(readStoredTheme()).toBe('system');
  });

  it('survives a storage that throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('blocked');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('blocked');
    });
    expect(readStoredTheme()).toBe('system');
    expect(() => storeTheme('dark')).not.toThrow();
  });
});

describe('applyTheme', () => {
  it('sets data-theme for light and dark and removes it for system', () => {
    const root = document.documentElement;
    applyTheme('dark');
    expect(root).toHaveAttribute('data-theme', 'dark');
    applyTheme('light');
    expect(root).toHaveAttribute('data-theme', 'light');
    applyTheme('system');
    expect(root).not.toHaveAttribute('data-theme');
  });
});

describe('useThemePreference', () => {
  it('seeds the store from storage and follows later changes', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    renderHook(() => useThemePreference());
    expect(useViewStore.getState().theme).toBe('dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    act(() => useViewStore.getState().setTheme('system'));
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('leaves the system setting in charge when nothing is stored', () => {
    renderHook(() => useThemePreference());
    expect(useViewStore.getState().theme).toBe('system');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });
});
