import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildMime } from '../../src/email/build-mime.ts';
import {
  encodeQuotedPrintable,
  foldHeader,
  formatMailbox,
  formatRfc5322Date,
  parseMailbox,
} from '../../src/email/mime-encoding.ts';

/** Independent quoted-printable decoder (RFC 2045 section 6.7) for checking the encoder. */
function decodeQp(text: string): string {
  const bytes: number[] = [];
  const joined = text.replace(/=\r\n/g, '');
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=') {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

describe('encodeQuotedPrintable', () => {
  it('keeps lines <= 76 characters, pure ASCII, and decodes back to the input (CRLF line ends)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const encoded = encodeQuotedPrintable(text);
        for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
        expect(/[^\x20-\x7e\r\n]/.test(encoded)).toBe(false);
        expect(decodeQp(encoded)).toBe(text.replace(/\r\n?/g, '\n').split('\n').join('\r\n'));
      }),
    );
  });

  it('escapes "=", trailing blanks and a leading dot; leaves inner spaces readable', () => {
    expect(encodeQuotedPrintable('a=b')).toBe('a=3Db');
    expect(encodeQuotedPrintable('end ')).toBe('end=20');
    expect(encodeQuotedPrintable('.hidden')).toBe('=2Ehidden');
    expect(encodeQuotedPrintable('two words')).toBe('two words');
    expect(encodeQuotedPrintable('é')).toBe('=C3=A9');
  });
});

describe('headers', () => {
  it('formats an RFC 5322 UTC date', () => {
    expect(formatRfc5322Date(new Date('2026-11-20T06:05:09Z'))).toBe('Fri, 20 Nov 2026 06:05:09 +0000');
  });

  it('parses and formats mailboxes, quoting specials and encoding non-ASCII names', () => {
    expect(parseMailbox('groundbrief <brief@x.example>')).toEqual({ name: 'groundbrief', address: 'brief@x.example' });
    expect(parseMailbox('reader@example.com')).toEqual({ name: '', address: 'reader@example.com' });
    expect(() => parseMailbox('not an address')).toThrow();
    expect(formatMailbox('Brief, Daily <b@x.example>')).toBe('"Brief, Daily" <b@x.example>');
    expect(formatMailbox('Zoë <b@x.example>')).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= <b@x\.example>$/);
  });

  it('allows no header injection through a line break', async () => {
    expect(() => foldHeader('Subject', 'hi\r\nBcc: victim@example.com')).toThrow(/line break/);
    const base = {
      from: 'a@x.example',
      to: 'b@x.example',
      date: new Date(0),
      messageId: '<m@x.example>',
      text: 't',
      html: '<p>h</p>',
    };
    expect(() => buildMime({ ...base, subject: 'ok', headers: { 'List-Id': 'x\r\nBcc: y' } })).toThrow();
    expect(() => buildMime({ ...base, subject: 'ok', to: 'b@x.example\r\nBcc: y@x.example' })).toThrow();
    const parsed = await PostalMime.parse(buildMime({ ...base, subject: 'ok\r\nBcc: victim@example.com' }));
    expect(parsed.headers.some((h) => h.key === 'bcc')).toBe(false);
    expect(parsed.subject).toBe('ok Bcc: victim@example.com');
  });

  it('round-trips a subject with every kind of character through a real parser', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 120 })
          .map((s) => s.replace(/\s+/g, ' ').trim())
          .filter((s) => s.length > 0),
        async (subject) => {
          const raw = buildMime({
            from: 'a@x.example',
            to: 'b@x.example',
            subject,
            date: new Date(0),
            messageId: '<m@x.example>',
            text: 't',
            html: '<p>h</p>',
          });
          expect((await PostalMime.parse(raw)).subject).toBe(subject);
        },
      ),
      { numRuns: 150 },
    );
  });
});
