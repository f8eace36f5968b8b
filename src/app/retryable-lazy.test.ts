import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from './retryable-lazy';

describe('failedModuleUrl', () => {
  it("reads the chunk's URL from Chromium's and Firefox's import errors", () => {
    expect(
      failedModuleUrl(
        new TypeError(
          'Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/map-panel-CLJ-17C-.js',
        ),
      ),
    ).toBe('http://127.0.0.1:4173/assets/map-panel-CLJ-17C-.js');
    expect(
      failedModuleUrl(
        new TypeError(
          'error loading dynamically imported module: https://atlas.example/assets/chart-panel-x1.js?retry=1',
        ),
      ),
    ).toBe('https://atlas.example/assets/chart-panel-x1.js');
  });

  it('gives nothing when the error names no module', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl('not an error')).toBeNull();
    expect(
      failedModuleUrl(new Error('see http://example.com/page for help, then retry')),
    ).toBeNull();
  });
});
