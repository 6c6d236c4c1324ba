// The Worker's rate limiters: the Workers Rate Limiting binding when present, else the per-isolate fallback.
import * as z from 'zod';
import { ConfigError } from '../../errors.ts';
import { createBindingRateLimiter } from './binding-rate-limiter.ts';
import { createMemoryRateLimiter, type RateLimitCounters } from './memory-rate-limiter.ts';
import {
  defaultRateLimitRules,
  rateLimitBindingNames,
  rateLimitNames,
  type RateLimitName,
  type RateLimitRule,
  type RateLimits,
} from './rate-limiter.ts';

const ruleSchema = z.strictObject({
  limit: z.number().int().positive(),
  periodSeconds: z.number().int().positive(),
});
const rulesSchema = z.strictObject({
  signIn: ruleSchema.optional(),
  bearer: ruleSchema.optional(),
  subscribe: ruleSchema.optional(),
});

/**
 * `RATE_LIMITS` (optional var): JSON like `{"signIn":{"limit":3,"periodSeconds":60}}` overriding the fallback's rules
 * (the binding's own limits live in wrangler.toml). Throws ConfigError naming the var when it is not that shape.
 */
export function parseRateLimitRules(text: string | undefined): Record<RateLimitName, RateLimitRule> {
  if (!text?.trim()) return defaultRateLimitRules;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError('RATE_LIMITS must be JSON like {"signIn":{"limit":10,"periodSeconds":60}}', { cause });
  }
  const parsed = rulesSchema.safeParse(value);
  if (!parsed.success)
    throw new ConfigError(
      `RATE_LIMITS: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return { ...defaultRateLimitRules, ...parsed.data };
}

const isBinding = (value: unknown): value is RateLimit =>
  typeof value === 'object' && value !== null && typeof (value as RateLimit).limit === 'function';

/**
 * One limiter per name: the binding `rateLimitBindingNames[name]` from `env` when it is there (limits from
 * wrangler.toml), otherwise the in-memory fallback with `rules` (each isolate counts alone).
 */
export function buildRateLimits(input: {
  env: object;
  rules: Record<RateLimitName, RateLimitRule>;
  nowMs: () => number;
  counters?: RateLimitCounters;
}): RateLimits {
  const build = (name: RateLimitName) => {
    const rule = input.rules[name];
    const fallback = createMemoryRateLimiter({
      name,
      rule,
      nowMs: input.nowMs,
      ...(input.counters ? { counters: input.counters } : {}),
    });
    const binding = (input.env as Record<string, unknown>)[rateLimitBindingNames[name]];
    return isBinding(binding)
      ? createBindingRateLimiter({ binding, periodSeconds: bindingPeriodSeconds, fallback })
      : fallback;
  };
  return Object.fromEntries(rateLimitNames.map((name) => [name, build(name)])) as RateLimits;
}

/** Every `[[ratelimits]]` in wrangler.toml uses a 60 s period: the Retry-After a binding refusal carries. */
export const bindingPeriodSeconds = 60;
