// safeUrl lets through absolute http(s) URLs and nothing else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url';

describe('safeUrl', () => {
  it.each([
    ['https://english.news.cn/20231121/abc.html', 'https://english.news.cn/20231121/abc.html'],
    ['http://example.org/a?b=1#c', 'http://example.org/a?b=1#c'],
    ['  https://example.org/path  ', 'https://example.org/path'],
    ['HTTPS://Example.ORG', 'https://example.org/'],
  ])('keeps the http(s) URL %j', (raw, expected) => {
    expect(safeUrl(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    '/relative/path',
    'relative/path',
    '//example.org/protocol-relative',
    '#fragment',
    'https://',
    'http//missing-colon.org',
    'not a url',
    '',
  ])('refuses %j', (raw) => {
    expect(safeUrl(raw)).toBeNull();
  });

  it('refuses null and undefined', () => {
    expect(safeUrl(null)).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
  });

  it('never returns anything but an http(s) URL', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl({ size: 'small' }),
          fc.constantFrom('javascript:', 'data:'),
        ),
        (raw) => {
          const result = safeUrl(raw);
          return result === null || /^https?:\/\/[^/]/.test(result);
        },
      ),
    );
  }, 30_000);

  it('keeps every web URL fast-check can think of', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['http', 'https'], size: 'small' }), (raw) => {
        return safeUrl(raw) !== null;
      }),
    );
  }, 30_000);
});
