import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../src/lib/hmac.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('base64url (shared by sessions, CSRF, Access JWTs and email links)', () => {
  it('matches the RFC 4648 test vectors without padding', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(encodeBase64Url(bytes(plain))).toBe(encoded);
      expect(decodeBase64Url(encoded)).toEqual(bytes(plain));
    }
  });

  it('uses - and _ where base64 has + and /, and refuses text outside the url alphabet', () => {
    expect(encodeBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
    expect(decodeBase64Url('-_-_')).toEqual(new Uint8Array([0xfb, 0xff, 0xbf]));
    for (const bad of ['+/+/', 'Zg==', 'a b', 'Z']) expect(decodeBase64Url(bad), bad).toBeNull();
  });
});
