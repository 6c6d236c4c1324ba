/** HMAC-SHA256 and byte helpers on WebCrypto (`crypto.subtle`), identical in workerd and Node 20. */

const encoder = new TextEncoder();

/** HMAC-SHA256 of `message` under `key` (both UTF-8 strings); 32 bytes. An empty key is allowed (raw HMAC pads it). */
export async function computeHmac(key: string, message: string): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    encoder.encode(key.length > 0 ? key : '\u0000'),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message)));
}

/**
 * True when both arrays hold the same bytes. Looks at every byte of equal-length inputs (no early exit);
 * only the lengths leak, and callers compare fixed-length digests, so nothing does.
 */
export function equalBytes(left: Uint8Array, right: Uint8Array): boolean {
  if (left.length !== right.length) return false;
  let difference = 0;
  for (let index = 0; index < left.length; index += 1) difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  return difference === 0;
}

/** Base64url without padding (cookie- and form-safe). */
export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Inverse of `encodeBase64Url`; returns null for text that is not base64url. */
export function decodeBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** `bytes` random bytes as base64url (session ids, login nonces). */
export function createRandomId(bytes = 18): string {
  return encodeBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}
