import { describe, expect, it } from 'vitest';
import { computeCsrfToken, isAllowedOrigin, verifyCsrfToken } from '../../../src/http/auth/csrf.ts';
import { signSession, verifySession } from '../../../src/http/auth/session.ts';

const secret = 'session-secret-for-tests-0123456789';
const now = Date.parse('2026-11-20T07:00:00Z');
const session = { sid: 'abc', actor: 'editor:ana', exp: now / 1000 + 3600 };

describe('session cookie', () => {
  it('round-trips a signed session', async () => {
    expect(await verifySession(await signSession(session, secret), secret, now)).toEqual(session);
  });

  it('refuses a tampered payload, another secret, an expired session and junk', async () => {
    const value = await signSession(session, secret);
    const [payload, signature] = value.split('.');
    const forged = btoa(JSON.stringify({ ...session, actor: 'editor:mallory' }))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    expect(await verifySession(`${forged}.${signature}`, secret, now)).toBeNull();
    expect(await verifySession(value, 'another-secret', now)).toBeNull();
    expect(await verifySession(value, secret, now + 3600 * 1000)).toBeNull(); // exp reached
    expect(await verifySession(`${payload}`, secret, now)).toBeNull();
    expect(await verifySession(`${payload}.${signature}.x`, secret, now)).toBeNull();
    expect(await verifySession(undefined, secret, now)).toBeNull();
  });
});

describe('CSRF', () => {
  it('binds the token to the session id', async () => {
    const token = await computeCsrfToken('sid-1', secret);
    expect(await verifyCsrfToken({ token, sid: 'sid-1', secret })).toBe(true);
    expect(await verifyCsrfToken({ token, sid: 'sid-2', secret })).toBe(false);
    expect(await verifyCsrfToken({ token: '', sid: 'sid-1', secret })).toBe(false);
  });

  it('accepts only allowed origins, by Origin or else Referer', () => {
    const allowed = ['https://review.example'];
    const request = (headers: Record<string, string>) =>
      new Request('https://review.example/review/x/approve', { method: 'POST', headers });
    expect(isAllowedOrigin(request({ origin: 'https://review.example' }), allowed)).toBe(true);
    expect(isAllowedOrigin(request({ origin: 'https://evil.example' }), allowed)).toBe(false);
    expect(isAllowedOrigin(request({ origin: 'null' }), allowed)).toBe(false);
    expect(isAllowedOrigin(request({ referer: 'https://review.example/review/x' }), allowed)).toBe(true);
    expect(isAllowedOrigin(request({ referer: 'https://evil.example/page' }), allowed)).toBe(false);
    expect(isAllowedOrigin(request({}), allowed)).toBe(false);
  });
});
