/**
 * `check --snapshot DIR|FILE BRIEF.md [--json] [--format text|json|html]`: checks any Markdown brief against a
 * snapshot's facts. Exit 0 when every claim is supported (or supported-by-source), 1 when any is contradicted
 * or unsupported (each named with its reason), 2 for bad input with a one-line reason.
 */
import { readFile } from 'node:fs/promises';
import { defaultRegistry } from '../../config/watchlist.ts';
import type { CheckReport } from '../../domain/check-report.ts';
import { briefStyleSchema } from '../../domain/brief.ts';
import { checkBrief, styleWindow } from '../../factcheck/check-brief.ts';
import { renderCheckHtml } from '../../factcheck/render-check-html.ts';
import { renderCheckPage } from '../render-check-page.ts';
import { CliError } from '../cli-error.ts';
import { loadSnapshot } from '../load-snapshot.ts';
import { flag, flagIn, parseArgs } from '../parse-args.ts';
import { sheetFromSnapshot } from '../../metrics/sheet-from-snapshot.ts';

const usage = 'usage: check --snapshot DIR|FILE BRIEF.md [--json] [--format text|json|html]';

export const help = `usage: groundbrief check --snapshot DIR|FILE BRIEF.md [--format text|json|html]
Checks every number in a Markdown brief (written by anyone) against a snapshot's facts.
Exit 0 when every claim is supported, 1 when any is contradicted or unsupported, 2 bad input.
  --snapshot DIR|FILE|live   recording directory, snapshot JSON, or live collection (required)
  --format text|json|html    failing claims + summary (default), the report as JSON, or a standalone HTML page
                             with every claim coloured by verdict
  --style daily-snapshot|sector-recap|weekly-update
                             the brief's style: a figure with no stated window means 24h (daily, sector) or 7d
                             (weekly); without it, any window may support it
  --json                     same as --format json`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {
    command: 'check',
    values: ['snapshot', 'format', 'style'],
    booleans: ['json'],
    positionals: 1,
  });
  const [briefPath] = args.positionals;
  if (!briefPath) throw new CliError(`check: missing BRIEF.md (${usage})`);
  const format =
    flag(args, 'json') === 'true' ? 'json' : flagIn(args, 'format', ['text', 'json', 'html'] as const, 'text');
  const snapshotPath = flag(args, 'snapshot');
  if (!snapshotPath) throw new CliError(`check: --snapshot is required (${usage})`);
  let markdown: string;
  try {
    markdown = await readFile(briefPath, 'utf8');
  } catch (cause) {
    throw new CliError(
      `check: cannot read ${briefPath} (${(cause as NodeJS.ErrnoException).code ?? 'read error'})`,
      2,
      { cause },
    );
  }
  const snapshot = await loadSnapshot(snapshotPath);
  const registry = defaultRegistry;
  const sheet = sheetFromSnapshot({ snapshot, registry });
  const style =
    flag(args, 'style') === undefined ? undefined : flagIn(args, 'style', briefStyleSchema.options, 'daily-snapshot');
  const report = checkBrief({ markdown, sheet, registry, ...(style ? { defaultWindow: styleWindow(style) } : {}) });
  if (format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'html')
    process.stdout.write(renderCheckPage({ body: renderCheckHtml({ markdown, report }), report, title: briefPath }));
  else process.stdout.write(renderCheckText(report, markdown));
  if (format !== 'text' && !report.ok) process.stderr.write(summaryLine(report));
  return report.ok ? 0 : 1;
}

function summaryLine(report: CheckReport): string {
  const c = report.counts;
  return `${report.ok ? 'ok' : 'FAILED'}: ${c.supported} supported, ${c['supported-by-source']} supported-by-source, ${c.contradicted} contradicted, ${c.unsupported} unsupported (${report.ignored.length} dates/durations/ranks ignored)\n`;
}

/** One line per failing claim (verdict, text, line:column, reason), then the summary. */
export function renderCheckText(report: CheckReport, markdown: string): string {
  const lineStarts = [0];
  for (let i = 0; i < markdown.length; i++) if (markdown[i] === '\n') lineStarts.push(i + 1);
  const where = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - lineStarts[lo]! + 1}`;
  };
  const lines = report.claims
    .filter((c) => c.verdict === 'contradicted' || c.verdict === 'unsupported')
    .map(
      (c) => `${c.verdict.toUpperCase().padEnd(12)} ${JSON.stringify(c.text)} at line ${where(c.span[0])}: ${c.reason}`,
    );
  return `${[...lines, summaryLine(report).trimEnd()].join('\n')}\n`;
}
