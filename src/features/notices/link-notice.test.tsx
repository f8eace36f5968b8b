// The link notice: names what was ignored, the version mismatch and a missing event; dismissible.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetLinkNotice, useLinkNotice } from '@/state/url-sync';
import { useViewStore } from '@/state/view-store';
import { LinkNotice } from './link-notice';

beforeEach(resetLinkNotice);

describe('LinkNotice', () => {
  it('shows nothing for a clean link of the loaded version', () => {
    useLinkNotice.setState({ linkVersion: 'v1', datasetVersion: 'v1' });
    render(<LinkNotice />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('names every ignored part with its reason, the version and the missing event', async () => {
    useLinkNotice.setState({
      ignored: [
        { key: 'foo', value: '<b>bar</b>', reason: 'unknown-key' },
        { key: 'type', value: 'kidnap', reason: 'unknown-type' },
      ],
      linkVersion: '2026-01-01.1',
      datasetVersion: '2026-11-23.1',
      missingEventId: 'x',
    });
    render(<LinkNotice />);
    const notice = screen.getByRole('status', { name: 'About this link' });
    expect(notice).toHaveTextContent(
      'Ignored in the link: foo=<b>bar</b> (unknown key), type=kidnap (unknown type)',
    );
    expect(notice).toHaveTextContent(
      'This link was made with dataset 2026-01-01.1; you are viewing 2026-11-23.1. Some events may differ.',
    );
    expect(notice).toHaveTextContent('The linked event “x” is not in this dataset.');
    // Link text is text, never markup.
    expect(notice.querySelector('b')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says when a playing story was made with another dataset version, and not when the same', () => {
    useLinkNotice.setState({ storyVersion: '2026-11-30.1', datasetVersion: '2026-11-30.1' });
    const { unmount } = render(<LinkNotice />);
    expect(screen.queryByRole('status')).toBeNull();
    unmount();
    useLinkNotice.setState({ storyVersion: '2026-01-01.1' });
    render(<LinkNotice />);
    expect(screen.getByRole('status', { name: 'About this link' })).toHaveTextContent(
      'This story was made with dataset 2026-01-01.1; you are viewing 2026-11-30.1. Its captions may not match every figure.',
    );
  });

  it('names a replaced event and the event shown instead, as text', () => {
    useLinkNotice.setState({
      replacedEvent: { from: '2023-11-21-old<i>x</i>', to: '2023-11-16-laukkai-ming-arrests' },
    });
    render(<LinkNotice />);
    const notice = screen.getByRole('status', { name: 'About this link' });
    expect(notice).toHaveTextContent(
      'The linked event “2023-11-21-old<i>x</i>” was merged into “2023-11-16-laukkai-ming-arrests” when the dataset was corrected; showing that event.',
    );
    expect(notice.querySelector('i')).toBeNull();
  });

  it('caps a flood of ignored parts and speaks Chinese', () => {
    useViewStore.setState({ lang: 'zh' });
    useLinkNotice.setState({
      ignored: Array.from({ length: 10 }, (_, i) => ({
        key: `k${i}`,
        value: 'v'.repeat(100),
        reason: 'unknown-key' as const,
      })),
    });
    render(<LinkNotice />);
    const notice = screen.getByRole('status', { name: '关于此链接' });
    expect(notice).toHaveTextContent('链接中已忽略：');
    expect(notice).toHaveTextContent('另有 4 项');
    expect(notice).not.toHaveTextContent('k6=');
    expect(notice.textContent?.length).toBeLessThan(600);
  });
});
