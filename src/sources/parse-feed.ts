// rss-parser (xml2js) adapter for feed text: RSS 2.0 / 0.9x, RSS 1.0 (RDF) and Atom. Parses a string only:
// fetching happens in fetch-feed.ts, so this runs unchanged inside workerd.
import Parser from 'rss-parser';
import { toText } from './clean-text.ts';
import type { RawItem } from './raw-item.ts';
import { escapeBareMarkup, splitFeedItems } from './repair-feed-xml.ts';
import { SourceError } from './source-error.ts';
import { sniffDocument } from './sniff-document.ts';

/** `repair` says how a broken document was read (escaped characters, or items recovered one by one). */
export type ParsedFeed = { format: 'rss' | 'rdf' | 'atom'; title: string; items: RawItem[]; repair?: string };

type ParserItem = Record<string, unknown>;
const DATE_FIELDS = ['pubDate', 'dc:date', 'date', 'published', 'updated'] as const;

/**
 * Parses feed text into raw items. Never throws anything but SourceError:
 * `not-a-feed` when the document is not RSS/RDF/Atom (HTML, other XML, no markup, binary),
 * `parse-error` when it claims to be a feed but the XML is broken (e.g. truncated).
 * A feed with zero items parses to `items: []`.
 * Broken XML is repaired before giving up (repair-feed-xml.ts): first bare `&` and `<` are escaped; if it
 * still does not parse, each item is parsed on its own and the broken ones are skipped. `repair` then
 * says what was done. A truncated feed keeps its complete items.
 */
export async function parseFeed(text: string): Promise<ParsedFeed> {
  const kind = sniffDocument(text);
  if (kind !== 'rss' && kind !== 'rdf' && kind !== 'atom') {
    throw new SourceError('not-a-feed', `not a feed: the document is ${describe(kind)}`);
  }
  let feed: ParserFeed;
  try {
    feed = await parseWhole(text);
  } catch (cause) {
    const first = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    const recovered = await recover(text, kind);
    if (recovered) return recovered;
    throw new SourceError('parse-error', `broken ${kind} XML: ${first}`, { cause });
  }
  return { format: kind, title: toText(feed.title), items: (feed.items ?? []).map(toRawItem) };
}

type ParserFeed = { title?: unknown; items?: ParserItem[] };

const parseWhole = async (text: string) => (await buildParser().parseString(text)) as ParserFeed;

/** Escape bare `&`/`<` and retry; else parse item by item. Undefined when nothing could be read. */
async function recover(text: string, kind: 'rss' | 'rdf' | 'atom'): Promise<ParsedFeed | undefined> {
  const { text: escapedText, escaped } = escapeBareMarkup(text);
  if (escaped > 0) {
    const feed = await parseWhole(escapedText).catch(() => undefined);
    if (feed)
      return {
        format: kind,
        title: toText(feed.title),
        items: (feed.items ?? []).map(toRawItem),
        repair: `repaired broken XML: escaped ${escaped} bare & or < character(s)`,
      };
  }
  const pieces = splitFeedItems(escapedText, kind);
  const items: RawItem[] = [];
  let title = '';
  for (const piece of pieces) {
    const feed = await parseWhole(piece).catch(() => undefined);
    if (!feed) continue;
    title ||= toText(feed.title);
    items.push(...(feed.items ?? []).map(toRawItem));
  }
  if (items.length === 0) return undefined;
  const skipped = pieces.length - items.length;
  return {
    format: kind,
    title,
    items,
    repair: `repaired broken XML: read ${items.length} item(s) one by one${skipped > 0 ? `, ${skipped} unreadable skipped` : ''}`,
  };
}

function buildParser(): Parser {
  const parser = new Parser({ defaultRSS: 2, customFields: { item: ['published', 'updated', 'description'] } });
  // rss-parser calls `new Date(x).toISOString()` on Atom dates and throws on bad ones, losing the whole
  // feed: drop unreadable Atom dates before it sees them (the raw text is kept for normalization).
  const internal = parser as unknown as { parseItemAtom: (entry: Record<string, unknown>) => ParserItem };
  const original = internal.parseItemAtom.bind(parser);
  internal.parseItemAtom = (entry) => {
    const safe = { ...entry };
    const raw: Record<string, string> = {};
    for (const field of ['published', 'updated'] as const) {
      const value = toText(safe[field]);
      if (value) raw[field] = value;
      if (value && Number.isNaN(Date.parse(value))) delete safe[field];
    }
    return { ...original(safe), ...raw };
  };
  return parser;
}

function toRawItem(item: ParserItem): RawItem {
  const published = DATE_FIELDS.map((field) => toText(item[field])).find((value) => value.trim() !== '');
  const summary = [item.summary, item.description, item.content].map(toText).find((value) => value.trim() !== '');
  const link = toText(item.link) || guidLink(item);
  return { title: toText(item.title), link, published, summary };
}

function guidLink(item: ParserItem): string {
  const guid = toText(item.guid) || toText(item.id);
  return /^https?:\/\//i.test(guid) ? guid : '';
}

function describe(kind: string): string {
  if (kind === 'html') return 'an HTML page';
  if (kind === 'not-markup') return 'not XML (no root element)';
  return 'XML but not RSS, RDF or Atom';
}
