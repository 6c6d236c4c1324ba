import { describe, expect, it } from 'vitest';
import { escapeHtml, isSafeHref } from '../../src/lib/html.ts';

describe('escapeHtml', () => {
  it('escapes the five significant characters and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>R&D</a> ünïcode`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;R&amp;D&lt;/a&gt; ünïcode',
    );
  });
});

describe('isSafeHref', () => {
  it('allows absolute http(s), refuses script, data, relative and junk', () => {
    expect(isSafeHref('https://example.com/a?b=1')).toBe(true);
    expect(isSafeHref(' HTTP://example.com ')).toBe(true);
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '/relative', 'not a url', ''])
      expect(isSafeHref(url), url).toBe(false);
  });
  it('allows mailto only when asked (email footers)', () => {
    expect(isSafeHref('mailto:unsubscribe@example.com')).toBe(false);
    expect(isSafeHref('mailto:unsubscribe@example.com', { allowMailto: true })).toBe(true);
  });
});
