/**
 * Signed link tokens for confirm, unsubscribe and manage links: `base64url(payload).base64url(HMAC-SHA256)`.
 * Uses only crypto.subtle, so it runs the same in workerd and Node. The secret is EMAIL_LINK_SECRET
 * (or SESSION_SECRET); a token signed for one purpose never verifies for another.
 */

import { decodeBase64Url, encodeBase64Url } from '../lib/hmac.ts';

/** `manage`: the subscriber's page to change styles or unsubscribe (a link in every email, never expires). */
export type LinkPurpose = 'confirm' | 'unsubscribe' | 'manage';

type Payload = { p: LinkPurpose; s: string; e?: number };

const encoder = new TextEncoder();
const DOMAIN = 'groundbrief-link-v1';

async function importKey(secret: string): Promise<CryptoKey> {
  if (secret.length < 16)
    throw new Error('link secret must be at least 16 characters (EMAIL_LINK_SECRET or SESSION_SECRET)');
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

/**
 * Signs a link token for `subscriberId`. `expiresAt` is optional: unsubscribe links should keep
 * working for as long as old emails exist (RFC 8058 asks for that), confirm links should expire.
 */
export async function signLinkToken(input: {
  secret: string;
  purpose: LinkPurpose;
  subscriberId: string;
  expiresAt?: Date;
}): Promise<string> {
  const payload: Payload = { p: input.purpose, s: input.subscriberId };
  if (input.expiresAt) payload.e = Math.floor(input.expiresAt.getTime() / 1000);
  const body = encodeBase64Url(encoder.encode(JSON.stringify(payload)));
  const key = await importKey(input.secret);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(`${DOMAIN}.${body}`)));
  return `${body}.${encodeBase64Url(mac)}`;
}

/**
 * Verifies a token for `purpose` at time `now`. Returns the subscriber id, or null for anything
 * forged, malformed, expired, or signed for a different purpose (constant-time MAC comparison).
 */
export async function verifyLinkToken(input: {
  secret: string;
  purpose: LinkPurpose;
  token: string;
  now: Date;
}): Promise<{ subscriberId: string } | null> {
  const parts = input.token.split('.');
  if (parts.length !== 2) return null;
  const [body, macText] = parts as [string, string];
  const mac = decodeBase64Url(macText);
  if (mac?.length !== 32) return null;
  const key = await importKey(input.secret);
  const ok = await crypto.subtle.verify('HMAC', key, mac, encoder.encode(`${DOMAIN}.${body}`));
  if (!ok) return null;
  const raw = decodeBase64Url(body);
  if (!raw) return null;
  let payload: Payload;
  try {
    payload = JSON.parse(new TextDecoder().decode(raw)) as Payload;
  } catch {
    return null;
  }
  if (payload.p !== input.purpose || typeof payload.s !== 'string' || payload.s === '') return null;
  if (payload.e !== undefined && input.now.getTime() / 1000 > payload.e) return null;
  return { subscriberId: payload.s };
}

/** `${baseUrl}${path}?token=...` with the base's trailing slash removed. */
export function buildLinkUrl(baseUrl: string, path: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}?token=${encodeURIComponent(token)}`;
}
