// Adapter: Cloudflare's Workers Rate Limiting binding (wrangler.toml `[[ratelimits]]`).
import type { RateLimitDecision, RateLimiter } from './rate-limiter.ts';

/**
 * A limiter over one binding. The binding answers only yes/no (no reset time), so a refusal carries
 * `periodSeconds` (the binding's period, from wrangler.toml) as Retry-After: an upper bound. The binding's
 * counters are per Cloudflare location and approximate (documented by Cloudflare). If the binding itself fails,
 * the request is counted by `fallback` instead (never fail open, never fail the request).
 */
export function createBindingRateLimiter(input: {
  binding: RateLimit;
  periodSeconds: number;
  fallback: RateLimiter;
}): RateLimiter {
  return {
    async limit(key: string): Promise<RateLimitDecision> {
      try {
        const { success } = await input.binding.limit({ key });
        return success ? { ok: true } : { ok: false, retryAfterSeconds: input.periodSeconds };
      } catch (error) {
        console.error('[rate-limit] binding failed, counting in this isolate', error);
        return input.fallback.limit(key);
      }
    },
  };
}
