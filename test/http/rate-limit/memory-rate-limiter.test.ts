import { describe, expect, it } from 'vitest';
import { parseRateLimitRules } from '../../../src/http/rate-limit/build-rate-limits.ts';
import { readClientKey } from '../../../src/http/rate-limit/client-key.ts';
import {
  createMemoryRateLimiter,
  createRateLimitCounters,
  maxTrackedKeys,
} from '../../../src/http/rate-limit/memory-rate-limiter.ts';
import { defaultRateLimitRules } from '../../../src/http/rate-limit/rate-limiter.ts';

describe('createMemoryRateLimiter', () => {
  it('allows `limit` per window per key, then refuses with the seconds left in the window', async () => {
    let nowMs = 1_000_000;
    const limiter = createMemoryRateLimiter({
      name: 'signIn',
      rule: { limit: 2, periodSeconds: 60 },
      nowMs: () => nowMs,
      counters: createRateLimitCounters(),
    });
    expect(await limiter.limit('a')).toEqual({ ok: true });
    nowMs += 10_000;
    expect(await limiter.limit('a')).toEqual({ ok: true });
    expect(await limiter.limit('a')).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(await limiter.limit('b')).toEqual({ ok: true });
    nowMs += 50_000;
    expect(await limiter.limit('a')).toEqual({ ok: true });
  });

  it('keeps at most maxTrackedKeys keys, dropping the oldest', async () => {
    const counters = createRateLimitCounters();
    const limiter = createMemoryRateLimiter({
      name: 'subscribe',
      rule: { limit: 1, periodSeconds: 60 },
      nowMs: () => 5,
      counters,
    });
    for (let i = 0; i <= maxTrackedKeys; i++) await limiter.limit(`k${i}`);
    expect(counters.size).toBe(maxTrackedKeys);
    expect(await limiter.limit(`k${maxTrackedKeys}`)).toEqual({ ok: false, retryAfterSeconds: 60 });
  });
});

describe('readClientKey', () => {
  it('uses CF-Connecting-IP, an IPv6 address by its /64, and never X-Forwarded-For', () => {
    expect(readClientKey(new Headers({ 'cf-connecting-ip': '203.0.113.5' }))).toBe('203.0.113.5');
    expect(readClientKey(new Headers({ 'cf-connecting-ip': '2001:DB8:0:1::5' }))).toBe('2001:db8:0:1::/64');
    expect(readClientKey(new Headers({ 'cf-connecting-ip': '2001:db8:0000:0001:9:9:9:9' }))).toBe('2001:db8:0:1::/64');
    expect(readClientKey(new Headers({ 'x-forwarded-for': '203.0.113.5' }))).toBe('unknown');
  });
});

describe('parseRateLimitRules', () => {
  it('overrides the defaults per name and names RATE_LIMITS when it is malformed', () => {
    expect(parseRateLimitRules(undefined)).toEqual(defaultRateLimitRules);
    expect(parseRateLimitRules('{"signIn":{"limit":3,"periodSeconds":10}}').signIn).toEqual({
      limit: 3,
      periodSeconds: 10,
    });
    expect(() => parseRateLimitRules('{"signIn":{"limit":0,"periodSeconds":10}}')).toThrow(/RATE_LIMITS/);
    expect(() => parseRateLimitRules('nope')).toThrow(/RATE_LIMITS/);
  });
});
