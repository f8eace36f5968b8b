// Copy link: the Clipboard API first, then the textarea fallback, then the link shown to copy by hand.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyLinkButton } from './copy-link-button';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('CopyLinkButton', () => {
  it('copies the current address and confirms', async () => {
    window.history.replaceState(null, '', '/?type=raid&v=1');
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    render(<CopyLinkButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?type=raid&v=1`);
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  it('shows the link in a selectable field when no way of copying works', async () => {
    window.history.replaceState(null, '', '/?origin=LA');
    stubClipboard(() => Promise.reject(new Error('denied')));
    // jsdom has no execCommand; the fallback then reports failure.
    document.execCommand = vi.fn(() => false);
    render(<CopyLinkButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Copy this link:' });
    expect(field).toHaveValue(`${window.location.origin}/?origin=LA`);
    expect(document.execCommand).toHaveBeenCalledWith('copy');
    expect(screen.queryByText('Link copied')).toBeNull();
  });
});
