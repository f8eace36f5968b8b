// The header switches: language into the store, theme into the store and the reader's storage.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useViewStore } from '@/state/view-store';
import { PreferenceActions } from './preference-actions';
import { THEME_STORAGE_KEY } from './theme-preference';

afterEach(() => localStorage.clear());

describe('PreferenceActions', () => {
  it('switches the language and names each language in itself', async () => {
    const user = userEvent.setup();
    render(<PreferenceActions />);
    const english = screen.getByRole('button', { name: 'English' });
    const chinese = screen.getByRole('button', { name: '中文' });
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(chinese).toHaveAttribute('lang', 'zh-CN');
    await user.click(chinese);
    expect(useViewStore.getState().lang).toBe('zh');
    // The interface now speaks Chinese, the language names stay as they are.
    expect(screen.getByRole('group', { name: '主题' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '深色' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('sets the theme and remembers it for the reader, forgetting it for System', async () => {
    const user = userEvent.setup();
    render(<PreferenceActions />);
    expect(screen.getByRole('button', { name: 'System' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Dark' }));
    expect(useViewStore.getState().theme).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(screen.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'System' }));
    expect(useViewStore.getState().theme).toBe('system');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('stays out of an embedded view', () => {
    useViewStore.setState({ mode: 'embed' });
    const { container } = render(<PreferenceActions />);
    expect(container).toBeEmptyDOMElement();
  });
});
