// The public pages and the review desk share one head (PageHead in html-document.tsx): the same opening tags in the
// same order, each page adding only its own tags and stylesheet.
import { describe, expect, it } from 'vitest';
import { ReviewLayout } from '../../../src/http/review/views/review-layout.tsx';
import { PublicPage } from '../../../src/http/views/public-page.tsx';
import { HtmlDocument } from '../../../src/http/views/html-document.tsx';

const head = (html: string) => html.slice(html.indexOf('<head>'), html.indexOf('</head>') + '</head>'.length);
const sharedOpening =
  '<head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>';

describe('one shared page head', () => {
  const publicHtml = String(
    PublicPage({
      meta: {
        title: 'A brief',
        description: 'What happened',
        canonicalUrl: 'https://gb.example/briefs/x',
        type: 'article',
      },
      baseUrl: 'https://gb.example',
      robots: 'noindex',
      children: 'body',
    }),
  );
  const reviewHtml = String(ReviewLayout({ title: 'Queue', nonce: 'n0nce', children: 'body' }));

  it('public and review pages open with the same doctype, html and head tags', () => {
    for (const html of [publicHtml, reviewHtml]) {
      expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
      expect(head(html).startsWith(sharedOpening)).toBe(true);
      expect(head(html).match(/<meta name="robots"/g)).toHaveLength(1);
      expect(head(html).match(/<style/g)).toHaveLength(1);
    }
    expect(head(publicHtml)).toContain('<title>A brief</title><meta name="robots" content="noindex"/>');
    expect(head(reviewHtml)).toContain(
      '<title>Queue · groundbrief review</title><meta name="robots" content="noindex"/>',
    );
  });

  it("each page adds its own tags; only the desk's stylesheet carries the CSP nonce", () => {
    expect(head(publicHtml)).toContain('<link rel="canonical" href="https://gb.example/briefs/x"/>');
    expect(head(publicHtml)).toContain('<meta property="og:type" content="article"/>');
    expect(head(publicHtml)).toMatch(/<style>[^<]+<\/style><\/head>$/);
    expect(head(reviewHtml)).toMatch(/<style nonce="n0nce">[^<]+<\/style><\/head>$/);
    expect(head(reviewHtml)).not.toContain('og:');
  });

  it('HtmlDocument leaves robots out when a page does not set it', () => {
    const html = String(HtmlDocument({ title: 'T', styles: 'b{}', children: 'x' }));
    expect(html).toBe(
      `<!DOCTYPE html><html lang="en">${sharedOpening}<title>T</title><style>b{}</style></head><body>x</body></html>`,
    );
  });
});
