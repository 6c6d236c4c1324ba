import { computeHmac, encodeBase64Url } from '../../lib/hmac.ts';
import { verifySecret } from './verify-secret.ts';

/** Name of the hidden form field that carries the CSRF token. */
export const csrfFieldName = '_csrf';

/** The per-session CSRF token: base64url HMAC-SHA256(secret, "csrf:" + session id). */
export async function computeCsrfToken(sid: string, secret: string): Promise<string> {
  return encodeBase64Url(await computeHmac(secret, `csrf:${sid}`));
}

/** True when `token` is the CSRF token of session `sid` (constant-time; a missing token is ''). */
export async function verifyCsrfToken(input: { token: string; sid: string; secret: string }): Promise<boolean> {
  const expected = await computeCsrfToken(input.sid, input.secret);
  return verifySecret({ presented: input.token, expected });
}

/**
 * True when a state-changing request comes from one of `allowedOrigins` (e.g. the request URL's origin and
 * PUBLIC_BASE_URL): by its Origin header, or, when a browser sent none, by its Referer. Neither -> false.
 */
export function isAllowedOrigin(request: Request, allowedOrigins: string[]): boolean {
  const origin = request.headers.get('origin');
  if (origin !== null) return origin !== 'null' && allowedOrigins.includes(origin);
  const referer = request.headers.get('referer');
  if (referer === null) return false;
  try {
    return allowedOrigins.includes(new URL(referer).origin);
  } catch {
    return false;
  }
}
