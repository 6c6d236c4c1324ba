import { describe, expect, it } from 'vitest';
import { computeHmac, equalBytes } from '../../../src/lib/hmac.ts';
import { verifySecret, type HmacPort } from '../../../src/http/auth/verify-secret.ts';

/** An HMAC port that records every call and delegates to the real one. */
function recordingHmac() {
  const calls: { key: string; message: string }[] = [];
  const hmac: HmacPort = async (key, message) => {
    calls.push({ key, message });
    return computeHmac(key, message);
  };
  return { calls, hmac };
}

describe('verifySecret', () => {
  it('accepts the right token and refuses wrong, shorter, longer and empty ones', async () => {
    const expected = 'correct-horse-battery-staple';
    expect(await verifySecret({ presented: expected, expected })).toBe(true);
    for (const presented of ['correct-horse-battery-stapl3', 'c', `${expected}x`, '']) {
      expect(await verifySecret({ presented, expected })).toBe(false);
    }
  });

  it('never matches when the expected secret is empty (fails closed)', async () => {
    expect(await verifySecret({ presented: '', expected: '' })).toBe(false);
  });

  it('takes the same path for a right and a wrong token: two HMACs under one fresh key, then a full digest compare', async () => {
    const expected = 'editor-token-123';
    const right = recordingHmac();
    const wrong = recordingHmac();
    const empty = recordingHmac();
    expect(await verifySecret({ presented: expected, expected, hmac: right.hmac })).toBe(true);
    expect(await verifySecret({ presented: 'nope', expected, hmac: wrong.hmac })).toBe(false);
    expect(await verifySecret({ presented: '', expected, hmac: empty.hmac })).toBe(false);
    for (const { calls } of [right, wrong, empty]) {
      expect(calls).toHaveLength(2);
      expect(calls[0]!.key).toBe(calls[1]!.key); // both sides under the same key
      expect(calls[1]!.message).toBe(expected); // the expected side is always computed too
    }
    expect(right.calls.map((c) => c.message)).toEqual([expected, expected]);
    expect(wrong.calls.map((c) => c.message)).toEqual(['nope', expected]);
    // a fresh random key per comparison: digests cannot be precomputed or compared across calls
    expect(new Set([right.calls[0]!.key, wrong.calls[0]!.key, empty.calls[0]!.key]).size).toBe(3);
  });
});

describe('equalBytes', () => {
  /** Wraps bytes so every indexed read is counted. */
  function counted(bytes: Uint8Array, reads: { count: number }) {
    return new Proxy(bytes, {
      get(target, property) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads.count += 1;
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  it('reads every byte even when the first one already differs (no early exit)', () => {
    const reads = { count: 0 };
    const left = new Uint8Array(32).fill(7);
    const right = new Uint8Array(32).fill(7);
    right[0] = 8;
    expect(equalBytes(counted(left, reads), right)).toBe(false);
    expect(reads.count).toBe(32);
    reads.count = 0;
    expect(equalBytes(counted(left, reads), left.slice())).toBe(true);
    expect(reads.count).toBe(32);
  });

  it('is false for different lengths', () => {
    expect(equalBytes(new Uint8Array(2), new Uint8Array(3))).toBe(false);
  });
});
