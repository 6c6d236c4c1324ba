import { createMiddleware } from 'hono/factory';
import { requireSecret } from '../env.ts';
import { UnauthorizedError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';
import { verifySecret } from './auth/verify-secret.ts';
import { enforceRateLimit } from './rate-limit/rate-limit-middleware.ts';

/**
 * The one bearer gate (`POST /api/runs`, `/api/review/*`): `Authorization: Bearer <API_TOKEN>`, compared with
 * verifySecret (HMAC of both sides under a fresh key, so a missing, wrong or right token all take the same path).
 * 401 UNAUTHORIZED with `WWW-Authenticate` when absent or wrong; 500 MISCONFIGURED when API_TOKEN itself is unset
 * (fails closed). Every request is first counted against the `bearer` rate limit of its client (429 with
 * Retry-After over it), so guessing tokens is bounded per client.
 */
export const requireApiToken = createMiddleware<AppEnv>(async (c, next) => {
  await enforceRateLimit(c, 'bearer');
  const expected = requireSecret(c.var.services.config, 'API_TOKEN');
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1] ?? '';
  if (!(await verifySecret({ presented, expected }))) {
    c.header(
      'WWW-Authenticate',
      presented ? 'Bearer realm="groundbrief", error="invalid_token"' : 'Bearer realm="groundbrief"',
    );
    throw new UnauthorizedError(
      presented ? 'invalid bearer token' : 'missing bearer token (Authorization: Bearer <API_TOKEN>)',
    );
  }
  await next();
});
