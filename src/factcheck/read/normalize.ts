/**
 * Normalizes a text before it is read, keeping a map back to the original offsets: HTML character references
 * (`&#53;`, `&#x35;`, `&nbsp;`, `&minus;`) are decoded, every character is NFKC-normalized (full-width `５０％`,
 * mathematical `𝟓𝟎`, `ﬁ`, no-break and thin spaces), digits of other scripts (Arabic-Indic `٥٠`, Devanagari,
 * ...)
 * become ASCII digits, Arabic decimal / thousands / percent signs become `.` `,` `%`, non-breaking hyphens and
 * the figure dash become `-`, and invisible characters (zero-width spaces and joiners, soft hyphens, BOM) are
 * dropped. Digits that are still not ASCII after that are reported as unreadable: a claim the checker cannot
 * read is unsupported, never "no claim". Linear: one pass; each character is normalized on its own.
 */

export type Normalized = {
  text: string;
  /**
   * Original offset of each normalized character; `map[text.length]` is the original length. Empty when nothing
   * changed (`identity`: every offset is its own).
   */
  map: Int32Array;
  /** Original spans of digits that could not be read (unknown digit scripts, undecodable references). */
  unreadable: [number, number][];
  /** True when nothing changed (map is the identity). */
  identity: boolean;
};

/** Zero digits of the decimal-digit scripts NFKC leaves alone. */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50,
  0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50,
  0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
];
const REPLACE: ReadonlyMap<number, string> = new Map([
  [0x066a, '%'], // Arabic percent sign
  [0x066b, '.'], // Arabic decimal separator
  [0x066c, ','], // Arabic thousands separator
  [0x2010, '-'],
  [0x2011, '-'], // non-breaking hyphen
  [0x2012, '-'], // figure dash
  [0x00a0, ' '],
  [0x2007, ' '], // figure space
  [0x2009, ' '], // thin space
  [0x202f, ' '], // narrow no-break space
  [0x2212, '\u2212'], // minus sign stays a minus sign (the reader knows it)
]);
const INVISIBLE: ReadonlySet<number> = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);
const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['nbsp', ' '],
  ['thinsp', ' '],
  ['ensp', ' '],
  ['emsp', ' '],
  ['minus', '\u2212'],
  ['ndash', '\u2013'],
  ['mdash', '\u2014'],
  ['percnt', '%'],
  ['dollar', '$'],
  ['plus', '+'],
  ['period', '.'],
  ['comma', ','],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['rsquo', '\u2019'],
  ['lsquo', '\u2018'],
  ['rdquo', '\u201d'],
  ['ldquo', '\u201c'],
  ['hellip', '\u2026'],
  ['euro', '\u20ac'],
  ['pound', '\u00a3'],
  ['times', '\u00d7'],
  ['asymp', '\u2248'],
  ['sim', '~'],
]);
const NON_ASCII_DIGIT = /\p{Nd}/u;

function digitOf(code: number): string | null {
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return null;
}

/** One character (code point) as the reader should see it: '' drops it, null keeps it as is. */
function normalizeChar(ch: string, code: number): string | null {
  if (code < 0x80) return null;
  if (INVISIBLE.has(code)) return '';
  const replaced = REPLACE.get(code);
  if (replaced !== undefined) return replaced === ch ? null : replaced;
  const digit = digitOf(code);
  if (digit !== null) return digit;
  const nfkc = ch.normalize('NFKC');
  return nfkc === ch ? null : nfkc;
}

/** Decodes `&#53;`, `&#x35;`, `&amp;` at `at` (text[at] === '&'): the character and the reference's length. */
function entityAt(text: string, at: number): { value: string; length: number } | null {
  let k = at + 1;
  if (text[k] === '#') {
    k++;
    const hex = text[k] === 'x' || text[k] === 'X';
    if (hex) k++;
    const start = k;
    while (k < text.length && k - start < 7 && /[0-9a-fA-F]/.test(text[k]!) && (hex || /[0-9]/.test(text[k]!))) k++;
    if (k === start || text[k] !== ';') return null;
    const code = Number.parseInt(text.slice(start, k), hex ? 16 : 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return { value: String.fromCodePoint(code), length: k + 1 - at };
  }
  const start = k;
  while (k < text.length && k - start < 8 && /[a-zA-Z]/.test(text[k]!)) k++;
  if (text[k] !== ';') return null;
  const value = NAMED.get(text.slice(start, k));
  return value === undefined ? null : { value, length: k + 1 - at };
}

/**
 * True when normalizeText would change nothing and report nothing: every character outside ASCII is its own
 * NFKC form and no digit, and no `&` starts a reference (decodable or numeric). Only those characters are read.
 */
function unchanged(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && c !== 0x26) {
      i++;
      continue;
    }
    if (c === 0x26) {
      if (entityAt(text, i) || (text[i + 1] === '#' && /[0-9]/.test(text[i + 2] ?? ''))) return false;
      i++;
      continue;
    }
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (!KEPT.has(code)) {
      const ch = text.slice(i, i + width);
      if (normalizeChar(ch, code) !== null) return false;
      for (const x of ch) if (x.charCodeAt(0) >= 0x80 && NON_ASCII_DIGIT.test(x)) return false;
      if (KEPT.size < 4096) KEPT.add(code);
    }
    i += width;
  }
  return true;
}
/** Code points outside ASCII that unchanged found to be their own NFKC form and no digit (`—`, `’`): read once. */
const KEPT = new Set<number>();

/** The map of a text nothing changed: no offsets to keep (a typed array's copy of 4 bytes per character was). */
const NO_MAP = new Int32Array(0);

export function normalizeText(text: string): Normalized {
  // Fast path: a text normalization leaves alone (ASCII, or typographic dashes and quotes) needs no copy.
  if (unchanged(text)) return { text, map: NO_MAP, unreadable: [], identity: true };
  const out: string[] = [];
  const offsets: number[] = [];
  const unreadable: [number, number][] = [];
  const emit = (s: string, from: number) => {
    for (let j = 0; j < s.length; j++) {
      out.push(s[j]!);
      offsets.push(from);
    }
  };
  let changed = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    let ch = text.slice(i, i + width);
    let length = width;
    if (code === 0x26) {
      const ref = entityAt(text, i);
      if (ref) {
        ch = ref.value;
        length = ref.length;
        changed = true;
      } else if (text[i + 1] === '#' && /[0-9]/.test(text[i + 2] ?? '')) unreadable.push([i, i + 2]);
    }
    const chCode = ch.codePointAt(0)!;
    const norm = normalizeChar(ch, chCode);
    const value = norm ?? ch;
    if (norm !== null) changed = true;
    // A digit of a script the reader cannot map stays unreadable (and is not silently dropped).
    for (const c of value) if (c.charCodeAt(0) >= 0x80 && NON_ASCII_DIGIT.test(c)) unreadable.push([i, i + length]);
    emit(value, i);
    i += length;
  }
  offsets.push(text.length);
  if (!changed && unreadable.length === 0) return { text, map: NO_MAP, unreadable, identity: true };
  return { text: out.join(''), map: Int32Array.from(offsets), unreadable, identity: false };
}

/** Maps a normalized span back to the original text: [start of its first character, end of its last]. */
export function originalSpan(n: Normalized, span: readonly [number, number]): [number, number] {
  if (n.identity) return [span[0], span[1]];
  const start = n.map[Math.min(span[0], n.map.length - 1)]!;
  const lastChar = Math.max(span[0], span[1] - 1);
  // The end is the end of the original character (or reference) that produced the last normalized character.
  const from = n.map[Math.min(lastChar, n.map.length - 1)]!;
  let k = lastChar + 1;
  while (k < n.map.length - 1 && n.map[k] === from) k++;
  const end = Math.max(start + 1, n.map[Math.min(k, n.map.length - 1)]!);
  return [start, end];
}
