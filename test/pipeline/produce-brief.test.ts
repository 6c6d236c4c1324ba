import { describe, expect, it } from 'vitest';
import { templateWriter } from '../../src/brief/template-writer.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { loadSnapshot } from '../../src/cli/load-snapshot.ts';
import type { MarketSnapshot } from '../../src/domain/market-snapshot.ts';
import { produceBrief } from '../../src/pipeline/produce-brief.ts';

const run = (snapshot: MarketSnapshot) =>
  produceBrief({
    snapshot,
    registry: defaultRegistry,
    style: 'daily-snapshot',
    writer: templateWriter,
    elapsedMs: () => 0,
  });

describe('produceBrief', () => {
  it('the fixtures day gives a verified brief whose every number the checker found', async () => {
    const outcome = await run(await loadSnapshot());
    expect(outcome.status).toBe('verified');
    expect(outcome.report.claims.length).toBeGreaterThan(20);
    expect(outcome.sheet.facts.length).toBeGreaterThan(100);
    expect(outcome.sheet.clusters.length).toBeGreaterThan(5);
  });

  it('a run where every upstream failed is never verified, even though its brief has no wrong number', async () => {
    const empty: MarketSnapshot = {
      version: 1,
      asOf: '2026-11-20T07:00:00.000Z',
      editionDate: '2026-11-20',
      assets: [],
      categories: [],
      headlines: [],
      sources: [
        { id: 'binance:tickers', kind: 'exchange', status: 'failed', reason: 'network', detail: 'fetch failed' },
      ],
    };
    const outcome = await run(empty);
    expect(outcome.report.ok).toBe(true);
    expect(outcome.sheet.facts).toHaveLength(0);
    expect(outcome.status).toBe('needs_review');
  });

  it('a writer that fell back is held for review even when the stand-in text checks clean', async () => {
    const snapshot = await loadSnapshot();
    const fellBack = async (input: Parameters<typeof templateWriter>[0]) => {
      const fallback = await templateWriter(input);
      return { ...fallback, brief: { ...fallback.brief, writer: { kind: 'llm' as const, note: 'refusal' } }, fallback };
    };
    const outcome = await produceBrief({
      snapshot,
      registry: defaultRegistry,
      style: 'daily-snapshot',
      writer: fellBack,
      elapsedMs: () => 0,
    });
    expect(outcome.report.ok).toBe(true);
    expect(outcome.status).toBe('needs_review');
  });

  it('one altered fact the brief relied on turns the same text into needs_review', async () => {
    const snapshot = await loadSnapshot();
    const first = await run(snapshot);
    // Re-check the first brief's text against a day where BTC's ticker reads 10% lower.
    const { checkBrief } = await import('../../src/factcheck/check-brief.ts');
    const altered = structuredClone(snapshot);
    const btc = altered.assets.find((a) => a.id === 'btc')!;
    btc.ticker = { ...btc.ticker!, last: btc.ticker!.last * 0.9 };
    const second = await run(altered);
    const report = checkBrief({ markdown: first.brief.markdown, sheet: second.sheet, registry: defaultRegistry });
    expect(report.ok).toBe(false);
    expect(report.claims.some((c) => c.verdict === 'contradicted' && c.factId?.startsWith('btc.'))).toBe(true);
  });
});
