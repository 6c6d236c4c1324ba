import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../../errors.ts';
import type { AppEnv } from '../app-env.ts';
import { readClientKey } from './client-key.ts';
import type { RateLimitName } from './rate-limiter.ts';

/** 429 TOO_MANY_REQUESTS; `Retry-After` is already set on the context when it is thrown. */
export class TooManyRequestsError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Counts the request against the limit `name` for its client (`readClientKey`). Within it: returns. Over it: sets
 * `Retry-After` and throws TooManyRequestsError (429 `{"error":{"code":"TOO_MANY_REQUESTS"}}`).
 */
export async function enforceRateLimit<E extends AppEnv>(c: Context<E>, name: RateLimitName): Promise<void> {
  const decision = await c.var.services.rateLimits[name].limit(readClientKey(c.req.raw.headers));
  if (decision.ok) return;
  c.header('Retry-After', String(decision.retryAfterSeconds));
  throw new TooManyRequestsError(
    `too many requests: try again in ${decision.retryAfterSeconds} s`,
    decision.retryAfterSeconds,
  );
}

/**
 * Middleware form of enforceRateLimit, placed before anything else on the route (a refused request costs no token
 * comparison, D1 write or email). `render` answers refused HTML form posts with a page instead of JSON (null: JSON).
 */
export function rateLimit<E extends AppEnv>(
  name: RateLimitName,
  options: { render?: (c: Context<E>, retryAfterSeconds: number) => Response | Promise<Response> | null } = {},
): MiddlewareHandler<E> {
  return async (c, next) => {
    try {
      await enforceRateLimit(c, name);
    } catch (error) {
      const page = error instanceof TooManyRequestsError ? options.render?.(c, error.retryAfterSeconds) : null;
      if (page) return page;
      throw error;
    }
    await next();
  };
}
