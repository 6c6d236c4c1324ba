/** The rate-limit port: one named limit, counted per key (a client address, a normalized email address). */

/** `retryAfterSeconds`: whole seconds until the caller may try again (an upper bound when the backend cannot tell). */
export type RateLimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request for `key` and says whether it is within the limit. Never throws. */
  limit(key: string): Promise<RateLimitDecision>;
}

/** The limits the Worker enforces, each counted per client address. */
export const rateLimitNames = ['signIn', 'bearer', 'subscribe'] as const;
export type RateLimitName = (typeof rateLimitNames)[number];
export type RateLimits = Record<RateLimitName, RateLimiter>;

/** `limit` requests per `periodSeconds` (the Workers binding accepts periods of 10 or 60 s only; the fallback any). */
export type RateLimitRule = { limit: number; periodSeconds: number };

/**
 * Defaults, the same as wrangler.toml's `[[ratelimits]]` so dev without the binding behaves like production:
 * editor sign-in 10 POSTs a minute, bearer routes 60 requests a minute, subscribe 5 POSTs a minute, per address.
 */
export const defaultRateLimitRules: Record<RateLimitName, RateLimitRule> = {
  signIn: { limit: 10, periodSeconds: 60 },
  bearer: { limit: 60, periodSeconds: 60 },
  subscribe: { limit: 5, periodSeconds: 60 },
};

/** The Workers Rate Limiting binding that backs each limit (wrangler.toml `[[ratelimits]] name`). */
export const rateLimitBindingNames = {
  signIn: 'SIGN_IN_RATE_LIMIT',
  bearer: 'API_RATE_LIMIT',
  subscribe: 'SUBSCRIBE_RATE_LIMIT',
} as const satisfies Record<RateLimitName, string>;
