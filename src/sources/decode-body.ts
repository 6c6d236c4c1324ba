/**
 * Turns response bytes into text. The charset comes from (in order) a byte-order mark, the HTTP
 * `Content-Type` charset, the XML prolog `encoding=`, an HTML `<meta charset>`, else UTF-8.
 * ISO-8859-1 / Latin-1 / windows-1252 are decoded as windows-1252 (the WHATWG rule) with a built-in
 * table; other labels through TextDecoder; labels it does not know fall back to UTF-8.
 * When the HTTP charset does not decode cleanly (the text gets U+FFFD) and the document itself declares
 * another charset (XML prolog or `<meta charset>`) that does, the document wins: servers mislabel
 * Latin-1 feeds as UTF-8. `note` then says so, for the source status.
 */
export function decodeBody(
  bytes: Uint8Array,
  contentType: string | null,
): { text: string; charset: string; note?: string } {
  const charset = detectCharset(bytes, contentType);
  const text = decodeWith(bytes, charset);
  if (!text.includes('\ufffd') || !headerCharset(contentType) || hasBom(bytes)) return { text, charset };
  const declared = declaredCharset(bytes);
  if (!declared || declared === charset) return { text, charset };
  const redone = decodeWith(bytes, declared);
  if (redone.includes('\ufffd')) return { text, charset };
  const note = `the HTTP header says charset=${headerCharset(contentType)} but the body does not decode as ${charset}; decoded as ${declared}, as the document declares`;
  return { text: redone, charset: declared, note };
}

const LATIN1_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'l1',
  'windows-1252',
  'cp1252',
  'us-ascii',
  'ascii',
  'iso_8859-1',
]);

export function detectCharset(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const fromHeader = headerCharset(contentType);
  if (fromHeader) return normalizeLabel(fromHeader);
  return declaredCharset(bytes) ?? 'utf-8';
}

const hasBom = (bytes: Uint8Array) =>
  (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
  (bytes[0] === 0xff && bytes[1] === 0xfe) ||
  (bytes[0] === 0xfe && bytes[1] === 0xff);

const headerCharset = (contentType: string | null) => /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];

/** The charset the document declares in its first 1 KB: XML prolog `encoding=`, else HTML `<meta charset>`. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 1024));
  const fromProlog = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (fromProlog) return normalizeLabel(fromProlog);
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  return fromMeta ? normalizeLabel(fromMeta) : undefined;
}

function normalizeLabel(label: string): string {
  const lower = label.trim().toLowerCase();
  return LATIN1_LABELS.has(lower) ? 'windows-1252' : lower;
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  // Node 20's TextDecoder('windows-1252') yields C1 controls for 0x80-0x9f (measured: 0x93 -> U+0093,
  // not U+201C) and some runtimes lack the label: the table is exact everywhere.
  if (charset === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

// windows-1252 code points for bytes 0x80..0x9f (undefined bytes map to the C1 control of the same value).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** windows-1252 (and so ISO-8859-1) bytes to text, by table. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
