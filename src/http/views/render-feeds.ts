import { renderBriefHtml } from '../../brief/render-html.ts';
import { escapeHtml } from '../../lib/html.ts';
import type { BriefListing } from '../../store/index.ts';
import { buildBriefLinks } from './brief-json.ts';
import { describeWriter } from './describe-writer.ts';

export type FeedInput = { briefs: BriefListing[]; baseUrl: string; title: string; description: string };

/** Text for feed summaries: the dek, else the first paragraph of the Markdown without markup. */
export function buildSummary(brief: BriefListing): string {
  if (brief.dek) return brief.dek;
  const paragraph =
    brief.markdown
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .find((block) => block && !block.startsWith('#')) ?? '';
  return paragraph
    .replace(/[*_`>#]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** C0 control characters XML 1.0 forbids (tab, LF and CR are allowed); feed text comes from upstream headlines. */
const xmlForbiddenControls = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

/** Drops the control characters XML 1.0 cannot carry (even escaped), so one stray byte cannot break the feed. */
export function stripXmlControls(text: string): string {
  return text.replace(xmlForbiddenControls, '');
}

/** The visible line a corrected item's summary starts with: `Corrected 2026-12-06: <note>.`; '' when never corrected. */
export function buildCorrectionLine(brief: BriefListing): string {
  if (!brief.correctedAt) return '';
  const note = (brief.correctionNote ?? '').trim().replace(/[.\s]+$/, '');
  return `Corrected ${brief.correctedAt.slice(0, 10)}${note ? `: ${note}` : ''}. `;
}

/**
 * The item's HTML: the correction line (escaped) when it was corrected, the text, then the page's AI disclosure, so
 * an item published over a failed check says that an editor overrode it, in the feed as on the page.
 */
function buildItemHtml(brief: BriefListing): string {
  const line = buildCorrectionLine(brief).trim();
  return [
    ...(line ? [`<p class="correction"><em>${escapeHtml(line)}</em></p>`] : []),
    renderBriefHtml(brief.markdown),
    `<p class="disclosure"><small>${escapeHtml(describeWriter(brief))}</small></p>`,
  ].join('\n');
}

/** Escaped XML text. */
function xml(text: string): string {
  return escapeHtml(stripXmlControls(text));
}

function cdata(text: string): string {
  return `<![CDATA[${stripXmlControls(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** RSS 2.0 (with content:encoded and atom:link self), newest first; dates in RFC 822. Pure. */
export function renderRssFeed(input: FeedInput): string {
  const newest = input.briefs[0];
  const items = input.briefs.map((brief) => {
    const { page } = buildBriefLinks(brief.id, input.baseUrl);
    return [
      '<item>',
      `<title>${xml(brief.title)}</title>`,
      `<link>${xml(page)}</link>`,
      `<guid isPermaLink="true">${xml(page)}</guid>`,
      `<pubDate>${new Date(brief.publishedAt ?? brief.createdAt).toUTCString()}</pubDate>`,
      ...(brief.correctedAt ? [`<atom:updated>${xml(brief.correctedAt)}</atom:updated>`] : []),
      `<category>${xml(brief.style)}</category>`,
      `<description>${xml(buildCorrectionLine(brief) + buildSummary(brief))}</description>`,
      `<content:encoded>${cdata(buildItemHtml(brief))}</content:encoded>`,
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '<channel>',
    `<title>${xml(input.title)}</title>`,
    `<link>${xml(`${input.baseUrl}/`)}</link>`,
    `<description>${xml(input.description)}</description>`,
    '<language>en</language>',
    `<atom:link href="${xml(`${input.baseUrl}/feed.xml`)}" rel="self" type="application/rss+xml"/>`,
    ...(newest
      ? [`<lastBuildDate>${new Date(newest.publishedAt ?? newest.createdAt).toUTCString()}</lastBuildDate>`]
      : []),
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), newest first. Pure. */
export function buildJsonFeed(input: FeedInput) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: input.title,
    home_page_url: `${input.baseUrl}/`,
    feed_url: `${input.baseUrl}/feed.json`,
    description: input.description,
    language: 'en',
    items: input.briefs.map((brief) => ({
      id: brief.id,
      url: buildBriefLinks(brief.id, input.baseUrl).page,
      title: brief.title,
      summary: buildCorrectionLine(brief) + buildSummary(brief),
      content_html: buildItemHtml(brief),
      content_text: brief.markdown,
      date_published: brief.publishedAt ?? brief.createdAt,
      date_modified: brief.correctedAt ?? brief.updatedAt,
      tags: [brief.style],
      ...(brief.correctedAt
        ? { _groundbrief: { corrected_at: brief.correctedAt, correction_note: brief.correctionNote ?? '' } }
        : {}),
    })),
  };
}
