import {
  encodeHeaderWords,
  encodeQuotedPrintable,
  foldHeader,
  formatMailbox,
  formatRfc5322Date,
} from './mime-encoding.ts';
import type { OutgoingEmail } from './email-provider.ts';

/** Everything a complete message needs; all values are passed in (no clock, no randomness). */
export type MimeInput = {
  /** `groundbrief <brief@example.com>` or a bare address. */
  from: string;
  to: string;
  subject: string;
  date: Date;
  /** With angle brackets: `<2026-11-20-daily-snapshot.sub_1@groundbrief.example>`. */
  messageId: string;
  text: string;
  html: string;
  /**
   * RFC 2369 / RFC 8058 unsubscribe: `url` is the HTTPS one-click link (signed), `mailto` an optional
   * address. With a URL the message also carries `List-Unsubscribe-Post: List-Unsubscribe=One-Click`.
   */
  listUnsubscribe?: { url: string; mailto?: string };
  /** Extra ASCII headers such as `List-Id`. CR/LF in a value is refused (header injection). */
  headers?: Record<string, string>;
};

/** FNV-1a over the message id: a deterministic boundary so the same input gives the same bytes. */
function boundaryFor(messageId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < messageId.length; i++) hash = Math.imul(hash ^ messageId.charCodeAt(i), 0x01000193) >>> 0;
  // `=_` never occurs in quoted-printable output (a literal `=` is always `=3D`), so it cannot collide.
  return `=_gb_alt_${hash.toString(16).padStart(8, '0')}`;
}

/**
 * Builds an RFC 5322 message: multipart/alternative with a text/plain and a text/html part, both UTF-8
 * quoted-printable; non-ASCII subject and display names as RFC 2047 encoded-words. CRLF line ends.
 * Whitespace runs in the subject (line breaks included) become one space. Throws when an address cannot
 * be parsed or another header value holds a line break (header injection).
 */
export function buildMime(input: MimeInput): string {
  if (!/^<[^<>\s]+@[^<>\s]+>$/.test(input.messageId))
    throw new Error(`Message-ID must look like <id@host>: ${input.messageId}`);
  const boundary = boundaryFor(input.messageId);
  const headers: string[] = [
    foldHeader('From', formatMailbox(input.from)),
    foldHeader('To', formatMailbox(input.to)),
    foldHeader('Subject', encodeHeaderWords(input.subject.replace(/\s+/g, ' ').trim())),
    foldHeader('Date', formatRfc5322Date(input.date)),
    foldHeader('Message-ID', input.messageId),
    'MIME-Version: 1.0',
  ];
  if (input.listUnsubscribe) {
    const { url } = input.listUnsubscribe;
    if (!url.startsWith('https://') && !url.startsWith('http://'))
      throw new Error(`List-Unsubscribe URL must be http(s): ${url}`);
    for (const [name, value] of Object.entries(oneClickHeaders(input.listUnsubscribe)))
      headers.push(foldHeader(name, value));
  }
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`bad header name: ${name}`);
    headers.push(foldHeader(name, value));
  }
  headers.push(`Content-Type: multipart/alternative; boundary="${boundary}"`);
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=utf-8`,
      'Content-Transfer-Encoding: quoted-printable',
      '',
      encodeQuotedPrintable(body),
    ].join('\r\n');
  return [
    headers.join('\r\n'),
    '',
    'This is a multipart message in MIME format.',
    '',
    part('text/plain', input.text),
    part('text/html', input.html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** The RFC 8058 one-click unsubscribe headers of a link (and optional mailto). */
function oneClickHeaders({ url, mailto }: NonNullable<MimeInput['listUnsubscribe']>): Record<string, string> {
  return {
    'List-Unsubscribe': mailto ? `<${url}>, <mailto:${mailto}>` : `<${url}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/**
 * A message ready for any provider: the complete MIME (`raw`, buildMime) and the same parts for HTTP providers, whose
 * `headers` repeat what the MIME carries beyond from/to/subject: the one-click unsubscribe pair (with
 * `listUnsubscribe`), then the extra headers (List-Id). `idempotencyKey` names the logical send.
 */
export function buildOutgoingEmail(input: MimeInput & { idempotencyKey: string }): OutgoingEmail {
  const { idempotencyKey, ...mime } = input;
  return {
    from: mime.from,
    to: mime.to,
    subject: mime.subject,
    text: mime.text,
    html: mime.html,
    raw: buildMime(mime),
    headers: { ...(mime.listUnsubscribe ? oneClickHeaders(mime.listUnsubscribe) : {}), ...mime.headers },
    idempotencyKey,
  };
}
