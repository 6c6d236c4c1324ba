/**
 * MIME encodings (pure): quoted-printable bodies (RFC 2045), UTF-8 encoded-words for headers
 * (RFC 2047), RFC 5322 dates and address formatting. Lines end in CRLF.
 */

const encoder = new TextEncoder();

function hex(byte: number): string {
  return `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * Quoted-printable of UTF-8 text: lines of at most 76 characters with soft breaks, `=` and
 * non-ASCII bytes escaped, trailing blanks and a leading `.` escaped (safe through any relay).
 * Line breaks in the input (LF or CRLF) become CRLF hard breaks.
 */
export function encodeQuotedPrintable(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return lines.map(encodeQpLine).join('\r\n');
}

const HEX = Array.from({ length: 256 }, (_, byte) => hex(byte));

function escapeQpChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 128) return HEX[code]!;
  let out = '';
  for (const byte of encoder.encode(char)) out += HEX[byte];
  return out;
}

function encodeQpLine(line: string): string {
  // Native regex passes do the per-character work; then soft breaks every <= 75 characters, never inside `=XX`.
  let encoded = line.replace(/[^\x21-\x3c\x3e-\x7e \t]/gu, escapeQpChar);
  if (encoded.startsWith('.')) encoded = `=2E${encoded.slice(1)}`;
  const tail = encoded.at(-1);
  if (tail === ' ' || tail === '\t') encoded = encoded.slice(0, -1) + HEX[tail.charCodeAt(0)]!;
  if (encoded.length <= 76) return encoded;
  const lines: string[] = [];
  let position = 0;
  while (encoded.length - position > 76) {
    let end = position + 75;
    const escapeAt = encoded.lastIndexOf('=', end - 1);
    if (escapeAt > end - 3) end = escapeAt;
    lines.push(`${encoded.slice(position, end)}=`);
    position = end;
  }
  lines.push(encoded.slice(position));
  return lines.join('\r\n');
}

/** Base64 of UTF-8 text in 76-character lines. */
export function encodeBase64Lines(text: string): string {
  const bytes = encoder.encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return (btoa(binary).match(/.{1,76}/g) ?? ['']).join('\r\n');
}

/**
 * A header value as RFC 2047 `=?UTF-8?B?...?=` words when it holds non-ASCII, each word at most
 * 75 characters and never splitting a character; pure ASCII comes back unchanged.
 */
export function encodeHeaderWords(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    if (encoder.encode(chunk + char).length > 39) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${encodeBase64Lines(word)}?=`).join('\r\n ');
}

/** Folds an ASCII header line at spaces so that lines stay under 78 characters where possible. */
export function foldHeader(name: string, value: string): string {
  if (/[\r\n]/.test(value.replace(/\r\n /g, ''))) throw new Error(`header ${name} contains a line break`);
  if (value.includes('\r\n ')) return `${name}: ${value}`;
  const words = value.split(' ');
  const lines: string[] = [];
  let current = `${name}:`;
  for (const word of words) {
    if (current.length + 1 + word.length > 78 && current.length > name.length + 1) {
      lines.push(current);
      current = ` ${word}`;
    } else current += ` ${word}`;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** `Name <addr@host>` parsed; a bare address has an empty name. */
export function parseMailbox(mailbox: string): { name: string; address: string } {
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<([^<>\s]+@[^<>\s]+)>\s*$/.exec(mailbox);
  if (match) return { name: (match[1] ?? '').trim(), address: match[2]! };
  const bare = mailbox.trim();
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(bare)) throw new Error(`not a mailbox: ${mailbox}`);
  return { name: '', address: bare };
}

/** A mailbox for a header: display name quoted or encoded as needed. */
export function formatMailbox(mailbox: string): string {
  const { name, address } = parseMailbox(mailbox);
  if (!name) return address;
  if (!/^[\x20-\x7e]*$/.test(name)) return `${encodeHeaderWords(name)} <${address}>`;
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]*$/.test(name)) return `${name} <${address}>`;
  return `"${name.replace(/(["\\])/g, '\\$1')}" <${address}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date in UTC: `Sat, 21 Nov 2026 06:00:00 +0000`. */
export function formatRfc5322Date(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}
