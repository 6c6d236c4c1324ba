// Test kit for Cloudflare Access tokens: an RSA key pair made with crypto.subtle, a JWKS like the team's certs
// endpoint serves, and JWTs signed here (RS256). Pure WebCrypto, so Node tests and workerd tests share it.
import { encodeBase64Url } from '../../../src/lib/hmac.ts';

export const teamDomain = 'https://groundbrief-test.cloudflareaccess.com';
export const audience = 'b1f3c0ffee0000000000000000000000000000000000000000000000000000aa';
export const certsUrl = `${teamDomain}/cdn-cgi/access/certs`;

const encoder = new TextEncoder();

export type AccessSigner = {
  kid: string;
  /** `{ keys: [...] }` as Cloudflare serves it (public RSA JWKs with kid/alg/use). */
  jwks: { keys: Record<string, unknown>[] };
  /** A compact JWS over `claims`; `header` overrides/extends `{ alg: 'RS256', kid, typ: 'JWT' }`. */
  sign: (claims: Record<string, unknown>, header?: Record<string, unknown>) => Promise<string>;
};

/** A fresh 2048-bit RS256 key pair named `kid`. */
export async function createAccessSigner(kid = 'test-key-1'): Promise<AccessSigner> {
  const pair = (await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  const publicJwk = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as JsonWebKey;
  const part = (value: unknown) => encodeBase64Url(encoder.encode(JSON.stringify(value)));
  return {
    kid,
    jwks: { keys: [{ kty: 'RSA', n: publicJwk.n, e: publicJwk.e, kid, alg: 'RS256', use: 'sig' }] },
    async sign(claims, header = {}) {
      const signingInput = `${part({ alg: 'RS256', kid, typ: 'JWT', ...header })}.${part(claims)}`;
      const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', pair.privateKey, encoder.encode(signingInput));
      return `${signingInput}.${encodeBase64Url(new Uint8Array(signature))}`;
    },
  };
}

/** The claims of a good Access token for `email`, valid from 1 minute before to 1 hour after `nowMs`. */
export function buildAccessClaims(
  email: string,
  nowMs: number,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const now = Math.floor(nowMs / 1000);
  return {
    aud: [audience],
    email,
    exp: now + 3600,
    iat: now - 60,
    nbf: now - 60,
    iss: teamDomain,
    type: 'app',
    sub: 'user-1',
    ...overrides,
  };
}
