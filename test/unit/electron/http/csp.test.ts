import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../electron/http/csp.ts';

describe('the one Content-Security-Policy', () => {
  it('allows only the app itself: no inline script, no remote anything', () => {
    const policy = contentSecurityPolicy('header');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe|https?:|\*/);
  });

  it('leaves frame-ancestors out of the meta tag, where browsers ignore it with a console error', () => {
    expect(contentSecurityPolicy('meta')).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy('meta')).toContain("script-src 'self';");
  });

  it('loosens only the dev server, and only what it needs', () => {
    const dev = contentSecurityPolicy('meta', true);
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain('ws://localhost:*');
    expect(dev).toContain("default-src 'none'");
  });

  it('is what index.html carries: the page has a placeholder the build fills, no policy of its own', () => {
    const html = readFileSync(new URL('../../../../renderer/index.html', import.meta.url), 'utf8');
    expect(html).toContain('content="%CALEPIN_CSP%"');
    expect(html).not.toContain('default-src');
  });
});
