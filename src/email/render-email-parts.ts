import type { WriterInfo } from '../domain/brief.ts';
import type { CheckReport } from '../domain/check-report.ts';
import type { HeadlineCluster } from '../domain/headline.ts';
import { escapeHtml, isSafeHref } from '../lib/html.ts';
import { theme } from './email-theme.ts';

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
      outlets:
        [...new Set(cluster.headlines.map((headline) => headline.sourceName))].join(', ') ||
        cluster.sourceIds.join(', '),
    }));
}

export function renderSources(sources: readonly SourceLink[]): string {
  if (sources.length === 0) return '';
  const items = sources.map(
    (source) =>
      `<li class="gb-text" style="margin:0 0 8px;font-size:14px;line-height:1.5;color:${theme.text}"><a class="gb-link" href="${escapeHtml(source.url)}" style="color:${theme.link}">${escapeHtml(source.title)}</a> <span class="gb-muted" style="color:${theme.muted}">&mdash; ${escapeHtml(source.outlets)}</span></li>`,
  );
  return `<ul style="margin:0;padding-left:20px">${items.join('')}</ul>`;
}

/**
 * What the automatic check found, from the brief's report: all numbers matched, or `N of M` matched and an editor
 * published it anyway (the only way a brief with unmatched numbers is published). Empty without a report.
 */
export function describeCheck(report: Pick<CheckReport, 'counts'> | undefined): string {
  if (!report) return '';
  const { counts } = report;
  const matched = counts.supported + counts['supported-by-source'];
  const total = matched + counts.contradicted + counts.unsupported;
  if (total === 0) return '; it states no figures for the automatic checker to verify';
  if (matched === total)
    return `; every number in it (${total}) was checked automatically against the day\u2019s facts and matched`;
  return `; only ${matched} of ${total} numbers in it matched the day\u2019s facts when checked automatically, and it was published by an editor after review`;
}

/** The AI disclosure (which writer produced the text, what the fact check found) and the not-investment-advice line. */
export function renderDisclosure(
  writer: WriterInfo,
  report?: Pick<CheckReport, 'counts'>,
): { ai: string; advice: string } {
  const author =
    writer.kind === 'llm'
      ? `AI disclosure: this brief was drafted by an AI language model${writer.model ? ` (${writer.model})` : ''} from computed market data and headlines`
      : 'AI disclosure: this brief was generated automatically by software from computed market data and headlines (template writer, no language model)';
  return {
    ai: `${author}${describeCheck(report)}.`,
    advice: 'Not investment advice. For information only; crypto assets are volatile and you can lose money.',
  };
}
