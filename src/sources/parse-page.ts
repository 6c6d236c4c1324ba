// cheerio (cheerio/slim, htmlparser2 only) adapter for HTML listing pages: the CSS selectors come from
// the source's config (src/config/sources.ts). Pure: text in, raw items out.
import { load } from 'cheerio/slim';
import type { SourceConfig } from '../config/sources.ts';
import type { RawItem } from './raw-item.ts';
import { SourceError } from './source-error.ts';

export type PageSelectors = Extract<SourceConfig, { kind: 'html' }>['selectors'];

/**
 * Reads the items of a listing page. Titles and summaries are element text (cheerio decodes entities);
 * links are raw `href`s (resolved later against the page URL); time is the `datetime` attribute, else
 * the element text. Items without a title or link are skipped. Throws SourceError `parse-error` when
 * the item selector matches nothing (the page layout changed) or a selector is invalid.
 */
export function parsePage(html: string, selectors: PageSelectors): RawItem[] {
  const items: RawItem[] = [];
  try {
    const $ = load(html);
    const found = $(selectors.item);
    if (found.length === 0)
      throw new SourceError('parse-error', `no element matches the item selector "${selectors.item}"`);
    found.each((_, element) => {
      const item = $(element);
      const pick = (selector: string) => (item.is(selector) ? item : item.find(selector).first());
      const title = pick(selectors.title).text();
      const linkElement = pick(selectors.link);
      const link = linkElement.attr('href') ?? linkElement.find('a[href]').first().attr('href') ?? '';
      const timeElement = selectors.time ? pick(selectors.time) : undefined;
      const published = timeElement ? (timeElement.attr('datetime') ?? timeElement.text()) : undefined;
      const summary = selectors.summary ? pick(selectors.summary).text() : undefined;
      if (title.trim() && link.trim()) items.push({ title, link, published, summary });
    });
  } catch (cause) {
    if (cause instanceof SourceError) throw cause;
    throw new SourceError(
      'parse-error',
      `cannot read the page: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
  return items;
}
