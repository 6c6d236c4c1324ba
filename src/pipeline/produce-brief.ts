import type { BriefWriter, WriteResult } from '../brief/brief-writer.ts';
import type { BriefStyle } from '../domain/brief.ts';
import type { FactsSheet } from '../domain/fact.ts';
import type { MarketSnapshot } from '../domain/market-snapshot.ts';
import type { Registry } from '../domain/registry.ts';
import { buildFactsSheet } from '../metrics/build-facts-sheet.ts';
import { clusterHeadlines } from '../sources/cluster-headlines.ts';

export type BriefOutcome = WriteResult & {
  sheet: FactsSheet;
  /**
   * `verified` only when the checker found no contradicted or unsupported claim, the run had market facts
   * at all (a run whose every upstream failed yields an empty brief), and the writer did not fall back
   * (a fallback means the writer asked for failed): otherwise a person must look at it.
   */
  status: 'verified' | 'needs_review';
  /** Milliseconds per stage. */
  timings: { metrics: number; write: number };
};

/**
 * Everything after collection: cluster headlines, compute facts, write, check (the writer checks).
 * `elapsedMs` is the clock port (performance.now in both roots); nothing here touches the network.
 */
export async function produceBrief(input: {
  snapshot: MarketSnapshot;
  registry: Registry;
  style: BriefStyle;
  writer: BriefWriter;
  elapsedMs: () => number;
}): Promise<BriefOutcome> {
  const { snapshot, registry, style, writer, elapsedMs } = input;
  const t0 = elapsedMs();
  const clusters = clusterHeadlines({ headlines: snapshot.headlines, registry, now: new Date(snapshot.asOf) });
  const sheet = buildFactsSheet({ snapshot, registry, clusters });
  const t1 = elapsedMs();
  const result = await writer({ sheet, registry, style });
  const t2 = elapsedMs();
  return {
    ...result,
    sheet,
    status: result.report.ok && sheet.facts.length > 0 && !result.fallback ? 'verified' : 'needs_review',
    timings: { metrics: t1 - t0, write: t2 - t1 },
  };
}
