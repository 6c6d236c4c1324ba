import { describe, expect, it } from 'vitest';
import { renderBriefHtml } from '../../src/brief/render-html.ts';
import { escapeHtml } from '../../src/lib/html.ts';

describe('renderBriefHtml', () => {
  it('renders headings, paragraphs joined across lines, and lists', () => {
    const html = renderBriefHtml('# Title\n\nFirst line\nsecond line.\n\n- one\n- two\n\n1. a\n2. b');
    expect(html).toBe(
      '<h1>Title</h1>\n<p>First line\nsecond line.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>a</li>\n<li>b</li>\n</ol>',
    );
  });

  it('renders bold, italic, code and safe links', () => {
    const html = renderBriefHtml(
      '**BTC** rose _slightly_ and *ETH* fell; see `btc.change_24h` and [CoinDesk](https://www.coindesk.com/x?a=1&b=2).',
    );
    expect(html).toContain('<strong>BTC</strong>');
    expect(html).toContain('<em>slightly</em>');
    expect(html).toContain('<em>ETH</em>');
    expect(html).toContain('<code>btc.change_24h</code>');
    expect(html).toContain('<a href="https://www.coindesk.com/x?a=1&amp;b=2">CoinDesk</a>');
  });

  it('does not turn snake_case identifiers or multiplications into emphasis', () => {
    expect(renderBriefHtml('total_market_cap is 2 * 3 * 4')).toBe('<p>total_market_cap is 2 * 3 * 4</p>');
  });

  it('escapes HTML and refuses javascript: links (their label stays as text)', () => {
    const html = renderBriefHtml('<script>alert(1)</script> [x](javascript:alert(1)) "q" & \'s\'');
    expect(html).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; x &quot;q&quot; &amp; 's'</p>");
  });

  it('escapes raw HTML blocks and renders no images (no remote loads)', () => {
    const html = renderBriefHtml('<div onclick="x()">hi</div>\n\n![pixel](https://tracker.example/p.gif)');
    expect(html).not.toMatch(/<div|<img/);
    expect(html).toContain('&lt;div onclick=&quot;x()&quot;&gt;hi&lt;/div&gt;');
  });

  it('keeps code span content literal', () => {
    expect(renderBriefHtml('`**not bold**`')).toBe('<p><code>**not bold**</code></p>');
  });

  it('renders quotes and horizontal rules', () => {
    expect(renderBriefHtml('> quoted\n> more\n\n---\n\nend')).toBe(
      '<blockquote>\n<p>quoted\nmore</p>\n</blockquote>\n<hr>\n<p>end</p>',
    );
  });

  it('escapeHtml escapes the five significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
