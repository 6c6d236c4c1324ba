// Edition runs: collect -> metrics -> write -> check -> store. POST /api/runs writes one style, the cron several from
// one collection.
import type { BriefWriter } from '../brief/brief-writer.ts';
import { LlmAuthError, LlmRequestError } from '../brief/llm-errors.ts';
import { templateWriter } from '../brief/template-writer.ts';
import type { SourceConfig } from '../config/sources.ts';
import type { BriefStyle } from '../domain/brief.ts';
import type { FactsSheet } from '../domain/fact.ts';
import type { MarketSnapshot } from '../domain/market-snapshot.ts';
import type { Registry } from '../domain/registry.ts';
import type { FailureReason, SourceStatus } from '../domain/source-status.ts';
import { BadRequestError } from '../errors.ts';
import { judgeRun, statusAfterRun } from '../review/status-policy.ts';
import { defaultRunBudgetMs, startRunBudget } from '../lib/run-budget.ts';
import { sheetFromSnapshot } from '../metrics/sheet-from-snapshot.ts';
import type { RunRecord, Store, StoredBrief } from '../store/index.ts';
import { collectSnapshot } from './collect-snapshot.ts';
import type { EditionSource } from './edition-source.ts';
import { produceBrief, type BriefOutcome } from './produce-brief.ts';
import type { SelectedWriter } from './select-writer.ts';

export type RunEditionRequest = {
  style: BriefStyle;
  /** YYYY-MM-DD; must be the edition the source can produce (the fixture day offline, today live). */
  editionDate?: string;
  /** 'cron' | 'api' | ... (goes to the audit log). */
  actor: string;
  /** The brief waits for an editor even when it is verified and AUTO_PUBLISH is on. */
  hold?: boolean;
};

/** `created`: this call wrote the brief; `exists`: the (edition, style) was already there, nothing new was made. */
export type RunEditionResult = { outcome: 'created' | 'exists'; brief: StoredBrief; run?: RunRecord; message: string };

/** Several styles of one edition from ONE collection (the morning cron). */
export type RunEditionsRequest = {
  /** The styles to write, decided from the edition date (the source's; e.g. the cron's weekday schedule). */
  stylesFor: (editionDate: string) => readonly BriefStyle[];
  editionDate?: string;
  actor: string;
  hold?: boolean;
};

/** One style's end: created or found, or `failed` (its write, check or store threw; the other styles went on). */
export type StyleRunResult =
  | (RunEditionResult & { style: BriefStyle })
  | { outcome: 'failed'; style: BriefStyle; error: unknown; message: string };

export type RunEditionsResult = { editionDate: string; results: StyleRunResult[] };

export type RunEditionDeps = {
  /** Only the two calls a run makes (the D1 store in the Worker; a fake in tests drives the real run). */
  store: { briefs: Pick<Store['briefs'], 'getByEdition' | 'insertEdition'> };
  registry: Registry;
  sources: SourceConfig[];
  source: EditionSource;
  writer: SelectedWriter;
  autoPublish: boolean;
  /** Monotonic milliseconds (performance.now). */
  elapsedMs: () => number;
  /** Wall clock for created/published stamps. */
  now: () => Date;
  /** Overall budget of the run in ms (default 90 s): collection is cut at 60 %, the writer at 100 %. */
  runBudgetMs?: number;
};

/** One (edition, style): `runEditions` with one style; a failure of that style is thrown. */
export async function runEdition(request: RunEditionRequest, deps: RunEditionDeps): Promise<RunEditionResult> {
  const { style, ...rest } = request;
  const { results } = await runEditions({ ...rest, stylesFor: () => [style] }, deps);
  const [result] = results;
  if (!result) throw new Error(`runEditions returned no result for ${style}`);
  if (result.outcome === 'failed') throw result.error;
  return result;
}

/**
 * The styles `stylesFor(editionDate)` names, for the one edition the source can produce. Styles already stored come
 * back as `exists` and cost nothing; when every style exists nothing is collected. Otherwise market data and
 * headlines are collected ONCE (under one run budget), the facts sheet computed once, and each missing style is
 * written, checked, judged (its own status: `judgeRun` + AUTO_PUBLISH) and stored on its own: a style that throws is
 * `failed` and the others still end. Each insert is idempotent on (edition, style).
 */
export async function runEditions(request: RunEditionsRequest, deps: RunEditionDeps): Promise<RunEditionsResult> {
  const { store, source } = deps;
  const editionDate = source.editionDate();
  if (request.editionDate && request.editionDate !== editionDate) {
    throw new BadRequestError(
      `date: in ${source.mode} mode this Worker can only produce the edition of ${editionDate}`,
    );
  }
  const styles = [...new Set(request.stylesFor(editionDate))];
  const found = await Promise.all(styles.map((style) => store.briefs.getByEdition(editionDate, style)));
  const missing = styles.filter((_, index) => !found[index]);
  const written = new Map<BriefStyle, StyleRunResult>();
  if (missing.length > 0) {
    const budget = startRunBudget(deps.runBudgetMs ?? defaultRunBudgetMs);
    try {
      const collected = await collectEdition(deps, editionDate, budget);
      const settled = await Promise.allSettled(
        missing.map((style) => produceEdition({ ...request, style }, deps, collected, budget)),
      );
      settled.forEach((end, index) => {
        const style = missing[index] as BriefStyle;
        written.set(style, end.status === 'fulfilled' ? { ...end.value, style } : failedResult(style, end.reason));
      });
    } finally {
      budget.dispose();
    }
  }
  const results = styles.map((style, index): StyleRunResult => {
    const existing = found[index];
    if (existing)
      return {
        style,
        outcome: 'exists',
        brief: existing,
        message: `brief ${existing.id} already exists (${existing.status}); nothing new was made`,
      };
    return written.get(style) ?? failedResult(style, new Error(`${style} was not written`));
  });
  return { editionDate, results };
}

function failedResult(style: BriefStyle, error: unknown): StyleRunResult {
  const reason = error instanceof Error ? error.message : String(error);
  return { outcome: 'failed', style, error, message: `${style} failed: ${reason}` };
}

/** What one collection gives every style of the edition. */
type Collected = {
  snapshot: MarketSnapshot;
  sheet: FactsSheet;
  requestCount: number;
  /** elapsedMs() when the collection started. */
  start: number;
  collectMs: number;
  metricsMs: number;
};

async function collectEdition(
  deps: RunEditionDeps,
  editionDate: string,
  budget: ReturnType<typeof startRunBudget>,
): Promise<Collected> {
  const { source, elapsedMs } = deps;
  const start = elapsedMs();
  const { snapshot, requestCount } = await collectSnapshot({
    registry: deps.registry,
    sources: deps.sources,
    fetch: source.fetch,
    now: source.now(),
    editionDate,
    elapsedMs,
    ...(source.marketConfig ? { config: source.marketConfig } : {}),
    ...(source.feedCache ? { cache: source.feedCache } : {}),
    signal: budget.collect,
  });
  const collected = elapsedMs();
  const sheet = sheetFromSnapshot({ snapshot, registry: deps.registry });
  return { snapshot, sheet, requestCount, start, collectMs: collected - start, metricsMs: elapsedMs() - collected };
}

async function produceEdition(
  request: RunEditionRequest,
  deps: RunEditionDeps,
  collected: Collected,
  budget: ReturnType<typeof startRunBudget>,
): Promise<RunEditionResult> {
  const { store, source, elapsedMs } = deps;
  const { snapshot, sheet, requestCount, start } = collected;
  const { outcome, fellBack, llmStatus } = await writeWithFallback(deps.writer, (writer) =>
    produceBrief({
      snapshot,
      sheet,
      registry: deps.registry,
      style: request.style,
      writer,
      elapsedMs,
      signal: budget.write,
    }),
  );
  const status = statusAfterRun({
    verdict: judgeRun({ verdict: outcome.status, writerFellBack: fellBack, collectionCut: budget.collectionCut() }),
    autoPublish: deps.autoPublish && !request.hold,
  });
  const beforeStore = elapsedMs();
  const sources: SourceStatus[] = llmStatus ? [...snapshot.sources, llmStatus] : snapshot.sources;
  const run: RunRecord = {
    mode: source.mode,
    actor: request.actor,
    timings: {
      collect: collected.collectMs,
      metrics: collected.metricsMs,
      write: outcome.timings.write,
      total: beforeStore - start,
    },
    sources,
    requestCount,
    reviewReasons: [
      ...outcome.degradations,
      ...(budget.collectionCut() ? ['run budget: collection cut (the cut sources are listed as timeout)'] : []),
    ],
  };
  const { inserted, brief } = await store.briefs.insertEdition({
    brief: outcome.brief,
    report: outcome.report,
    fallback: outcome.fallback,
    status,
    record: { snapshot, sheet: outcome.sheet, run },
    actor: request.actor,
    at: deps.now().toISOString(),
  });
  if (!inserted)
    return {
      outcome: 'exists',
      brief,
      message: `brief ${brief.id} was created by a concurrent run; this run's text was discarded`,
    };
  return { outcome: 'created', brief, run, message: `brief ${brief.id} created as ${brief.status}` };
}

/**
 * Runs the selected writer; when the LLM writer throws (down, timeout, refused), the template writer stands in
 * and the brief is marked as fallen back, so it waits for review. A failing template writer is a real error.
 */
async function writeWithFallback(
  selected: SelectedWriter,
  produce: (writer: BriefWriter) => Promise<BriefOutcome>,
): Promise<{ outcome: BriefOutcome; fellBack: boolean; llmStatus?: SourceStatus }> {
  if (selected.kind === 'template') return { outcome: await produce(selected.write), fellBack: false };
  try {
    const outcome = await produce(selected.write);
    // The LLM writer gives up without throwing on transient failures: its brief then carries the template as `fallback`.
    const fellBack = outcome.brief.writer.kind !== 'llm' || outcome.fallback !== undefined;
    const detail = outcome.brief.writer.note ? { detail: outcome.brief.writer.note } : {};
    return {
      outcome,
      fellBack,
      llmStatus: { id: 'openai', kind: 'llm', status: fellBack ? 'fallback' : 'ok', ...detail },
    };
  } catch (error) {
    const detail = `LLM writer failed: ${error instanceof Error ? error.message : String(error)}`;
    const outcome = await produce(templateWriter);
    const brief = { ...outcome.brief, writer: { ...outcome.brief.writer, note: detail } };
    return {
      outcome: { ...outcome, brief },
      fellBack: true,
      llmStatus: { id: 'openai', kind: 'llm', status: 'failed', reason: classifyWriterFailure(error), detail },
    };
  }
}

/** Source-status reason for a thrown LLM writer error, decided by its type. */
function classifyWriterFailure(error: unknown): FailureReason {
  if (error instanceof LlmAuthError || error instanceof LlmRequestError) return 'http-status';
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'timeout';
  return 'network';
}
