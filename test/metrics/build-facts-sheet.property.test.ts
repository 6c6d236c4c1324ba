import fc from 'fast-check';
import { describe, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import type { AssetSnapshot, Candle } from '../../src/domain/market-snapshot.ts';
import { buildFactsSheet } from '../../src/metrics/build-facts-sheet.ts';
import { AS_OF_MS, DAY, dayMs, snapshot } from './authored-market.ts';
import { expectSheetInvariants } from './sheet-invariants.ts';

const positive = fc.double({ min: 1e-8, max: 2e5, noNaN: true, noDefaultInfinity: true });
const candlesArb = fc
  .array(fc.tuple(positive, positive, fc.double({ min: 0, max: 1e9, noNaN: true })), { maxLength: 40 })
  .map((rows): Candle[] => {
    const last = dayMs('2025-11-12'); // includes an in-progress candle
    return rows.map(([a, b, volume], i) => {
      const open = last - (rows.length - 1 - i) * DAY;
      return [open, a, Math.max(a, b), Math.min(a, b), b, volume];
    });
  });
const assetArb = (id: string) =>
  fc
    .record({
      ticker: fc.option(
        fc.record({
          last: positive,
          open24h: positive,
          high24h: positive,
          low24h: positive,
          quoteVolume24h: fc.double({ min: 0, max: 1e10, noNaN: true }),
        }),
        { nil: undefined },
      ),
      candles: candlesArb,
      cap: fc.option(fc.double({ min: 1, max: 2e12, noNaN: true }), { nil: undefined }),
      perp: fc.option(
        fc.record({
          rate: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
          hours: fc.constantFrom(1, 4, 8),
          oi: fc.double({ min: 0, max: 1e11, noNaN: true }),
          ago24h: fc.option(fc.double({ min: 0, max: 1e11, noNaN: true }), { nil: undefined }),
          ago7d: fc.option(fc.double({ min: 0, max: 1e11, noNaN: true }), { nil: undefined }),
        }),
        { nil: undefined },
      ),
    })
    .map(
      ({ ticker, candles, cap, perp }): AssetSnapshot => ({
        id,
        venue: 'binance',
        pair: `${id.toUpperCase()}/USDT`,
        candles,
        ...(ticker ? { ticker: { ...ticker, timestamp: AS_OF_MS } } : {}),
        ...(cap !== undefined ? { marketCapUsd: cap } : {}),
        ...(perp
          ? {
              perp: {
                venue: 'binance',
                fundingRatePct: perp.rate,
                fundingIntervalHours: perp.hours,
                openInterestUsd: perp.oi,
                timestamp: AS_OF_MS,
                ...(perp.ago24h !== undefined ? { openInterestUsd24hAgo: perp.ago24h } : {}),
                ...(perp.ago7d !== undefined ? { openInterestUsd7dAgo: perp.ago7d } : {}),
              },
            }
          : {}),
      }),
    );

describe('buildFactsSheet on arbitrary snapshots of the default watchlist', () => {
  it('keeps every invariant: unique ids, finite values, units, levels around price, sector change within best/worst', () => {
    const assetsArb = fc.tuple(
      ...defaultRegistry.assets.map((config) => fc.option(assetArb(config.id), { nil: undefined })),
    );
    fc.assert(
      fc.property(assetsArb, (assets) => {
        const market = snapshot({ assets: assets.filter((asset): asset is AssetSnapshot => asset !== undefined) });
        const sheet = buildFactsSheet({ snapshot: market, registry: defaultRegistry, clusters: [] });
        expectSheetInvariants(sheet, market, defaultRegistry);
      }),
      { numRuns: 60 },
    );
  });
});
