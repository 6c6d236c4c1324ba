import { afterEach, describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '../../src/sources/canonical-url.ts';
import { cleanText, shortenText } from '../../src/sources/clean-text.ts';
import { decodeBody } from '../../src/sources/decode-body.ts';
import { normalizeHeadline } from '../../src/sources/normalize-headline.ts';
import { parsePublishedTime } from '../../src/sources/parse-published-time.ts';

const now = new Date('2026-11-20T12:00:00Z');

describe('cleanText', () => {
  it('strips tags, decodes entities exactly once, folds whitespace', () => {
    expect(cleanText('  <b>Bitcoin</b>&nbsp;&amp;\n\t Ether  ')).toBe('Bitcoin & Ether');
    expect(cleanText('What&#039;s &#x2014; &eacute;')).toBe('What’s — é'.replace('’', "'"));
    expect(cleanText('&amp;amp; stays one level down')).toBe('&amp; stays one level down');
    expect(cleanText('&unknown; &#0; kept')).toBe('&unknown; &#0; kept');
    expect(cleanText({ _: 'from xml2js' })).toBe('from xml2js');
    expect(cleanText(undefined)).toBe('');
  });

  it('shortens at a word boundary with an ellipsis', () => {
    expect(shortenText('alpha beta gamma delta', 12)).toBe('alpha beta…');
    expect(shortenText('short', 12)).toBe('short');
  });
});

describe('canonicalizeUrl', () => {
  it('drops tracking parameters and fragments, keeps the rest in order', () => {
    expect(canonicalizeUrl('HTTPS://News.Example.com:443/a?utm_source=x&b=2&fbclid=y&a=1#frag')).toBe(
      'https://news.example.com/a?b=2&a=1',
    );
    expect(canonicalizeUrl('https://x.test/p?UTM_Campaign=z&wt_mc=rss.x')).toBe('https://x.test/p');
    expect(canonicalizeUrl('/rel?id=3', 'https://site.test/feed')).toBe('https://site.test/rel?id=3');
  });
  it('rejects non-http links', () => {
    expect(canonicalizeUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalizeUrl('mailto:a@b.c')).toBeNull();
    expect(canonicalizeUrl('not a url')).toBeNull();
  });
});

describe('parsePublishedTime', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it('honours zones and reads zone-less times as UTC whatever the machine zone', () => {
    process.env.TZ = 'America/New_York';
    const later = new Date('2026-11-21T00:00:00Z');
    expect(parsePublishedTime('Fri, 20 Nov 2026 09:15:00 -0500', later).publishedAt).toBe('2026-11-20T14:15:00.000Z');
    expect(parsePublishedTime('Fri, 20 Nov 2026 09:15:00 EST', later).publishedAt).toBe('2026-11-20T14:15:00.000Z');
    expect(parsePublishedTime('2026-11-20T09:15:00+01:00', later).publishedAt).toBe('2026-11-20T08:15:00.000Z');
    expect(parsePublishedTime('2026-11-20T09:15:00', later).publishedAt).toBe('2026-11-20T09:15:00.000Z');
    expect(parsePublishedTime('Fri, 20 Nov 2026 09:15:00', later).publishedAt).toBe('2026-11-20T09:15:00.000Z');
  });

  it('flags missing, unreadable and future times', () => {
    expect(parsePublishedTime(undefined, now)).toEqual({ publishedAt: null, timeFlag: 'missing' });
    expect(parsePublishedTime('yesterday-ish', now)).toEqual({ publishedAt: null, timeFlag: 'missing' });
    expect(parsePublishedTime('2031-01-01T00:00:00Z', now)).toEqual({
      publishedAt: now.toISOString(),
      timeFlag: 'future',
    });
    expect(parsePublishedTime('2026-11-20T12:05:00Z', now)).toEqual({
      publishedAt: '2026-11-20T12:05:00.000Z',
      timeFlag: 'ok',
    });
  });
});

describe('decodeBody', () => {
  it('prefers a BOM, then the header charset, then the XML prolog', () => {
    const latin = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><t>'),
      0xe9,
      0x93,
      0x94,
    ]);
    expect(decodeBody(latin, 'text/xml').text.endsWith('é“”')).toBe(true);
    expect(decodeBody(latin, 'text/xml; charset=utf-8').charset).toBe('utf-8');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
    expect(decodeBody(bom, 'text/xml; charset=iso-8859-1').text).toBe('é');
  });
});

describe('normalizeHeadline', () => {
  it('builds a stable id from source and canonical URL, and drops items without title or link', () => {
    const src = { id: 'cd', name: 'CoinDesk', url: 'https://www.coindesk.com/feed' };
    const a = normalizeHeadline({ title: 'T', link: 'https://x.test/a?utm_source=1' }, src, now)!;
    const b = normalizeHeadline({ title: 'Other title', link: 'https://x.test/a#c' }, src, now)!;
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^cd:[0-9a-f]{8}$/);
    expect(normalizeHeadline({ title: '  ', link: 'https://x.test/a' }, src, now)).toBeNull();
    expect(normalizeHeadline({ title: 'T', link: '' }, src, now)).toBeNull();
    expect(
      normalizeHeadline({ title: 'Same', link: 'https://x.test/b', summary: '<p>Same</p>' }, src, now)!.summary,
    ).toBeUndefined();
  });
});
