// Decides whether a URL from the dataset may become a link: only absolute http(s) URLs pass.

/**
 * The normalised URL when `raw` is an absolute http: or https: URL, otherwise null. Anything else
 * (javascript:, data:, relative paths, malformed text) must never reach an href: the dataset is
 * imported from outside and a link is the one place its text could run as code.
 */
export function safeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    // No base: relative and protocol-relative URLs throw instead of resolving against this page.
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  return url.href;
}
