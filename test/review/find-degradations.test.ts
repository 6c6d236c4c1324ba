// Coverage rules: a run standing on less than the full data goes to review with reasons, and the brief says what its
// sector figures stand on (equal-weighted, "5 of 7 members"); the complete fixtures days stay verified.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateWriter } from '../../src/brief/template-writer.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { type MarketSnapshot, marketSnapshotSchema } from '../../src/domain/market-snapshot.ts';
import { produceBrief } from '../../src/pipeline/produce-brief.ts';

const day = (name: string): MarketSnapshot =>
  marketSnapshotSchema.parse(JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')));
const brief = (snapshot: MarketSnapshot, style: 'daily-snapshot' | 'sector-recap' = 'daily-snapshot') =>
  produceBrief({ snapshot, registry: defaultRegistry, style, writer: templateWriter, elapsedMs: () => 0 });

/** The fixtures day without the tickers and candles of `ids` (their exchange data lost). */
const withoutExchangeData = (snapshot: MarketSnapshot, ids: string[]): MarketSnapshot => ({
  ...snapshot,
  assets: snapshot.assets.map((asset) =>
    ids.includes(asset.id)
      ? { id: asset.id, candles: [], ...(asset.marketCapUsd ? { marketCapUsd: asset.marketCapUsd } : {}) }
      : asset,
  ),
});
/** The fixtures day as if CoinGecko had answered 503 to all three requests. */
const withoutCoingecko = (snapshot: MarketSnapshot): MarketSnapshot => {
  const { global: _global, ...rest } = snapshot;
  return {
    ...rest,
    categories: [],
    assets: snapshot.assets.map(({ marketCapUsd: _cap, ...asset }) => asset),
    sources: snapshot.sources.map((source) =>
      source.kind === 'coingecko'
        ? { id: source.id, kind: source.kind, status: 'failed', reason: 'http-status', detail: '503' }
        : source,
    ),
  };
};

describe('coverage rules and the degraded run', () => {
  it('the complete fixtures days have no degradation and stay verified', async () => {
    for (const name of [
      'day.snapshot.json',
      'day-rally.snapshot.json',
      'day-chop.snapshot.json',
      'day-squeeze.snapshot.json',
      'day-drift.snapshot.json',
      'day-rotation.snapshot.json',
      'day-flush.snapshot.json',
      'day-altseason.snapshot.json',
      'day-grind.snapshot.json',
      'day-whipsaw.snapshot.json',
      'day-ethdump.snapshot.json',
      'day-meltup.snapshot.json',
      'day-bleed.snapshot.json',
      'day-doldrums.snapshot.json',
      'day-breakdown.snapshot.json',
      'day-mania.snapshot.json',
      'day-rollup.snapshot.json',
      'day-capitulation.snapshot.json',
      'day-rebound.snapshot.json',
      'day-fakeout.snapshot.json',
      'day-spotlight.snapshot.json',
      'day-decouple.snapshot.json',
      'day-solstorm.snapshot.json',
    ]) {
      const outcome = await brief(day(name));
      expect(outcome.degradations).toEqual([]);
      expect(outcome.status).toBe('verified');
      expect(outcome.brief.markdown).not.toMatch(/equal-weighted|Data basis/);
    }
  });

  it('5 of 7 AI members: the sector is stated as partial, the text says so, the run waits for review', async () => {
    const outcome = await brief(withoutExchangeData(day('day.snapshot.json'), ['tao', 'wld']));
    const change = outcome.sheet.facts.find((fact) => fact.id === 'sector.ai.change_24h')!;
    expect(change).toMatchObject({ basis: '5 of 7 members', label: 'AI sector 24h change (5 of 7 members)' });
    expect(outcome.brief.markdown).toMatch(/AI tokens fell [\d.]+% over 24h \(5 of 7 members\)/);
    expect(outcome.brief.markdown).toContain('_Data basis: partial sectors (not every member had data): AI._');
    expect(outcome.report.ok).toBe(true);
    expect(outcome.status).toBe('needs_review');
    expect(outcome.degradations).toEqual([
      'no exchange price for 2 of 30 assets: TAO, WLD',
      'AI sector 24h change: 5 of 7 members',
      'AI sector 7d change: 5 of 7 members',
      'AI sector 30d change: 5 of 7 members',
    ]);
  });

  it('4 of 7 AI members is under the 2/3 minimum: no AI sector fact at all, and the reason says so', async () => {
    const outcome = await brief(withoutExchangeData(day('day.snapshot.json'), ['tao', 'wld', 'fet']));
    // Only what does not depend on member coverage stays: the members' summed caps and CoinGecko's own category.
    const ai = outcome.sheet.facts.filter((fact) => fact.id.startsWith('sector.ai.')).map((fact) => fact.id);
    expect(ai.sort()).toEqual([
      'sector.ai.category_cap',
      'sector.ai.category_change_24h',
      'sector.ai.category_volume_24h',
      'sector.ai.market_cap',
    ]);
    expect(outcome.brief.markdown).not.toMatch(/AI tokens (fell|rose)/);
    expect(outcome.status).toBe('needs_review');
    expect(outcome.degradations).toContain(
      'AI sector: under the minimum coverage (2/3 of its members) over 24h, no sector facts',
    );
  });

  it('CoinGecko down: every sector move is labelled equal-weighted in facts and text, and the run waits', async () => {
    const outcome = await brief(withoutCoingecko(day('day.snapshot.json')));
    const changes = outcome.sheet.facts.filter((fact) => fact.entity.kind === 'sector' && fact.metric === 'change');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((fact) => fact.basis === 'equal-weighted' && fact.label.endsWith('(equal-weighted)'))).toBe(
      true,
    );
    expect(outcome.brief.markdown).toMatch(/AI tokens fell [\d.]+% over 24h \(equal-weighted\)/);
    expect(outcome.brief.markdown).toContain('sector moves are equal-weighted (no market caps)');
    expect(outcome.report.ok).toBe(true);
    expect(outcome.status).toBe('needs_review');
    expect(outcome.degradations).toEqual([
      'CoinGecko unavailable (coingecko:categories http-status, coingecko:global http-status, coingecko:markets http-status): no market caps, sector moves equal-weighted',
    ]);
  });

  it('every exchange down: a short brief that is never verified, naming why', async () => {
    const snapshot = day('day.snapshot.json');
    const outcome = await brief(
      withoutExchangeData(
        snapshot,
        snapshot.assets.map((asset) => asset.id),
      ),
    );
    expect(outcome.status).toBe('needs_review');
    expect(outcome.degradations[0]).toBe('exchanges down: no price for any watchlist asset');
    expect(outcome.degradations).toContain('no funding or open interest for 5 of 5 perps: BTC, ETH, SOL, XRP, DOGE');
  });
});
