import { decodeBase64Url } from '../../lib/hmac.ts';

/** Header Cloudflare Access adds to every request it let through: the signed identity (RS256 JWT). */
export const accessJwtHeader = 'cf-access-jwt-assertion';

/** The Access application this Worker sits behind. */
export type AccessConfig = {
  /** `https://<team>.cloudflareaccess.com` (no trailing slash): the JWT's `iss` and the JWKS host. */
  teamDomain: string;
  /** The application's audience (AUD) tag; the JWT's `aud` must include it. */
  audience: string;
};

/** Finds the verification key a token names (`kid`), or null when the team has no such key. */
export type AccessKeyLookup = (kid: string) => Promise<CryptoKey | null>;

/** `email` is lower-cased and trimmed; `reason` says why a token was refused (safe to show). */
export type AccessJwtResult = { ok: true; email: string } | { ok: false; reason: string };

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function decodeJson(part: string): Record<string, unknown> | null {
  const bytes = decodeBase64Url(part);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(decoder.decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * Verifies a Cloudflare Access JWT: RS256 signature by the team key the header's `kid` names, `iss` equal to the
 * team domain, `aud` (string or array) including the audience tag, `exp` after and `nbf` (when present) at or before
 * `nowMs` (epoch ms, no leeway), and a non-empty `email` claim (service tokens have none and are refused).
 * Any other algorithm (`none`, HS256, ...) is refused before a key is looked up. Errors of `lookupKey` propagate.
 */
export async function verifyAccessJwt(input: {
  token: string | undefined;
  access: AccessConfig;
  nowMs: number;
  lookupKey: AccessKeyLookup;
}): Promise<AccessJwtResult> {
  const token = input.token?.trim();
  if (!token) return { ok: false, reason: 'no Cf-Access-Jwt-Assertion header' };
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed Access token' };
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJson(headerPart);
  const payload = decodeJson(payloadPart);
  const signature = decodeBase64Url(signaturePart);
  if (!header || !payload || !signature) return { ok: false, reason: 'malformed Access token' };
  if (header.alg !== 'RS256')
    return { ok: false, reason: `Access token algorithm ${JSON.stringify(header.alg)} is not RS256` };
  if (typeof header.kid !== 'string' || header.kid === '')
    return { ok: false, reason: 'Access token names no key (kid)' };

  const key = await input.lookupKey(header.kid);
  if (!key) return { ok: false, reason: 'Access token signed by an unknown key' };
  const signed = encoder.encode(`${headerPart}.${payloadPart}`);
  if (!(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, signature, signed))) {
    return { ok: false, reason: 'Access token signature does not verify' };
  }

  if (payload.iss !== input.access.teamDomain) return { ok: false, reason: 'Access token issued by another team' };
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.includes(input.access.audience))
    return { ok: false, reason: 'Access token is for another application (aud)' };
  if (typeof payload.exp !== 'number' || input.nowMs >= payload.exp * 1000)
    return { ok: false, reason: 'Access token expired' };
  if (payload.nbf !== undefined && (typeof payload.nbf !== 'number' || input.nowMs < payload.nbf * 1000)) {
    return { ok: false, reason: 'Access token not valid yet' };
  }
  const email = typeof payload.email === 'string' ? payload.email.trim().toLowerCase() : '';
  if (!email) return { ok: false, reason: 'Access token carries no email' };
  return { ok: true, email };
}
