// The test switch breaks only the region it names, and Retry brings that region back once it is cleared.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BREAK_REGION_KEY, BreakSwitch, brokenArea } from './break-switch';
import { RegionBoundary } from './region-boundary';

function TwoRegions() {
  return (
    <>
      <RegionBoundary label="Chart">
        <BreakSwitch area="chart" />
        <p>chart works</p>
      </RegionBoundary>
      <RegionBoundary label="Map">
        <BreakSwitch area="map" />
        <p>map works</p>
      </RegionBoundary>
    </>
  );
}

describe('BreakSwitch', () => {
  beforeEach(() => {
    // React reports every caught error on the console; these are the ones this test provokes.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    window.localStorage.clear();
    vi.restoreAllMocks();
  });

  it('renders nothing when the switch is off', () => {
    render(<TwoRegions />);
    expect(screen.getByText('chart works')).toBeInTheDocument();
    expect(screen.getByText('map works')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('breaks only the named region; Retry restores it once the switch is cleared', () => {
    window.localStorage.setItem(BREAK_REGION_KEY, 'chart');
    render(<TwoRegions />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Chart failed: the chart region was broken on purpose');
    expect(screen.queryByText('chart works')).toBeNull();
    expect(screen.getByText('map works')).toBeInTheDocument();

    // Still switched on: Retry renders again and fails again, rather than showing stale content.
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();

    window.localStorage.removeItem(BREAK_REGION_KEY);
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('chart works')).toBeInTheDocument();
  });

  it('treats blocked storage as switched off', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(brokenArea()).toBeNull();
    render(<TwoRegions />);
    expect(screen.getByText('chart works')).toBeInTheDocument();
  });
});
