import { computeHmac, decodeBase64Url, encodeBase64Url, equalBytes } from '../../lib/hmac.ts';

/** An editor session: random id, who (`editor:<name>`), expiry in epoch SECONDS. */
export type Session = { sid: string; actor: string; exp: number };

/** How long a session lasts: 8 hours (seconds). */
export const sessionLifetimeSeconds = 8 * 60 * 60;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `base64url(JSON payload).base64url(HMAC-SHA256(secret, "session:" + payload))`. */
export async function signSession(session: Session, secret: string): Promise<string> {
  const payload = encodeBase64Url(encoder.encode(JSON.stringify(session)));
  const signature = await computeHmac(secret, `session:${payload}`);
  return `${payload}.${encodeBase64Url(signature)}`;
}

/**
 * The session in a cookie value, or null when it is malformed, its signature does not match (constant-time),
 * or it expired at or before `nowMs` (epoch milliseconds).
 */
export async function verifySession(value: string | undefined, secret: string, nowMs: number): Promise<Session | null> {
  if (!value) return null;
  const [payload, signatureText, extra] = value.split('.');
  if (payload === undefined || signatureText === undefined || extra !== undefined) return null;
  const signature = decodeBase64Url(signatureText);
  const expected = await computeHmac(secret, `session:${payload}`);
  if (!signature || !equalBytes(signature, expected)) return null;
  const bytes = decodeBase64Url(payload);
  if (!bytes) return null;
  let session: unknown;
  try {
    session = JSON.parse(decoder.decode(bytes));
  } catch {
    return null;
  }
  if (!isSession(session) || session.exp * 1000 <= nowMs) return null;
  return session;
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.sid === 'string' && typeof record.actor === 'string' && typeof record.exp === 'number';
}
