// The offline `email` command over the bundled fixture day: a complete message a real parser accepts.
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildOfflineEmail, exampleBaseUrl } from '../../src/cli/commands/email.ts';
import { verifyLinkToken } from '../../src/email/sign-link.ts';

describe('email command (fixtures day)', () => {
  it('writes a multipart message with both parts, RFC 8058 headers and the fixture sectors charted', async () => {
    const { email } = await buildOfflineEmail();
    const parsed = await PostalMime.parse(email.raw);
    expect(parsed.subject).toBe(email.subject);
    expect(parsed.from?.address).toBe('brief@groundbrief.example');
    expect(parsed.to?.[0]?.address).toBe('reader@example.com');
    expect(parsed.html).toContain('Sector moves, 24h');
    expect(parsed.text).toMatch(/Sector moves, 24h\n-+\n(\S.*\n){6}/);
    expect(new TextEncoder().encode(parsed.html!).length).toBeLessThan(100 * 1024);
    const header = (name: string) => parsed.headers.find((h) => h.key === name)?.value ?? '';
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const url = new URL(/<(https:[^>]+)>/.exec(header('list-unsubscribe'))![1]!);
    expect(url.origin).toBe(exampleBaseUrl);
    const secret = process.env.EMAIL_LINK_SECRET ?? 'dev-only-link-secret-not-for-production';
    expect(
      await verifyLinkToken({ secret, purpose: 'unsubscribe', token: url.searchParams.get('token')!, now: new Date() }),
    ).toEqual({ subscriberId: 'sub_example' });
  });

  it('is reproducible: the same snapshot gives the same bytes', async () => {
    const [a, b] = await Promise.all([buildOfflineEmail(), buildOfflineEmail()]);
    expect(a.email.raw).toBe(b.email.raw);
  });
});
