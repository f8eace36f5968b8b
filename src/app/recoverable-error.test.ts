import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportRecoverableError } from './recoverable-error';

describe('reportRecoverableError', () => {
  afterEach(() => vi.restoreAllMocks());

  it("names the error React's wrapper carries as its cause", () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const cause = new Error('the chart region was broken on purpose for a test');
    const wrapper = new Error('Minified React error #520', { cause });
    reportRecoverableError(wrapper);
    expect(log).toHaveBeenCalledWith(
      'React recovered from an error while rendering: the chart region was broken on purpose for a test',
      wrapper,
    );
  });

  it('names an error without a cause, or a thrown value that is not an Error', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    reportRecoverableError(new Error('plain'));
    reportRecoverableError('a string');
    expect(log.mock.calls.map((call) => call[0])).toEqual([
      'React recovered from an error while rendering: plain',
      'React recovered from an error while rendering: a string',
    ]);
  });
});
