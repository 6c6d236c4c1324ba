import { describe, expect, it } from 'vitest';
import { normalizeAddressKey } from '../../src/email/normalize-address.ts';
import { subscribeInputSchema } from '../../src/http/subscribe/subscribe-routes.ts';

describe('normalizeAddressKey', () => {
  it('folds case, +tags and Gmail dots into one recipient', () => {
    expect(normalizeAddressKey(' Name+1@Example.com ')).toBe('name@example.com');
    expect(normalizeAddressKey('name+a+b@example.com')).toBe('name@example.com');
    expect(normalizeAddressKey('A.n.n+x@GoogleMail.com')).toBe('ann@gmail.com');
    expect(normalizeAddressKey('a.nn@gmail.com')).toBe('ann@gmail.com');
  });

  it('keeps dots outside Gmail, a leading +, and input without @', () => {
    expect(normalizeAddressKey('first.last@example.com')).toBe('first.last@example.com');
    expect(normalizeAddressKey('+tag@example.com')).toBe('+tag@example.com');
    expect(normalizeAddressKey('NoAt')).toBe('noat');
  });

  it('splits at the first @, as the 0004 backfill does (sign-up accepts one @ only, so a valid address has one)', () => {
    expect(normalizeAddressKey('a+x@b@example.com')).toBe('a@b@example.com');
    expect(normalizeAddressKey('a@b+c@example.com')).toBe('a@b+c@example.com');
    for (const email of ['a+x@b@example.com', '"a@b"@example.com'])
      expect(subscribeInputSchema.safeParse({ email }).success, email).toBe(false);
  });
});
