import { describe, expect, it } from 'vitest';
import { buildLinkUrl, signLinkToken, verifyLinkToken } from '../../src/email/sign-link.ts';

const secret = 'test-link-secret-0123456789';
const now = new Date('2026-11-20T06:00:00Z');

describe('signLinkToken / verifyLinkToken', () => {
  it('round-trips the subscriber id for the same purpose and secret', async () => {
    const token = await signLinkToken({ secret, purpose: 'unsubscribe', subscriberId: 'sub_1' });
    expect(await verifyLinkToken({ secret, purpose: 'unsubscribe', token, now })).toEqual({ subscriberId: 'sub_1' });
  });

  it('refuses another purpose, another secret, and a tampered payload or MAC', async () => {
    const token = await signLinkToken({ secret, purpose: 'confirm', subscriberId: 'sub_1' });
    expect(await verifyLinkToken({ secret, purpose: 'unsubscribe', token, now })).toBeNull();
    expect(await verifyLinkToken({ secret: 'another-secret-0123456789', purpose: 'confirm', token, now })).toBeNull();
    const [body, mac] = token.split('.') as [string, string];
    const forgedBody = btoa(JSON.stringify({ p: 'confirm', s: 'sub_2' }))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    expect(await verifyLinkToken({ secret, purpose: 'confirm', token: `${forgedBody}.${mac}`, now })).toBeNull();
    const flipped = mac.slice(0, -2) + (mac.at(-2) === 'A' ? 'B' : 'A') + mac.at(-1);
    expect(await verifyLinkToken({ secret, purpose: 'confirm', token: `${body}.${flipped}`, now })).toBeNull();
    for (const junk of ['', 'x', 'a.b.c', `${body}.`, `.${mac}`, `${body}.!!!`])
      expect(await verifyLinkToken({ secret, purpose: 'confirm', token: junk, now })).toBeNull();
  });

  it('honours the expiry: valid before, refused after', async () => {
    const token = await signLinkToken({
      secret,
      purpose: 'confirm',
      subscriberId: 'sub_1',
      expiresAt: new Date('2026-11-21T00:00:00Z'),
    });
    expect(await verifyLinkToken({ secret, purpose: 'confirm', token, now })).not.toBeNull();
    expect(
      await verifyLinkToken({ secret, purpose: 'confirm', token, now: new Date('2026-11-21T00:00:01Z') }),
    ).toBeNull();
  });

  it('refuses a short secret rather than signing with it', async () => {
    await expect(signLinkToken({ secret: 'short', purpose: 'confirm', subscriberId: 'x' })).rejects.toThrow(
      /at least 16/,
    );
  });

  it('builds URL-safe links', async () => {
    const token = await signLinkToken({ secret, purpose: 'unsubscribe', subscriberId: 'sub_1' });
    const url = new URL(buildLinkUrl('https://groundbrief.test/', '/unsubscribe', token));
    expect(url.pathname).toBe('/unsubscribe');
    expect(url.searchParams.get('token')).toBe(token);
  });
});
