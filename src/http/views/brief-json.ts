import { renderBriefHtml } from '../../brief/render-html.ts';
import type { BriefListing } from '../../store/index.ts';

/** Links of a brief under the public base URL (no trailing slash). */
export function buildBriefLinks(id: string, baseUrl: string) {
  const api = `${baseUrl}/api/briefs/${encodeURIComponent(id)}`;
  return {
    self: api,
    page: `${baseUrl}/briefs/${encodeURIComponent(id)}`,
    markdown: `${api}?format=md`,
    html: `${api}?format=html`,
  };
}

/** Short form: lists and run results. `verified` = the fact-check found no contradicted or unsupported number. */
export function buildBriefSummary(brief: BriefListing, baseUrl: string) {
  return {
    id: brief.id,
    editionDate: brief.editionDate,
    style: brief.style,
    status: brief.status,
    title: brief.title,
    dek: brief.dek,
    verified: brief.report.ok,
    check: brief.report.counts,
    writer: { kind: brief.writer.kind, ...(brief.writer.model ? { model: brief.writer.model } : {}) },
    createdAt: brief.createdAt,
    publishedAt: brief.publishedAt,
    links: buildBriefLinks(brief.id, baseUrl),
  };
}
export type BriefSummary = ReturnType<typeof buildBriefSummary>;

/**
 * Full public form: the summary plus the text as Markdown and HTML. Every public HTML (this, the page, the fragment,
 * the feeds) is rendered from the Markdown on read, so briefs stored before a renderer change read the same.
 */
export function buildBriefJson(brief: BriefListing, baseUrl: string) {
  return { ...buildBriefSummary(brief, baseUrl), markdown: brief.markdown, html: renderBriefHtml(brief.markdown) };
}
