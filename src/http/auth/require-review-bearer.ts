import { createMiddleware } from 'hono/factory';
import { requireSecret } from '../../env.ts';
import { UnauthorizedError } from '../../errors.ts';
import type { AppEnv } from '../app-env.ts';
import { verifySecret } from './verify-secret.ts';

/**
 * Gate of the review API: `Authorization: Bearer <API_TOKEN>`, compared with verifySecret (HMAC of both sides,
 * so a missing, wrong or right token all take the same path). 401 UNAUTHORIZED otherwise; 500 MISCONFIGURED when
 * API_TOKEN is unset (fails closed).
 */
export const requireReviewBearer = createMiddleware<AppEnv>(async (c, next) => {
  const expected = requireSecret(c.var.services.config, 'API_TOKEN');
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1] ?? '';
  if (!(await verifySecret({ presented, expected }))) {
    c.header('WWW-Authenticate', 'Bearer realm="groundbrief-review"');
    throw new UnauthorizedError(presented ? 'invalid bearer token' : 'missing bearer token (Authorization: Bearer <API_TOKEN>)');
  }
  await next();
});
