import type { WriterInfo } from '../domain/brief.ts';
import type { HeadlineCluster } from '../domain/headline.ts';
import { escapeHtml, isSafeHref, theme } from './email-theme.ts';

export type SourceLink = { title: string; url: string; outlets: string };

/** The top `limit` headline clusters by score with an http(s) link, named by their outlets. */
export function selectSources(clusters: readonly HeadlineCluster[], limit = 6): SourceLink[] {
  return [...clusters]
    .filter((cluster) => isSafeHref(cluster.url) && !cluster.url.startsWith('mailto:'))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((cluster) => ({
      title: cluster.title,
      url: cluster.url,
      outlets: [...new Set(cluster.headlines.map((headline) => headline.sourceName))].join(', ') || cluster.sourceIds.join(', '),
    }));
}

export function renderSources(sources: readonly SourceLink[]): string {
  if (sources.length === 0) return '';
  const items = sources.map((source) =>
    `<li class="gb-text" style="margin:0 0 8px;font-size:14px;line-height:1.5;color:${theme.text}"><a class="gb-link" href="${escapeHtml(source.url)}" style="color:${theme.link}">${escapeHtml(source.title)}</a> <span class="gb-muted" style="color:${theme.muted}">&mdash; ${escapeHtml(source.outlets)}</span></li>`);
  return `<ul style="margin:0;padding-left:20px">${items.join('')}</ul>`;
}

/** The AI disclosure (says which writer produced the text) and the not-investment-advice line. */
export function renderDisclosure(writer: WriterInfo): { ai: string; advice: string } {
  const ai = writer.kind === 'llm'
    ? `AI disclosure: this brief was drafted by an AI language model${writer.model ? ` (${writer.model})` : ''} from computed market data and headlines; every number in it was checked automatically against the day's facts sheet.`
    : 'AI disclosure: this brief was generated automatically by software from computed market data and headlines (template writer, no language model); every number in it was checked automatically against the day\u2019s facts sheet.';
  return { ai, advice: 'Not investment advice. For information only; crypto assets are volatile and you can lose money.' };
}
