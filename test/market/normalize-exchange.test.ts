import { describe, expect, it } from 'vitest';
import { isRejected, normalizeCandles, normalizeTicker } from '../../src/market/normalize-exchange.ts';
import { normalizePerp, parseFundingIntervalHours } from '../../src/market/normalize-perp.ts';

const NOW = Date.UTC(2026, 10, 20, 7);
const HOUR = 3_600_000;

describe('normalizeTicker', () => {
  const row = {
    symbol: 'SOL/USDT',
    timestamp: NOW - 5_000,
    last: 152.41,
    high: 158.92,
    low: 151.63,
    open: 158.13,
    baseVolume: 3_500_000,
    quoteVolume: 542_000_000,
  };

  it('maps ccxt fields to the snapshot ticker', () => {
    expect(normalizeTicker(row, NOW, HOUR)).toEqual({
      last: 152.41,
      high24h: 158.92,
      low24h: 151.63,
      open24h: 158.13,
      quoteVolume24h: 542_000_000,
      timestamp: NOW - 5_000,
    });
  });

  it('derives a missing quote volume from base volume x last', () => {
    const ticker = normalizeTicker({ ...row, quoteVolume: undefined, baseVolume: 10 }, NOW, HOUR);
    expect(isRejected(ticker) ? undefined : ticker.quoteVolume24h).toBeCloseTo(1524.1, 6);
  });

  it('rejects zero rows (delisted) and rows older than the limit', () => {
    expect(normalizeTicker({ ...row, last: 0 }, NOW, HOUR)).toMatchObject({ rejected: 'invalid-data' });
    expect(normalizeTicker({ ...row, open: undefined }, NOW, HOUR)).toMatchObject({ rejected: 'invalid-data' });
    expect(normalizeTicker({ ...row, timestamp: NOW - HOUR - 1 }, NOW, HOUR)).toMatchObject({ rejected: 'stale' });
    expect(isRejected(normalizeTicker({ ...row, timestamp: NOW - HOUR }, NOW, HOUR))).toBe(false);
  });
});

describe('normalizeCandles', () => {
  it('sorts oldest first, keeps one row per open time, drops zero-price rows, volume in quote currency', () => {
    const rows = [
      [3 * HOUR, 12, 13, 11, 12.5, 4],
      [1 * HOUR, 10, 11, 9, 10.5, 2],
      [2 * HOUR, 0, 0, 0, 0, 0],
      [1 * HOUR, 10, 11.5, 9, 11, 3],
    ];
    expect(normalizeCandles(rows)).toEqual([
      [1 * HOUR, 10, 11.5, 9, 11, 33],
      [3 * HOUR, 12, 13, 11, 12.5, 50],
    ]);
  });
});

describe('normalizePerp', () => {
  const funding = { symbol: 'ETH/USDT:USDT', fundingRate: 0.000051, markPrice: 3400 };
  const row = (hoursAgo: number, usd: number) => ({
    symbol: 'ETH/USDT:USDT',
    timestamp: NOW - hoursAgo * HOUR,
    openInterestValue: usd,
  });

  it('picks the rows nearest to latest-24h and latest-7d within two hours', () => {
    const perp = normalizePerp({
      venue: 'binance',
      funding,
      openInterest: [row(1, 5e9), row(26, 5.5e9), row(24.5, 5.4e9), row(170, 6e9)],
    });
    // latest is 1h ago: 24h target = 25h ago -> the 24.5h row (0.5h off) beats the 26h row; 7d target = 169h -> 170h row.
    expect(perp).toEqual({
      venue: 'binance',
      fundingRatePct: 0.0051,
      fundingIntervalHours: 8,
      openInterestUsd: 5e9,
      openInterestUsd24hAgo: 5.4e9,
      openInterestUsd7dAgo: 6e9,
      timestamp: NOW - HOUR,
    });
  });

  it('leaves 24h/7d absent when no row is close enough, and needs a usable row and a funding rate', () => {
    const perp = normalizePerp({ venue: 'okx', funding, openInterest: [row(1, 5e9), row(30, 5.4e9)] });
    expect(perp).not.toHaveProperty('openInterestUsd24hAgo');
    expect(perp).not.toHaveProperty('openInterestUsd7dAgo');
    expect(normalizePerp({ venue: 'okx', funding, openInterest: [] })).toBeUndefined();
    expect(normalizePerp({ venue: 'okx', funding: { symbol: 'x' }, openInterest: [row(1, 5e9)] })).toBeUndefined();
  });

  it('values contract-only rows at the mark price', () => {
    const perp = normalizePerp({
      venue: 'bybit',
      funding,
      openInterest: [{ symbol: 'ETH/USDT:USDT', timestamp: NOW, openInterestAmount: 1000 }],
    });
    expect(perp?.openInterestUsd).toBe(3_400_000);
  });

  it('reads the funding interval from ccxt or the venue fields, default 8h', () => {
    expect(parseFundingIntervalHours({ interval: '4h' })).toBe(4);
    expect(parseFundingIntervalHours({ info: { fundingIntervalHour: '1' } })).toBe(1);
    expect(parseFundingIntervalHours({ info: { fundingIntervalHours: 4 } })).toBe(4);
    expect(parseFundingIntervalHours({})).toBe(8);
  });
});
