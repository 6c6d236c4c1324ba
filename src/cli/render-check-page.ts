import type { CheckReport } from '../domain/check-report.ts';
import { escapeHtml } from '../lib/html.ts';

/** Verdict colours: the review desk's (src/http/review/views/review-styles.ts), so both read the same. */
const STYLE = `
:root { color-scheme: light; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; }
body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.25rem; margin: 0 0 .25rem; } .summary { margin: 0 0 1.5rem; color: #4a5260; }
.legend span { display: inline-block; margin: 0 .5rem .5rem 0; }
.text { white-space: normal; overflow-wrap: anywhere; }
mark.claim { border-bottom: 2px solid; border-radius: 3px; padding: 0 2px; color: inherit; cursor: help; }
.v-supported { background: #e3f3e7; border-color: #1e7b34; }
.v-contradicted { background: #fbd0cc; border-color: #b3261e; font-weight: 600; }
.v-unsupported { background: #ffe9a8; border-color: #d79a00; font-weight: 600; }
.v-supported-by-source { background: #e4ecfd; border-color: #1a56db; }
.ignored { color: #6b7280; }
`;

/**
 * `check --format html`: a standalone page (DOCTYPE, charset, viewport, inline CSS, no outside requests) around
 * the checker's marked-up text (renderCheckHtml), with the verdict counts and a colour legend. Each claim's
 * reason is its tooltip.
 */
export function renderCheckPage(input: { body: string; report: CheckReport; title: string }): string {
  const { counts, ok } = input.report;
  const summary = `${ok ? 'verified' : 'check failed'}: ${counts.supported} supported, ${counts['supported-by-source']} supported by source, ${counts.contradicted} contradicted, ${counts.unsupported} unsupported`;
  const legend = ['supported', 'supported-by-source', 'contradicted', 'unsupported']
    .map((verdict) => `<span><mark class="claim v-${verdict}">${verdict}</mark></span>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fact check: ${escapeHtml(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Fact check: ${escapeHtml(input.title)}</h1>
<p class="summary">${escapeHtml(summary)}</p>
<p class="legend">${legend}</p>
<div class="text">${input.body}</div>
</body>
</html>
`;
}
