import type { BriefWriter, WriteResult } from '../brief/brief-writer.ts';
import type { BriefStyle } from '../domain/brief.ts';
import type { FactsSheet } from '../domain/fact.ts';
import type { MarketSnapshot } from '../domain/market-snapshot.ts';
import type { Registry } from '../domain/registry.ts';
import { sheetFromSnapshot } from '../metrics/sheet-from-snapshot.ts';
import { findDegradations } from '../review/find-degradations.ts';
import { judgeBrief, type BriefVerdict } from '../review/status-policy.ts';

export type BriefOutcome = WriteResult & {
  sheet: FactsSheet;
  /** `judgeBrief` (src/review/status-policy.ts) of this outcome. */
  status: BriefVerdict;
  /** What the run's data lacks (findDegradations); any one sends the brief to review. */
  degradations: string[];
  /** Milliseconds per stage. */
  timings: { metrics: number; write: number };
};

/**
 * Everything after collection: cluster headlines, compute facts, write, check (the writer checks).
 * `elapsedMs` is the clock port (a monotonic clock in milliseconds in both roots); nothing here touches the network.
 */
export async function produceBrief(input: {
  snapshot: MarketSnapshot;
  registry: Registry;
  style: BriefStyle;
  writer: BriefWriter;
  elapsedMs: () => number;
  /** The run budget's write signal: an LLM writer still waiting when it aborts falls back. */
  signal?: AbortSignal;
  /** `sheetFromSnapshot` of this snapshot, when the caller computed it once for several styles (metrics time 0 here). */
  sheet?: FactsSheet;
}): Promise<BriefOutcome> {
  const { snapshot, registry, style, writer, elapsedMs } = input;
  const t0 = elapsedMs();
  const sheet = input.sheet ?? sheetFromSnapshot({ snapshot, registry });
  const t1 = elapsedMs();
  const result = await writer({ sheet, registry, style, ...(input.signal ? { signal: input.signal } : {}) });
  const t2 = elapsedMs();
  const degradations = findDegradations({ sheet, registry });
  return {
    ...result,
    sheet,
    degradations,
    status: judgeBrief({
      checkOk: result.report.ok,
      factCount: sheet.facts.length,
      writerFellBack: result.fallback !== undefined,
      degradations,
    }),
    timings: { metrics: t1 - t0, write: t2 - t1 },
  };
}
