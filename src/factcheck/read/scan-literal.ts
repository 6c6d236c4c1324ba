/**
 * Digit-run reading for the number scanner: `1,234.5`, `1.234,5`, `70,67`, `3.500`, `104,000`.
 * One left-to-right pass, no regular expressions, so any input is read in linear time.
 */

/**
 * How a document writes decimals: `dot` (1,234.5), `comma` (1.234,5), or `mixed`: dot decimals win, but the text
 * writes decimal commas too (a translated note's `+2,9%` beside `-2.5%`).
 */
export type DecimalStyle = 'dot' | 'comma' | 'mixed';

export type Literal = {
  /** Offsets [start, end) of the digits and separators. */
  start: number;
  end: number;
  raw: string;
  /** The number read with the document's decimal style (before any K/M/B scale). */
  value: number;
  /** Decimal places written (0 for integers). */
  decimals: number;
  /** For integers: trailing zeros that look like rounding (kept to at least three significant digits). */
  roundingZeros: number;
};

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isLetter = (c: string | undefined): boolean =>
  c !== undefined &&
  ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u00bf' && c.toLowerCase() !== c.toUpperCase()));
/** Code-unit versions for the hot loops (`text.charCodeAt(i)`; NaN past the end is neither). */
export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
export const isLetterCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code > 0xbf && isLetter(String.fromCharCode(code)));

/**
 * `4. 6%`, `3 .1%`, `3 . 7%` (an editing slip): after an integer ending at `end`, a decimal point set apart by a
 * stray space, then one or two digits and a per-cent sign. A dollar figure needs no per-cent sign and may have up
 * to six decimals (`$171. 36`, `$3,987 .42`, `$112. 5K`). Returns the end of those digits, else -1. Bounded.
 */
export function decimalSlipEnd(text: string, end: number, usd = false): number {
  let k = end;
  const spaceBefore = text[k] === ' ';
  if (spaceBefore) k++;
  if (text[k] !== '.') return -1;
  k++;
  const spaceAfter = text[k] === ' ';
  if (spaceAfter) k++;
  if (!spaceBefore && !spaceAfter) return -1;
  const digits = k;
  const most = usd ? 6 : 2;
  while (k - digits <= most && isDigit(text[k])) k++;
  if (k === digits || k - digits > most) return -1;
  // `$163. 84, XRP ...`: a comma or full stop may follow, not another digit group
  if (usd) return (text[k] === '.' || text[k] === ',') && isDigit(text[k + 1]) ? -1 : k;
  // (`2. 4 times`, `1. 2 million ETH`: a ratio or a scaled figure too)
  if (text[k] === '%' || (text[k] === ' ' && text[k + 1] === '%')) return k;
  return SLIP_UNITS.test(text.slice(k, k + 12)) ? k : -1;
}
const SLIP_UNITS = /^(?:x\b| x\b| times\b| (?:million|billion|trillion|mn|bn)\b)/;

/** A `$` right before the digit run ending at `end` (`$171. 36`), at most one space between. Bounded. */
export function dollarBefore(text: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && end - k <= 12 && (isDigit(text[k]) || text[k] === ',')) k--;
  return text[k] === '$' || (text[k] === ' ' && text[k - 1] === '$');
}

/**
 * A figure split by one stray space (edited copy), read as one: `$3 ,987` (a thousands comma set apart), `0.0 094%`
 * and `$0.58 73` (a decimal fraction continued after a space: a percentage, or a dollar figure under one dollar),
 * `1 1.8%` (a one-digit start of a percentage's integer part). `raw` is the literal run from `start` to `end`.
 * Returns the end of the joined figure and its digits without the space, else null. Bounded (a few characters).
 */
export function strayJoin(text: string, start: number, raw: string, usd: boolean): { end: number; raw: string } | null {
  const end = start + raw.length;
  if (text[end] !== ' ') return null;
  const plain = !raw.includes('.') && !raw.includes(',');
  // `15 .7%`, `$15 .08bn`: a stray space before the decimal point of a percentage or a dollar figure
  if (plain && raw.length <= 3 && text[end + 1] === '.' && isDigit(text[end + 2])) {
    let f = end + 2;
    while (f - end < 8 && isDigit(text[f])) f++;
    if (isDigit(text[f])) return null;
    if (usd || text[f] === '%' || (text[f] === ' ' && text[f + 1] === '%'))
      return { end: f, raw: `${raw}.${text.slice(end + 2, f)}` };
    return null;
  }
  // `$110, 000`, `98 ,735`: a stray space around a thousands comma before exactly three digits
  if (plain && raw.length <= 3 && text[end + 1] === ',') {
    const k = end + 2;
    if (isDigit(text[k]) && isDigit(text[k + 1]) && isDigit(text[k + 2]) && !isDigit(text[k + 3]))
      return { end: k + 3, raw: `${raw},${text.slice(k, k + 3)}` };
    return null;
  }
  const from = end + 1;
  let k = from;
  while (k - from < 5 && isDigit(text[k])) k++;
  if (k === from || isDigit(text[k])) return null;
  const pct = text[k] === '%' || (text[k] === ' ' && text[k + 1] === '%');
  if (raw.includes('.') && !raw.includes(',')) {
    // `$0.021 5.`: a sentence's full stop or a comma may follow, not another digit group
    const fractionDollar =
      usd &&
      raw.startsWith('0.') &&
      !((text[k] === '.' || text[k] === ',') && isDigit(text[k + 1])) &&
      !isLetter(text[k]);
    if (pct || fractionDollar) return { end: k, raw: raw + text.slice(from, k) };
    return null;
  }
  // `1 1.8%`: one digit, a space, then a decimal percentage of one or two integer digits
  if (!usd && plain && raw.length === 1 && text[start - 1] === ' ' && text[k] === '.' && k - from <= 2) {
    let f = k + 1;
    while (f - k <= 3 && isDigit(text[f])) f++;
    if (f === k + 1 || f - k > 3) return null;
    if (text[f] === '%' || (text[f] === ' ' && text[f + 1] === '%')) return { end: f, raw: raw + text.slice(from, f) };
  }
  return null;
}

/** The end of the digit run starting at `start`: digits plus `.`/`,` separators that have a digit after them. */
export function literalEnd(text: string, start: number): number {
  let i = start;
  let groups = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) i++;
    else if ((code === 46 || code === 44) && isDigitCode(text.charCodeAt(i + 1))) {
      i++;
      groups = -1;
    } else if (
      code === 44 &&
      groups === 0 &&
      text[start - 1] === '$' &&
      text[i + 1] === ' ' &&
      i - start <= 3 &&
      isDigitCode(text.charCodeAt(i + 2)) &&
      isDigitCode(text.charCodeAt(i + 3)) &&
      isDigitCode(text.charCodeAt(i + 4)) &&
      !isDigitCode(text.charCodeAt(i + 5))
    ) {
      // `$111, 308`: a thousands comma with a stray space
      i += 2;
      groups = 1;
    } else if (code === 32 && groups >= 0 && spaceGroup(text, start, i)) {
      // `118 240`, `1 234 567`: thousands set apart by spaces (thin and no-break spaces are normalized to ' ')
      i++;
      groups++;
    } else break;
  }
  return i;
}

/** A space at `at` separates thousands: 1-3 digits before it (first group) or 3, and exactly 3 digits after. */
function spaceGroup(text: string, start: number, at: number): boolean {
  // digits since the literal's start or its last space (bounded: a literal is at most a few groups long)
  let k = at - 1;
  while (k >= start && k > at - 5 && text[k] !== ' ') k--;
  const before = at - 1 - k;
  const first = k < start;
  if (before < 1 || before > 3 || (!first && before !== 3)) return false;
  if (start > 0 && (isDigitCode(text.charCodeAt(start - 1)) || text[start - 1] === '.' || text[start - 1] === ','))
    return false;
  for (let d = 1; d <= 3; d++) if (!isDigitCode(text.charCodeAt(at + d))) return false;
  return !isDigitCode(text.charCodeAt(at + 4));
}

/**
 * `0.1.0`, `4.86.0`, `1.2.3.4`: two or more dots with a group that is not three digits is a version or an
 * address, never a quantity (thousands groups are always three digits: `1.234.567` is a number).
 */
export function isVersionLike(raw: string): boolean {
  const first = raw.indexOf('.');
  // fewer than two dots (most numbers): no version
  if (first === -1 || raw.indexOf('.', first + 1) === -1 || raw.includes(',')) return false;
  const groups = raw.split('.');
  return groups.slice(1).some((group) => group.length !== 3);
}

/** Guesses the style from raw runs: a comma group that is not 3 digits (`70,67`) or `1.234,5` means comma decimals. */
export function detectDecimalStyle(raws: readonly string[]): DecimalStyle {
  let comma = 0;
  let dot = 0;
  for (const spaced of raws) {
    // (`$3, 809`: a stray space after a thousands comma is no evidence of a decimal comma)
    const raw = spaced.includes(' ') ? spaced.replaceAll(' ', '') : spaced;
    const lastComma = raw.lastIndexOf(',');
    const lastDot = raw.lastIndexOf('.');
    if (lastComma !== -1 && lastDot !== -1) {
      if (lastComma > lastDot) comma++;
      else dot++;
    } else if (lastComma !== -1) {
      if (raw.length - lastComma - 1 !== 3) comma++;
    } else if (lastDot !== -1) {
      if (raw.indexOf('.') !== lastDot)
        comma++; // 1.234.567
      else if (raw.length - lastDot - 1 !== 3) dot++;
    }
  }
  // (two decimal commas at least: one `+4,6%` in an English text is a slip, not a style)
  return comma > dot ? 'comma' : comma > 1 ? 'mixed' : 'dot';
}

/** Reads one run with the given style. Ambiguous `1,234` / `3.500` follow the style (thousands grouping). */
export function readLiteral(spaced: string, start: number, style: DecimalStyle): Literal {
  const raw = spaced.includes(' ') ? spaced.replaceAll(' ', '') : spaced;
  const lastComma = raw.lastIndexOf(',');
  const lastDot = raw.lastIndexOf('.');
  let decimalAt = -1;
  if (lastComma !== -1 && lastDot !== -1) decimalAt = Math.max(lastComma, lastDot);
  else if (lastComma !== -1) {
    // `104,000` is thousands in either style; `70,67` and `0,012` are decimal commas.
    // In a comma-decimal document (`1.012,60`, `3,84 %`) `3,318` is 3.318 too.
    if (
      raw.indexOf(',') === lastComma &&
      (raw.length - lastComma - 1 !== 3 || (lastComma === 1 && raw[0] === '0') || (style === 'comma' && lastComma <= 3))
    )
      decimalAt = lastComma;
  } else if (lastDot !== -1) {
    // `3.500` is 3500 in a comma-decimal document, 3.5 otherwise; `0.012` is always a decimal.
    if (
      raw.indexOf('.') === lastDot &&
      (raw.length - lastDot - 1 !== 3 || style !== 'comma' || (lastDot === 1 && raw[0] === '0'))
    )
      decimalAt = lastDot;
  }
  const intPart = decimalAt === -1 ? digitsOf(raw, 0, raw.length) : digitsOf(raw, 0, decimalAt);
  const fracPart = decimalAt === -1 ? '' : digitsOf(raw, decimalAt + 1, raw.length);
  // (`${intPart}.0` reads as the same number as intPart alone)
  const value = fracPart ? decimalValue(intPart, fracPart) : Number(intPart || '0');
  const roundingZeros = fracPart ? 0 : roundingZerosOf(intPart);
  return { start, end: start + spaced.length, raw: spaced, value, decimals: fracPart.length, roundingZeros };
}

/**
 * Number(`${intPart || '0'}.${fracPart}`) without the string and its parse: with at most 15 digits in all, the digits
 * as one whole number m (exact: under 2^53) divided by 10^k (exact for k <= 22) is one correctly rounded division,
 * which is the correctly rounded value the parse gives. Longer literals are parsed.
 */
function decimalValue(intPart: string, fracPart: string): number {
  if (intPart.length + fracPart.length > 15) return Number(`${intPart || '0'}.${fracPart}`);
  let m = 0;
  for (let k = 0; k < intPart.length; k++) m = m * 10 + (intPart.charCodeAt(k) - 48);
  for (let k = 0; k < fracPart.length; k++) m = m * 10 + (fracPart.charCodeAt(k) - 48);
  return m / POWERS_OF_TEN[fracPart.length]!;
}
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** The digits of raw[from, to), in order (the slice itself when it holds nothing else). */
function digitsOf(raw: string, from: number, to: number): string {
  let k = from;
  while (k < to && isDigitCode(raw.charCodeAt(k))) k++;
  if (k === to) return raw.slice(from, to);
  let digits = raw.slice(from, k);
  for (; k < to; k++) if (isDigitCode(raw.charCodeAt(k))) digits += raw[k];
  return digits;
}

/** Trailing zeros of a whole number's digits that look like rounding, kept to at least three significant digits. */
export function roundingZerosOf(intDigits: string): number {
  let lead = 0;
  while (lead < intDigits.length - 1 && intDigits[lead] === '0') lead++;
  const digits = intDigits.slice(lead);
  let zeros = 0;
  for (let i = digits.length - 1; i >= 0 && digits[i] === '0'; i--) zeros++;
  return Math.max(0, Math.min(zeros, digits.length - 3));
}
