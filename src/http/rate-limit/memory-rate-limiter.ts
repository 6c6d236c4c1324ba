// The per-isolate fallback when a Workers Rate Limiting binding is absent (tests, dev without the binding).
import type { RateLimitDecision, RateLimiter, RateLimitRule } from './rate-limiter.ts';

/** Most keys one limiter remembers: a client rotating keys cannot grow an isolate's memory past this. */
export const maxTrackedKeys = 10_000;

type Window = { startMs: number; count: number };
/** Counters of one isolate, by `<limit name>\u0000<key>`; module scope in the Worker, fresh in tests that want one. */
export type RateLimitCounters = Map<string, Window>;

export function createRateLimitCounters(): RateLimitCounters {
  return new Map();
}

const isolateCounters = createRateLimitCounters();

/**
 * Fixed-window counter per key held in the isolate's memory: `rule.limit` requests per `rule.periodSeconds`,
 * windows starting at the key's first request. Only as strong as one isolate (Cloudflare runs many), which is why
 * production uses the binding; this keeps dev and tests honest. When `maxTrackedKeys` keys are tracked, expired
 * windows are dropped first, then the oldest.
 */
export function createMemoryRateLimiter(input: {
  name: string;
  rule: RateLimitRule;
  nowMs: () => number;
  counters?: RateLimitCounters;
}): RateLimiter {
  const counters = input.counters ?? isolateCounters;
  const periodMs = input.rule.periodSeconds * 1000;
  return {
    async limit(key: string): Promise<RateLimitDecision> {
      const id = `${input.name}\u0000${key}`;
      const now = input.nowMs();
      let window = counters.get(id);
      if (!window || now - window.startMs >= periodMs || now < window.startMs) {
        if (!window && counters.size >= maxTrackedKeys) evict(counters, now, periodMs);
        window = { startMs: now, count: 0 };
        counters.delete(id);
        counters.set(id, window);
      }
      if (window.count >= input.rule.limit) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startMs + periodMs - now) / 1000)) };
      }
      window.count++;
      return { ok: true };
    },
  };
}

function evict(counters: RateLimitCounters, now: number, periodMs: number): void {
  for (const [id, window] of counters) if (now - window.startMs >= periodMs) counters.delete(id);
  while (counters.size >= maxTrackedKeys) {
    const oldest = counters.keys().next();
    if (oldest.done) break;
    counters.delete(oldest.value);
  }
}
