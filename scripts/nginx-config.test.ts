// The shipped nginx headers carry the very policy the build puts in the page's meta tag, plus framing rules.
// @vitest-environment node -- vite.config.ts resolves its alias from a file: URL
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../vite.config';

const headers = readFileSync('deploy/nginx/crackdown-atlas-headers.conf', 'utf8');
const site = readFileSync('deploy/nginx/crackdown-atlas.conf', 'utf8');

/** The value of an `add_header NAME "value" always;` line. */
function headerValue(name: string): string | null {
  const line = headers.split('\n').find((l) => l.startsWith(`add_header ${name} `));
  return line ? (/^add_header \S+ "?(.*?)"? always;$/.exec(line)?.[1] ?? null) : null;
}

describe('deploy/nginx', () => {
  it('sends the CSP of vite.config.ts, with frame-ancestors from the mode map', () => {
    expect(headerValue('Content-Security-Policy')).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors $atlas_frame_ancestors`,
    );
  });

  it('lets only mode=embed be framed', () => {
    const block = (name: string) =>
      new RegExp(`map \\$arg_mode \\$${name} \\{([^}]*)\\}`).exec(site)?.[1] ?? '';
    expect(block('atlas_frame_ancestors')).toMatch(/default\s+"'none'";\s+embed\s+"\*";/);
    expect(block('atlas_frame_options')).toMatch(/default\s+"DENY";\s+embed\s+"";/);
    expect(headerValue('X-Frame-Options')).toBe('$atlas_frame_options');
  });

  it('includes the headers in every location, since a location add_header drops the server ones', () => {
    const locations = site.split(/\n\s*location /).slice(1);
    expect(locations.length).toBeGreaterThanOrEqual(3);
    for (const location of locations)
      expect(location).toContain('include /etc/nginx/snippets/crackdown-atlas-headers.conf;');
  });
});
