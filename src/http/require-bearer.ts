import { createMiddleware } from 'hono/factory';
import { requireSecret } from '../env.ts';
import { UnauthorizedError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

/** Constant-time string equality: both sides are hashed first, so length and content leak nothing. */
export async function verifyTokenEquals(given: string, expected: string): Promise<boolean> {
  const encoder = new TextEncoder();
  const [a, b] = await Promise.all([
    crypto.subtle.digest('SHA-256', encoder.encode(given)),
    crypto.subtle.digest('SHA-256', encoder.encode(expected)),
  ]);
  const left = new Uint8Array(a);
  const right = new Uint8Array(b);
  let difference = 0;
  for (let i = 0; i < left.length; i++) difference |= left[i]! ^ right[i]!;
  return difference === 0;
}

/**
 * Requires `Authorization: Bearer <API_TOKEN>`. 401 UNAUTHORIZED when absent or wrong; 500 MISCONFIGURED when
 * the secret itself is unset (fails closed).
 */
export const requireApiToken = createMiddleware<AppEnv>(async (c, next) => {
  const expected = requireSecret(c.var.services.config, 'API_TOKEN');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
  if (!match) {
    c.header('WWW-Authenticate', 'Bearer realm="groundbrief"');
    throw new UnauthorizedError('missing bearer token (Authorization: Bearer <API_TOKEN>)');
  }
  if (!(await verifyTokenEquals(match[1]!, expected))) {
    c.header('WWW-Authenticate', 'Bearer realm="groundbrief", error="invalid_token"');
    throw new UnauthorizedError('invalid bearer token');
  }
  await next();
});
