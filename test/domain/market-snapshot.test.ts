import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candleSchema,
  collectedSnapshotSchema,
  isCandle,
  marketSnapshotSchema,
} from '../../src/domain/market-snapshot.ts';

const committed = JSON.parse(readFileSync(new URL('../../fixtures/day.snapshot.json', import.meta.url), 'utf8'));

// A run's collection validates with collectedSnapshotSchema (isCandle instead of zod's tuple, for a cheap cold run):
// it must accept exactly what marketSnapshotSchema accepts.
describe('isCandle', () => {
  it('accepts exactly what candleSchema accepts', () => {
    const cases: unknown[] = [
      [1, 2, 3, 4, 5, 6],
      [0, -0, -1.5, 1e300, Number.MAX_VALUE, Number.MIN_VALUE],
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4, 5, 6, 7],
      [1, 2, 3, 4, 5, Number.NaN],
      [1, 2, 3, 4, Number.POSITIVE_INFINITY, 6],
      [Number.NEGATIVE_INFINITY, 2, 3, 4, 5, 6],
      [1, 2, 3, '4', 5, 6],
      [1, 2, 3, 4, 5, null],
      [1, 2, 3, 4, 5, undefined],
      [1, 2, 3, 4, 5, 6n],
      [[1], 2, 3, 4, 5, 6],
      {},
      { length: 6, 0: 1, 1: 2, 2: 3, 3: 4, 4: 5, 5: 6 },
      '123456',
      null,
      undefined,
      [],
    ];
    for (const value of cases) expect(isCandle(value), String(value)).toBe(candleSchema.safeParse(value).success);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double(), fc.integer(), fc.constant(null), fc.string()), { maxLength: 8 }),
        (value) => isCandle(value) === candleSchema.safeParse(value).success,
      ),
      { numRuns: 2000 },
    );
  });
});

describe('collectedSnapshotSchema', () => {
  it('returns what marketSnapshotSchema returns for the fixtures day', () => {
    expect(collectedSnapshotSchema.parse(committed)).toStrictEqual(marketSnapshotSchema.parse(committed));
  });

  it('refuses a snapshot with a bad candle, as marketSnapshotSchema does', () => {
    for (const bad of [
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4, 5, Number.NaN],
      [1, 2, 3, 4, 5, '6'],
    ]) {
      const snapshot = structuredClone(committed);
      snapshot.assets[3].candles[7] = bad;
      expect(marketSnapshotSchema.safeParse(snapshot).success).toBe(false);
      const result = collectedSnapshotSchema.safeParse(snapshot);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['assets', 3, 'candles', 7]);
    }
  });
});
