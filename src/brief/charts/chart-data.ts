// What the charts draw, taken from the checker's facts (and, for the line, the daily candles those facts were computed from).
import type { BriefStyle } from '../../domain/brief.ts';
import type { Fact } from '../../domain/fact.ts';
import type { MarketSnapshot } from '../../domain/market-snapshot.ts';
import { candleDaysBefore, completedCandles, DAY_MS } from '../../metrics/candle-window.ts';

export type ChartWindow = '24h' | '7d' | '30d';
/** One sector's bar; `basis` (`equal-weighted`, `5 of 7 members`) when the move is not the full cap-weighted set. */
export type SectorMove = { sectorId: string; name: string; changePct: number; factId: string; basis?: string };

/** The window a style's sector chart shows: the daily snapshot 24h, the weekly update 7 days, the sector recap 30. */
export const sectorChartWindow: Record<BriefStyle, ChartWindow> = {
  'daily-snapshot': '24h',
  'weekly-update': '7d',
  'sector-recap': '30d',
};

/**
 * The `sector.<s>.change_<window>` facts (percentage points), largest gain first; the drawn value is the fact's value.
 * Sectors without the fact are absent (never zero).
 */
export function computeSectorMoves(facts: readonly Fact[], window: ChartWindow = '24h'): SectorMove[] {
  const pattern = new RegExp(`^sector\\.([a-z0-9-]+)\\.change_${window}$`);
  const moves: SectorMove[] = [];
  for (const fact of facts) {
    const match = pattern.exec(fact.id);
    if (match && Number.isFinite(fact.value))
      moves.push({
        sectorId: match[1]!,
        name: fact.entity.name,
        changePct: fact.value,
        factId: fact.id,
        ...(fact.basis ? { basis: fact.basis } : {}),
      });
  }
  return moves.sort((a, b) => b.changePct - a.changePct);
}

export type PricePoint = { time: number; value: number };

/** One asset's 30-day path: daily closes, then the price now; the marked levels are facts. */
export type PricePath = {
  assetId: string;
  name: string;
  /** The close of the reference day of `<a>.change_30d`, each later completed daily close, then `<a>.price` at asOf. */
  points: PricePoint[];
  price: Fact;
  change?: Fact;
  high?: Fact;
  low?: Fact;
};

/**
 * The 30-day path of `assetId` (default BTC) for the line chart. Its first point is the close `<a>.change_30d` is
 * measured from, its last point is the `<a>.price` fact, and the swing high/low lines are the `_30d` swing facts.
 * Undefined without the price fact, without the asset's candles or without that reference day among the completed candles.
 */
export function computePricePath(input: {
  facts: readonly Fact[];
  snapshot: Pick<MarketSnapshot, 'asOf' | 'assets'>;
  assetId?: string;
}): PricePath | undefined {
  const assetId = input.assetId ?? 'btc';
  const fact = (id: string) => input.facts.find((candidate) => candidate.id === `${assetId}.${id}`);
  const price = fact('price');
  // stored records are read back without re-validation: a record without assets or candles draws no line
  const asset = (input.snapshot.assets ?? []).find((candidate) => candidate.id === assetId);
  const asOfMs = Date.parse(input.snapshot.asOf);
  if (!price || !asset?.candles || !Number.isFinite(asOfMs)) return undefined;
  const reference = candleDaysBefore(asset.candles, asOfMs, 30);
  if (!reference) return undefined;
  const closes = completedCandles(asset.candles, asOfMs).filter((candle) => candle[0] >= reference[0]);
  const points = [
    ...closes.map((candle) => ({ time: candle[0] + DAY_MS, value: candle[4] })),
    { time: asOfMs, value: price.value },
  ];
  const change = fact('change_30d');
  const high = fact('swing_high_30d');
  const low = fact('swing_low_30d');
  return {
    assetId,
    name: price.entity.name,
    points,
    price,
    ...(change ? { change } : {}),
    ...(high ? { high } : {}),
    ...(low ? { low } : {}),
  };
}
