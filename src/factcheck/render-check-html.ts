/**
 * Renders a checked text as an escaped HTML fragment for the review queue: the text with line breaks kept
 * (`<br>`), every claim wrapped as
 * `<mark class="claim v-<verdict>" data-verdict data-fact data-expected title="reason" tabindex="0">` and
 * every ignored number (date, duration, rank) as `<span class="ignored" data-kind>`. Pure; overlapping
 * spans are dropped after the first.
 */
import type { CheckReport } from '../domain/check-report.ts';

import { escapeHtml } from '../lib/html.ts';

const escapeText = (text: string) => escapeHtml(text).split('\n').join('<br>\n');

type Mark = { start: number; end: number; open: string; close: string };

export function renderCheckHtml(input: { markdown: string; report: CheckReport }): string {
  const { markdown, report } = input;
  const marks: Mark[] = [];
  for (const claim of report.claims) {
    const attrs = [
      `class="claim v-${claim.verdict}"`,
      `data-verdict="${claim.verdict}"`,
      claim.factId ? `data-fact="${escapeHtml(claim.factId)}"` : '',
      claim.expected !== null ? `data-expected="${escapeHtml(String(claim.expected))}"` : '',
      claim.sourceUrl ? `data-source="${escapeHtml(claim.sourceUrl)}"` : '',
      `title="${escapeHtml(claim.reason)}"`,
      'tabindex="0"',
    ]
      .filter(Boolean)
      .join(' ');
    marks.push({ start: claim.span[0], end: claim.span[1], open: `<mark ${attrs}>`, close: '</mark>' });
  }
  for (const item of report.ignored)
    marks.push({
      start: item.span[0],
      end: item.span[1],
      open: `<span class="ignored" data-kind="${item.kind}">`,
      close: '</span>',
    });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  let html = '';
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at || mark.end > markdown.length || mark.end <= mark.start) continue;
    html +=
      escapeText(markdown.slice(at, mark.start)) +
      mark.open +
      escapeText(markdown.slice(mark.start, mark.end)) +
      mark.close;
    at = mark.end;
  }
  return html + escapeText(markdown.slice(at));
}
