import { computeHmac, createRandomId, equalBytes } from '../../lib/hmac.ts';

/** The HMAC port, injectable so tests can see which work a comparison does. */
export type HmacPort = (key: string, message: string) => Promise<Uint8Array>;

/**
 * Constant-time check of a presented secret (sign-in token, bearer token) against the expected one.
 * Both values are HMAC-ed under a fresh random key and the two 32-byte digests compared with no early exit,
 * so a wrong token, a token of another length and an empty token take exactly the path a right token takes.
 * An empty `expected` never matches (a missing secret fails closed), but is still compared the same way.
 */
export async function verifySecret(input: { presented: string; expected: string; hmac?: HmacPort }): Promise<boolean> {
  const hmac = input.hmac ?? computeHmac;
  const key = createRandomId(32);
  const [presentedDigest, expectedDigest] = await Promise.all([hmac(key, input.presented), hmac(key, input.expected)]);
  const same = equalBytes(presentedDigest, expectedDigest);
  return same && input.expected.length > 0;
}
