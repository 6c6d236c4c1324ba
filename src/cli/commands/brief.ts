/**
 * `brief [--snapshot DIR|FILE] [--style S] [--writer template|llm] [--format md|json] [--date YYYY-MM-DD]`:
 * snapshot -> facts -> brief -> check. Markdown on stdout, check summary and writer accounting on stderr
 * (json: one object with status, brief, report, writer, fallback). Exit 0 verified, 1 needs review, 2 bad input.
 */
import type { BriefWriter } from '../../brief/brief-writer.ts';
import { templateWriter } from '../../brief/template-writer.ts';
import { defaultRegistry } from '../../config/watchlist.ts';
import type { WriterInfo } from '../../domain/brief.ts';
import { briefStyles } from '../../domain/brief-styles.ts';
import type { CheckReport } from '../../domain/check-report.ts';
import { collectShare, defaultRunBudgetMs, startRunBudget } from '../../lib/run-budget.ts';
import { produceBrief } from '../../pipeline/produce-brief.ts';
import { judgeRun } from '../../review/status-policy.ts';
import { CliError } from '../cli-error.ts';
import { loadSnapshot } from '../load-snapshot.ts';
import { flag, flagIn, parseArgs } from '../parse-args.ts';
import { elapsedMs } from '../elapsed-ms.ts';

/** `check: 41 supported, 0 contradicted, 0 unsupported -> verified` plus one line per failing claim. */
export function renderCheckSummary(report: CheckReport, status: string): string {
  const { counts } = report;
  const lines = [
    `check: ${counts.supported} supported, ${counts['supported-by-source']} supported by source, ${counts.contradicted} contradicted, ${counts.unsupported} unsupported -> ${status}`,
  ];
  for (const claim of report.claims) {
    if (claim.verdict === 'contradicted' || claim.verdict === 'unsupported')
      lines.push(`  ${claim.verdict}: ${claim.text} — ${claim.reason}`);
  }
  return lines.join('\n');
}

/** `writer: llm model=gpt-4.1-mini tokens=2210 in / 640 out cost=$0.0019 latency=3.1s repairs=1`. */
export function renderWriterSummary(writer: WriterInfo): string {
  if (writer.kind === 'template') return `writer: template${writer.note ? `\nwriter note: ${writer.note}` : ''}`;
  const parts = [
    `writer: llm model=${writer.model ?? '?'}`,
    `tokens=${writer.tokensIn ?? 0} in / ${writer.tokensOut ?? 0} out`,
    `cost=${writer.costUsd === undefined ? 'unknown (no price for this model)' : `$${writer.costUsd.toFixed(4)}`}`,
    `latency=${((writer.latencyMs ?? 0) / 1000).toFixed(1)}s`,
    `repairs=${writer.repairRounds ?? 0}`,
  ];
  return parts.join(' ') + (writer.note ? `\nwriter note: ${writer.note}` : '');
}

async function buildWriter(kind: 'template' | 'llm'): Promise<BriefWriter> {
  if (kind === 'template') return templateWriter;
  // The LLM writer's modules (its config and price table included) load only when it is chosen.
  const { LlmConfigError, readLlmConfig } = await import('../../brief/llm-config.ts');
  let config;
  try {
    config = readLlmConfig(process.env);
  } catch (error) {
    if (error instanceof LlmConfigError) throw new CliError(error.message, 2, { cause: error });
    throw error;
  }
  const { createLlmWriter } = await import('../../brief/llm-writer.ts');
  return createLlmWriter({ ...config, elapsedMs });
}

export const help = `usage: groundbrief brief [options]
Writes a brief from a snapshot and fact-checks it: Markdown on stdout, the check summary and writer accounting on
stderr. Exit 0 verified, 1 needs review, 2 bad input.
  --snapshot DIR|FILE|live   recording directory, snapshot JSON, or live collection (default fixtures/day)
  --style S                  daily-snapshot (default), sector-recap or weekly-update
  --writer template|llm      template (default) or the LLM writer (needs OPENAI_API_KEY)
  --format md|json           Markdown (default) or one JSON object with status, brief, report, writer
  --date YYYY-MM-DD          the edition date; must be the snapshot's own (a snapshot holds one day)`;

/** GROUNDBRIEF_RUN_BUDGET_MS (default 90000): the whole run, collection cut at 60 %, the writer at 100 %. */
export function readRunBudgetMs(env: Record<string, string | undefined>): number {
  const raw = env.GROUNDBRIEF_RUN_BUDGET_MS?.trim();
  if (!raw) return defaultRunBudgetMs;
  const budgetMs = Number(raw);
  if (!Number.isInteger(budgetMs) || budgetMs <= 0)
    throw new CliError(`GROUNDBRIEF_RUN_BUDGET_MS must be a positive whole number of milliseconds (got ${raw})`);
  return budgetMs;
}

export async function run(argv: string[]): Promise<number> {
  const budget = startRunBudget(readRunBudgetMs(process.env));
  try {
    return await runWithin(argv, budget);
  } finally {
    budget.dispose();
  }
}

async function runWithin(argv: string[], budget: ReturnType<typeof startRunBudget>): Promise<number> {
  const args = parseArgs(argv, { command: 'brief', values: ['snapshot', 'style', 'writer', 'format', 'date'] });
  const style = flagIn(args, 'style', briefStyles, 'daily-snapshot');
  const writerKind = flagIn(args, 'writer', ['template', 'llm'] as const, 'template');
  const format = flagIn(args, 'format', ['md', 'json'] as const, 'md');
  const date = flag(args, 'date');
  // zod (units.ts) loads only when a date is given: the default path runs without it.
  if (date !== undefined && !(await import('../../domain/units.ts')).isoDateSchema.safeParse(date).success)
    throw new CliError(`--date must be YYYY-MM-DD (got ${date})`);
  const writer = await buildWriter(writerKind);
  const snapshot = await loadSnapshot(flag(args, 'snapshot'), { signal: budget.collect });
  if (date !== undefined && date !== snapshot.editionDate)
    throw new CliError(
      `--date ${date}: the snapshot holds ${snapshot.editionDate} only (collect that day, or pass --date ${snapshot.editionDate})`,
    );

  let outcome;
  try {
    outcome = await produceBrief({
      snapshot,
      registry: defaultRegistry,
      style,
      writer,
      elapsedMs,
      signal: budget.write,
    });
  } catch (error) {
    // Only the LLM writer throws these: its error classes (and the openai SDK behind them) load for it alone.
    if (writerKind === 'llm') {
      const { LlmAuthError, LlmRequestError } = await import('../../brief/llm-errors.ts');
      if (error instanceof LlmAuthError || error instanceof LlmRequestError)
        throw new CliError(error.message, 2, { cause: error });
    }
    throw error;
  }
  const { brief, report, fallback } = outcome;
  const status = judgeRun({ verdict: outcome.status, collectionCut: budget.collectionCut() });
  if (format === 'json') {
    process.stdout.write(
      `${JSON.stringify({ status, brief, report, writer: brief.writer, degradations: outcome.degradations, ...(fallback ? { fallback } : {}) }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(brief.markdown);
    console.error(renderCheckSummary(report, status));
    console.error(renderWriterSummary(brief.writer));
    if (outcome.degradations.length) console.error(`degraded data (needs review): ${outcome.degradations.join('; ')}`);
    if (budget.collectionCut())
      console.error(
        `run budget: collection cut after ${Math.round(budget.budgetMs * collectShare)} ms of ${budget.budgetMs} (GROUNDBRIEF_RUN_BUDGET_MS); the sources cut are listed as failed (timeout)`,
      );
    if (fallback)
      console.error(
        `fallback: template brief available (${fallback.report.ok ? 'verified' : 'needs review'}); see --format json`,
      );
  }
  return status === 'verified' ? 0 : 1;
}
