import type { Candle, Ticker } from '../domain/market-snapshot.ts';
import type { FailureReason } from '../domain/source-status.ts';
import type { CcxtTicker } from './ccxt-venues.ts';

export type Rejected = { rejected: FailureReason; detail: string };
const positive = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/**
 * A ccxt ticker as a snapshot ticker. Rejects zero/delisted rows (any of last/high/low/open not > 0) as
 * `invalid-data` and rows older than `maxAgeMs` before `nowMs` as `stale`. A missing quote volume is
 * derived from base volume x last; a missing open from ccxt's `change`-less fields is a rejection.
 */
export function normalizeTicker(raw: CcxtTicker, nowMs: number, maxAgeMs: number): Ticker | Rejected {
  const last = raw.last ?? raw.close;
  const { high, low, open } = raw;
  if (!positive(last) || !positive(high) || !positive(low) || !positive(open))
    return { rejected: 'invalid-data', detail: `${raw.symbol}: zero or missing price fields (delisted?)` };
  const timestamp = raw.timestamp ?? nowMs;
  if (nowMs - timestamp > maxAgeMs)
    return { rejected: 'stale', detail: `${raw.symbol}: ticker from ${new Date(timestamp).toISOString()}` };
  const quoteVolume = raw.quoteVolume ?? (raw.baseVolume !== undefined ? raw.baseVolume * last : undefined);
  if (quoteVolume === undefined || !(quoteVolume >= 0))
    return { rejected: 'invalid-data', detail: `${raw.symbol}: no volume` };
  return { last, high24h: high, low24h: low, open24h: open, quoteVolume24h: quoteVolume, timestamp };
}

/**
 * ccxt OHLCV rows (`[ms, o, h, l, c, baseVolume]`, any order) as snapshot candles: oldest first, one per
 * open time, rows with a non-positive price dropped, volume in quote currency (base volume x close, the
 * same approximation for every venue since not all report quote volume).
 */
export function normalizeCandles(rows: readonly (readonly (number | undefined)[])[]): Candle[] {
  const byTime = new Map<number, Candle>();
  for (const [time, open, high, low, close, volume] of rows) {
    if (typeof time !== 'number' || ![open, high, low, close].every(positive)) continue;
    const base = typeof volume === 'number' && volume >= 0 ? volume : 0;
    byTime.set(time, [time, open!, high!, low!, close!, base * close!]);
  }
  return [...byTime.values()].sort((a, b) => a[0] - b[0]);
}

export function isRejected<T>(value: T | Rejected): value is Rejected {
  return typeof value === 'object' && value !== null && 'rejected' in value;
}
