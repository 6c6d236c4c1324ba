// Property tests: parsing and normalization never throw (beyond the typed SourceError) on arbitrary input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { headlineSchema } from '../../src/domain/headline.ts';
import { canonicalizeUrl } from '../../src/sources/canonical-url.ts';
import { cleanText } from '../../src/sources/clean-text.ts';
import { decodeBody } from '../../src/sources/decode-body.ts';
import { normalizeHeadline } from '../../src/sources/normalize-headline.ts';
import { parseFeed } from '../../src/sources/parse-feed.ts';
import { parsePage } from '../../src/sources/parse-page.ts';
import { SourceError } from '../../src/sources/source-error.ts';
import { findEntityMentions } from '../../src/sources/tag-entities.ts';

const now = new Date('2026-11-20T12:00:00Z');
const source = { id: 's', name: 'S', url: 'https://example.com/feed' };

// Feed-shaped text with arbitrary holes: tags, entities, CDATA, dates and junk in any order.
const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<item>',
    '</item>',
    '<entry>',
    '</entry>',
    '<title>',
    '</title>',
    '<link>',
    '</link>',
    '<![CDATA[',
    ']]>',
    '&amp;',
    '&#039;',
    '&bogus;',
    '&#99999999;',
    '<pubDate>',
    '</pubDate>',
    '<published>',
    '</published>',
    'Fri, 20 Nov 2026 09:15:00 -0500',
    'not a date',
    '<link href="x"/>',
    '<description>',
    '</description>',
    '\u0000',
    '\uFFFF',
    '<?xml version="1.0"?>',
  ),
);
const feedLike = fc
  .tuple(
    fc.constantFrom(
      '<rss version="2.0"><channel>',
      '<rss><channel>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
      '',
      '<html>',
    ),
    fc.array(fragment, { maxLength: 30 }),
    fc.constantFrom('</channel></rss>', '</feed>', '</rdf:RDF>', ''),
  )
  .map(([open, middle, close]) => open + middle.join('') + close);

async function parsesOrTypedError(text: string): Promise<boolean> {
  try {
    const feed = await parseFeed(text);
    return Array.isArray(feed.items);
  } catch (error) {
    return error instanceof SourceError && (error.reason === 'not-a-feed' || error.reason === 'parse-error');
  }
}

describe('parsers never throw on arbitrary input', () => {
  it('parseFeed: items or a SourceError, for arbitrary strings and feed-shaped junk', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 400 }), feedLike), async (text) => {
        expect(await parsesOrTypedError(text)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('parseFeed + normalizeHeadline: every item either becomes a valid Headline or null', async () => {
    await fc.assert(
      fc.asyncProperty(feedLike, async (text) => {
        const items = await parseFeed(text).then(
          (f) => f.items,
          () => [],
        );
        for (const item of items) {
          const headline = normalizeHeadline(item, source, now);
          if (headline) expect(headlineSchema.safeParse(headline).success).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('normalizeHeadline: never throws on arbitrary raw fields, output passes the schema', () => {
    const field = fc.option(fc.oneof(fc.string(), fc.webUrl(), fc.date({ noInvalidDate: false }).map(String)), {
      nil: undefined,
    });
    fc.assert(
      fc.property(field, field, field, field, (title, link, published, summary) => {
        const headline = normalizeHeadline({ title, link, published, summary }, source, now);
        if (headline) {
          expect(headlineSchema.safeParse(headline).success).toBe(true);
          expect(headline.summary === undefined || headline.summary.length <= 280).toBe(true);
          if (headline.publishedAt)
            expect(Date.parse(headline.publishedAt)).toBeLessThanOrEqual(now.getTime() + 10 * 60_000);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('decodeBody, cleanText, canonicalizeUrl, findEntityMentions: total functions', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.option(fc.string(), { nil: null }), (bytes, contentType) => {
        expect(typeof decodeBody(bytes, contentType).text).toBe('string');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cleaned = cleanText(text);
        expect(cleaned).toBe(cleaned.trim());
        const url = canonicalizeUrl(text, 'https://example.com/');
        if (url) expect(url).toMatch(/^https?:\/\/[^#]*$/);
        for (const m of findEntityMentions(text, defaultRegistry)) expect(text.slice(m.start, m.end)).toBe(m.surface);
      }),
      { numRuns: 500 },
    );
  });

  it('parsePage: items or a parse-error SourceError for arbitrary HTML-ish text', () => {
    const selectors = { item: 'article', title: 'h2', link: 'a', time: 'time', summary: 'p' };
    const html = fc
      .array(
        fc.oneof(
          fc.string(),
          fc.constantFrom(
            '<article>',
            '</article>',
            '<h2>',
            '</h2>',
            '<a href="/x">',
            '</a>',
            '<time datetime="bad">',
            '</time>',
            '<p>',
          ),
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(html, (text) => {
        try {
          for (const item of parsePage(text, selectors)) normalizeHeadline(item, source, now);
        } catch (error) {
          expect(error).toBeInstanceOf(SourceError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
