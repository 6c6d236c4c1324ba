import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildBriefEmail } from '../../src/email/build-brief-email.ts';
import { verifyLinkToken } from '../../src/email/sign-link.ts';
import { sampleBrief, sampleSheet } from './sample-brief.ts';

const settings = {
  from: 'groundbrief Morning <brief@groundbrief.test>',
  baseUrl: 'https://groundbrief.test',
  linkSecret: 'test-link-secret-0123456789',
  unsubscribeMailto: 'unsubscribe@groundbrief.test',
  postalAddress: '1 Example Street, Example City',
};
const date = new Date('2026-11-20T06:05:00Z');

async function build(subject?: string) {
  const brief = subject ? { ...sampleBrief, title: subject } : sampleBrief;
  const message = await buildBriefEmail({
    brief,
    sheet: sampleSheet,
    subscriber: { id: 'sub_42', email: 'reader@example.com' },
    settings,
    date,
  });
  return { message, parsed: await PostalMime.parse(message.raw) };
}

const header = (parsed: Awaited<ReturnType<typeof PostalMime.parse>>, name: string) =>
  parsed.headers.find((h) => h.key === name.toLowerCase())?.value;

describe('buildBriefEmail -> MIME parsed by postal-mime', () => {
  it('has both parts, the right subject, from, to, date and message id', async () => {
    const { message, parsed } = await build();
    expect(parsed.subject).toBe(sampleBrief.title);
    expect(parsed.from).toMatchObject({ address: 'brief@groundbrief.test', name: 'groundbrief Morning' });
    expect(parsed.to?.[0]).toMatchObject({ address: 'reader@example.com' });
    expect(new Date(parsed.date!).toISOString()).toBe(date.toISOString());
    expect(parsed.messageId).toBe('<2026-11-20-daily-snapshot.sub_42@groundbrief.test>');
    // The decoded parts are what was rendered (quoted-printable round trip, UTF-8 kept); parsers differ
    // on whether the line break before a boundary belongs to the body, so trailing breaks are not compared.
    expect(parsed.html!.trimEnd()).toBe(message.html.trimEnd());
    expect(parsed.text!.trimEnd()).toBe(message.text.trimEnd());
    expect(parsed.text).toContain('“indicative” — café-grade');
    expect(message.raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
    expect(/[^\x00-\x7f]/.test(message.raw)).toBe(false);
  });

  it('encodes a non-ASCII subject as an encoded-word and decodes back exactly', async () => {
    const subject =
      'Bitcoin hält 91.000 $ — Memecoins +3,25 % 🚀 und ein sehr langer Betreff, der gefaltet werden muss';
    const { message, parsed } = await build(subject);
    expect(parsed.subject).toBe(subject);
    expect(message.raw).toMatch(/^Subject: =\?UTF-8\?B\?/m);
  });

  it('carries RFC 8058 one-click unsubscribe headers with a signed, verifiable HTTPS link', async () => {
    const { parsed } = await build();
    const listUnsubscribe = header(parsed, 'List-Unsubscribe')!;
    expect(header(parsed, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const uris = [...listUnsubscribe.matchAll(/<([^>]+)>/g)].map((m) => m[1]!);
    expect(uris).toHaveLength(2);
    const https = new URL(uris[0]!);
    expect(https.protocol).toBe('https:');
    expect(https.pathname).toBe('/unsubscribe');
    expect(uris[1]).toBe('mailto:unsubscribe@groundbrief.test');
    const verified = await verifyLinkToken({
      secret: settings.linkSecret,
      purpose: 'unsubscribe',
      token: https.searchParams.get('token')!,
      now: date,
    });
    expect(verified).toEqual({ subscriberId: 'sub_42' });
    // The same signed link is in both bodies.
    expect(parsed.text).toContain(uris[0]);
    expect(parsed.html).toContain(uris[0]!.replace(/&/g, '&amp;'));
    // A token for another subscriber or purpose does not pass as this one.
    expect(
      await verifyLinkToken({
        secret: settings.linkSecret,
        purpose: 'confirm',
        token: https.searchParams.get('token')!,
        now: date,
      }),
    ).toBeNull();
  });

  it("carries the subscriber's own signed manage link (never expiring, manage purpose only) in both parts", async () => {
    const { parsed } = await build();
    const link = /https:\/\/groundbrief\.test\/subscribe\/manage\?token=[^\s"<]+/.exec(parsed.text!)![0];
    const token = new URL(link).searchParams.get('token')!;
    const later = new Date('2036-01-01T00:00:00Z');
    expect(await verifyLinkToken({ secret: settings.linkSecret, purpose: 'manage', token, now: later })).toEqual({
      subscriberId: 'sub_42',
    });
    expect(await verifyLinkToken({ secret: settings.linkSecret, purpose: 'unsubscribe', token, now: date })).toBeNull();
    expect(parsed.html).toContain(`href="${link}"`);
    expect(parsed.text).toContain('groundbrief, 1 Example Street, Example City');
    expect(parsed.html).toContain('groundbrief, 1 Example Street, Example City');
  });

  it('keeps the HTML under 100 KB, without script, images, tracking or external CSS', async () => {
    const { parsed } = await build();
    const html = parsed.html!;
    expect(new TextEncoder().encode(html).length).toBeLessThan(100 * 1024);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('links the web page, the sources, and states the AI disclosure and not-investment-advice line in both parts', async () => {
    const { parsed } = await build();
    for (const body of [parsed.html!, parsed.text!]) {
      expect(body).toContain('https://groundbrief.test/briefs/2026-11-20-daily-snapshot');
      expect(body).toMatch(/AI disclosure/);
      expect(body).toMatch(/Not investment advice/);
    }
    expect(parsed.html).toContain('href="https://markets.example/unlock"');
    expect(parsed.html).toContain('href="https://news.example/outflows?id=1&amp;ref=x"');
    expect(parsed.text).toContain('https://markets.example/unlock');
  });
});
