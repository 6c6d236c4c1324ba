/**
 * Finds every number written in a text and reads it: `$103.8K`, `-6.1%`, `$70,67 billion`, `3.500%`,
 * `2x`, `15 bps`, `$107,000–$110,000`, `between 5% and 7%`, `eight of the top ten`, `half of`.
 * Dates (`Nov 12, 2025`), durations (`7-day`, `24h`) and ranks (`top 10`, `No. 2`) are returned with
 * their kind so callers can ignore them. A hand-written scanner: linear time on any input, never throws.
 */
import {
  decimalSlipEnd,
  strayJoin,
  detectDecimalStyle,
  isVersionLike,
  isDigit,
  isDigitCode,
  isLetter,
  isLetterCode,
  literalEnd,
  readLiteral,
  roundingZerosOf,
  type DecimalStyle,
} from './scan-literal.ts';
import {
  ATTACHED_SCALES,
  BASIS_POINT_WORDS,
  COUNT_NOUNS,
  DOTTED_SCALES,
  DURATION_WORDS,
  FRACTION_WORDS,
  INDEX_NAMES,
  MONTHS,
  MOVER_WORDS,
  NUMBER_WORDS,
  ORDINAL_SUFFIXES,
  RANK_BEFORE_AT,
  RANK_WORDS,
  RATIO_WORDS,
  SCALE_WORDS,
  SHARE_CHANGE_VERBS,
  SHARE_HEDGES,
  SHARE_PERCENTS,
} from '../lexicon.ts';
import {
  base,
  isDateShape,
  isPool,
  MAX_DATE_SHAPE,
  lineStartBefore,
  RANGE_DASHES,
  readDateTail,
  readDenominator,
  readWordNumber,
} from './read-number-parts.ts';
import { readSpelled } from './spelled-numbers.ts';
import { nextWord, previousWord, skipMarkup, skipSpaces, type Word } from './text-cursor.ts';
import { mayBeWord, wordShapes } from './tokenize.ts';

export type NumberKind = 'number' | 'date' | 'duration' | 'rank' | 'other';
export type ReadUnit = 'usd' | 'pct' | 'ratio' | 'count' | 'none';

/** One number as read. Values: usd in dollars, pct in percentage points (bps converted), ratio as a multiple. */
export type ReadNumber = {
  start: number;
  end: number;
  text: string;
  kind: NumberKind;
  value: number;
  unit: ReadUnit;
  /** Half of the last written digit's unit, in the value's unit: `103.8K` -> 50, `6%` -> 0.5. */
  halfUnit: number;
  /** Explicit sign written before the number (`-6.1%` -> -1, `+2%` -> 1), else 0. */
  sign: -1 | 0 | 1;
  basisPoints: boolean;
  /** The K/M/B/T or million/billion scale written (1 when none; also set for unit-less `70 billion`). */
  scale: number;
  /** Upper end of a range (`$107,000–$110,000`, `between 5% and 7%`); `value` is the lower end. */
  high?: { value: number; halfUnit: number; centsZero?: boolean };
  /** Dollars written to the cent with a last zero (`$206.80`): facts/tolerance.ts reads it to the dime. */
  centsZero?: boolean;
  /** `$4,200 / $4,400`: two levels written as a pair (never a price band). */
  pair?: true;
  /** `8 of 10` / `eight of the top ten`: the 10. */
  denominator?: number;
  /** `half of` / `a third of`: value is a share 0..1. */
  fraction?: boolean;
  /** `of the 30 assets`: a count that names the pool (members with data), not the movers. */
  pool?: boolean;
};

const SLASH_POOL = /^(?:\*\*)?\s*\/\s*(?:\*\*)?(\d{1,3})(?:\*\*)?(?=\s+(?:[a-z]+\s+)?([a-z]+))/i;
/** `the 10 large platforms`: up to two adjectives before the counted noun. */
const COUNT_MODIFIERS = new Set([
  'large',
  'big',
  'major',
  'largest',
  'biggest',
  'tracked',
  'listed',
  'watchlist',
  'top',
  'other',
  'main',
  'layer',
  'ai',
  'meme',
  'gaming',
  'depin',
  'sector',
  // `the 10 layer-one names`, `the 4 rollup tokens`
  'one',
  'two',
  'rollup',
  'l1',
  'l2',
]);
function countNounAfter(text: string, from: number): boolean {
  let k = skipSpaces(text, from, 2);
  if (text[k] === '-') k++;
  for (let g = 0; g < 2; g++) {
    const w = nextWord(text, k);
    if (COUNT_NOUNS.has(w.lower)) return true;
    if (!COUNT_MODIFIERS.has(w.lower) && !(w.raw.length >= 2 && w.raw === w.raw.toUpperCase())) return false;
    k = skipSpaces(text, w.end, 2);
    if (text[k] === '-') k++;
  }
  return COUNT_NOUNS.has(nextWord(text, k).lower);
}

const SIGNS = new Set(['-', '+', '\u2212', '\u2013']);
// (`≈-16.6%`: an approximately-equal sign before the minus)
const SIGN_BOUNDARY = new Set([' ', '\n', '\t', '\u00a0', '(', '[', ':', '/', '|', '*', '_', '`', '>', '~', '\u2248']);

/** Reads every number in `text`, in order. */
export function readNumbers(text: string): ReadNumber[] {
  // (only a literal with a comma or a dot tells the style: no copy of the others)
  const raws: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (isDigitCode(text.charCodeAt(i))) {
      const end = literalEnd(text, i);
      if (hasCodeWithin(text, i, end, 44) || hasCodeWithin(text, i, end, 46)) raws.push(text.slice(i, end));
      i = end;
    } else i++;
  }
  const style = detectDecimalStyle(raws);
  const out: ReadNumber[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) {
      const read = readAt(text, i, style, true);
      if (read) {
        const withRange =
          read.kind === 'number' || read.kind === 'date' || read.kind === 'rank'
            ? extendRange(text, read, style)
            : read;
        out.push(shaped(withRange));
        i = Math.max(withRange.end, i + 1);
      } else i = Math.max(literalEnd(text, i), i + 1);
      while (i < text.length && (isDigit(text[i]) || isLetter(text[i]))) i++;
    } else if (isLetterCode(code)) {
      let end = i + 1;
      while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
      // Number words are 1..16 letters (`a`, `one`, `seventeen`, `half`, `ten-thousandths`): skip the rest unsliced.
      const read = end - i <= 16 && startsWordNumber(text, i, end) ? readWords(text, i, end, out, style) : null;
      if (read) out.push(shaped(read));
      i = Math.max(read ? read.end : end, i + 1);
    } else i++;
  }
  return out;
}

/**
 * `n` with every field of a ReadNumber, in one order (absent ones undefined). The readers build numbers in many
 * literals and spreads with optional fields, a dozen V8 object shapes; numbers of one shape keep the reads of every
 * later stage (extract, resolve, verify, rules) monomorphic.
 */
function shaped(n: ReadNumber): ReadNumber {
  return {
    start: n.start,
    end: n.end,
    text: n.text,
    kind: n.kind,
    value: n.value,
    unit: n.unit,
    halfUnit: n.halfUnit,
    sign: n.sign,
    basisPoints: n.basisPoints,
    scale: n.scale,
    high: n.high,
    centsZero: n.centsZero,
    pair: n.pair,
    denominator: n.denominator,
    fraction: n.fraction,
    pool: n.pool,
  };
}

const MULTIPLE_VERBS: ReadonlyMap<string, number> = new Map([
  ['doubled', 100],
  ['tripled', 200],
  ['trebled', 200],
  ['quadrupled', 300],
  ['halved', -50],
]);
const SPELLED_STARTS = new Set(['a', 'an', 'minus', 'zero', 'nought', 'half']);
/**
 * Every word readWords can start a number at; any other word is skipped at once. A new word list that readWords
 * reads from belongs here too (the share words once were missing: `fifth` read as no number); the test
 * test/factcheck/word-number-starts.test.ts reads every lexicon word and read/ literal through readWords and fails
 * when one it reads is missing here.
 */
export const WORD_NUMBER_STARTS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS.keys(),
  ...FRACTION_WORDS.keys(),
  ...SHARE_PERCENTS.keys(),
  ...MULTIPLE_VERBS.keys(),
  ...SPELLED_STARTS,
  'half',
  'quarter',
  'third',
  'double',
  'twice',
  'triple',
]);
/**
 * WORD_NUMBER_STARTS as a trie of ASCII lower-case letters, flat: node k's child for letter l is TRIE_NEXT[k * 26 + l]
 * (0: none; node 0 is the root), TRIE_END[k] is 1 where a word ends. Most words leave it within their first letters.
 */
const { TRIE_NEXT, TRIE_END } = (() => {
  const next: number[] = new Array(26).fill(0);
  const end: number[] = [0];
  for (const word of WORD_NUMBER_STARTS) {
    let node = 0;
    let whole = true;
    for (let i = 0; i < word.length && whole; i++) {
      const l = word.charCodeAt(i) - 97;
      // (a word with another character can never be met: readNumbers reads runs of letters, lower-cased here)
      if (l < 0 || l > 25) whole = false;
      else {
        if (next[node * 26 + l] === 0) {
          next[node * 26 + l] = end.length;
          end.push(0);
          for (let k = 0; k < 26; k++) next.push(0);
        }
        node = next[node * 26 + l]!;
      }
    }
    if (whole) end[node] = 1;
  }
  return { TRIE_NEXT: Int32Array.from(next), TRIE_END: Uint8Array.from(end) };
})();
/** False when text[start, end) lower-cased is surely no word of WORD_NUMBER_STARTS (no slice, no copy). */
function mayStartNumber(text: string, start: number, end: number): boolean {
  let node = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) return true; // not ASCII: the set itself decides
    if (c >= 65 && c <= 90) c += 32;
    const l = c - 97;
    if (l < 0 || l > 25) return false;
    node = TRIE_NEXT[node * 26 + l]!;
    if (node === 0) return false;
  }
  return TRIE_END[node] === 1;
}
const THE = new Set(['the', 'its', 'that', 'their', 'his', 'her']);
const NOT_LISTED = new Set([
  'the',
  // (`to about one dollar seventy-eight`: the cents of a price)
  'dollar',
  'dollars',
  // (`between six and eight per cent`: a range's low end, read with its high end)
  'between',
  'big',
  'top',
  'of',
  'all',
  'last',
  'first',
  'those',
  'these',
  'our',
  'its',
  'their',
  'only',
]);
/** The unit a list declares after its items: `— all in per cent`, `(all per cent gains)`, `, in per cent`. */
const IN_THE_LIST = /^\s+(?:the\s+|our\s+)?(?:watch-?list|list|universe|basket)\b/i;
const HALF_OF_NORM =
  /^\s+(?:(?:weekly|daily|usual|normal|typical|average|7-day|seven-day|recent)\s+){0,2}(?:norm|average|level|pace|volume|turnover)\b/i;
const PARTS_OF_ONE = /(?:tenths?|hundredths?|thousandths?)$/i;
const PER_CENT = /\bper\s*cent\b|\bpercent\b|%/i;
const TRAILING_PERCENT = /(?:^|[\s(,\u2014\u2013-])(?:all\s+(?:in\s+)?|in\s+)(?:per\s*cent|percent|%)/i;

/** The text from `from` to the end of its sentence (`.`, `!`, `?` or a line break), at most 400 characters. */
function sentenceRest(text: string, from: number): string {
  let k = from;
  const limit = Math.min(text.length, from + 400);
  while (k < limit && !'!?\n'.includes(text[k]!) && !(text[k] === '.' && !isDigit(text[k + 1]))) k++;
  return text.slice(from, k);
}
const LIST_JOINS = new Set(['and', 'while', 'but', 'whereas', 'on', 'over', 'in', 'this', 'today', 'respectively']);

/** text[start, end) is a word of WORD_NUMBER_STARTS (most words leave the trie within their first letters). */
function startsWordNumber(text: string, start: number, end: number): boolean {
  return mayStartNumber(text, start, end) && WORD_NUMBER_STARTS.has(text.slice(start, end).toLowerCase());
}

/** The bare number word at `start`..`end` (after the word `prev`) is listed after the percentage `last`. */
function listedAfter(text: string, prev: Word, start: number, last: ReadNumber | undefined, end: number): boolean {
  if (NOT_LISTED.has(prev.lower)) return false;
  const k = skipSpaces(text, end, 2);
  const next = nextWord(text, k).lower;
  if (!(k >= text.length || ',.;)\u2014\u2013'.includes(text[k]!) || LIST_JOINS.has(next))) return false;
  // (`Memecoins rose about nine per cent; Dogecoin fifteen and a half, PEPE twenty-one`: a `;` continues the run)
  if (last?.unit === 'pct' && start - last.end <= 70 && !/[.:\n!?]/.test(text.slice(last.end, start))) return true;
  return text[k] !== '.' && TRAILING_PERCENT.test(sentenceRest(text, k));
}
/**
 * Numbers in words: spelled compounds (`three point eight per cent`, `a hundred and twelve thousand dollars`),
 * single number words (`eight of the top ten`, `five tokens`), multiples (`doubled`, `by a quarter`, `by half`), and
 * a bare number word listed after a percentage (`Ether lost five per cent, solana three and XRP one`: per cent).
 * Reads the number that starts at the word text[start, wordEnd), or null. readNumbers calls it only for the words of
 * WORD_NUMBER_STARTS (exported for the test that keeps that set complete).
 */
export function readWords(
  text: string,
  start: number,
  wordEnd: number,
  out: ReadNumber[],
  style: DecimalStyle,
): ReadNumber | null {
  const lower = text.slice(start, wordEnd).toLowerCase();
  // `half a per cent`
  if (lower === 'half') {
    const a = nextWord(text, skipSpaces(text, wordEnd, 2));
    const p = nextWord(text, skipSpaces(text, a.end, 2));
    const c = nextWord(text, skipSpaces(text, p.end, 2));
    if (a.lower === 'a' && (p.lower === 'percent' || (p.lower === 'per' && c.lower === 'cent')))
      return { ...base(text, start, p.lower === 'per' ? c.end : p.end, 'number', 0.5), unit: 'pct', halfUnit: 0.05 };
  }
  // `double the level of a week ago`, `twice the average`: a multiple; `twice as fast as layer-ones`, `half as much
  // as bitcoin`: a comparison (resolve-claims.ts reads it as one no fact states)
  if (lower === 'double' || lower === 'twice' || lower === 'triple' || lower === 'half') {
    const nextW = nextWord(text, skipSpaces(text, wordEnd, 2));
    const next = nextW.lower;
    // (`about half its weekly norm`, `half its usual volume`: half of an average is a multiple of it)
    const halfOfNorm = lower === 'half' && THE.has(next) && HALF_OF_NORM.test(text.slice(nextW.end, nextW.end + 32));
    if ((lower !== 'half' && THE.has(next)) || next === 'as' || halfOfNorm) {
      const value = lower === 'triple' ? 3 : lower === 'half' ? 0.5 : 2;
      // (`half its usual volume` is a loose word: 0.4-0.6 of it)
      return { ...base(text, start, wordEnd, 'number', value), unit: 'ratio', halfUnit: halfOfNorm ? 0.1 : 0.05 };
    }
  }
  const multiple = MULTIPLE_VERBS.get(lower);
  if (multiple !== undefined)
    return {
      ...base(text, start, wordEnd, 'number', multiple),
      unit: 'pct',
      sign: multiple < 0 ? -1 : 1,
      halfUnit: 0.5,
    };
  const prev = text[start - 1] === '-' ? previousWord(text, start - 1) : previousWord(text, start);
  // `Layer-two`, `layer one`: names; the unit word of a compound (`seventy-eight`) is read with its tens or not at all
  if (prev.lower === 'layer') return null;
  if (text[start - 1] === '-' && (NUMBER_WORDS.get(prev.lower) ?? 0) >= 20) return null;
  // the last percentage of this sentence run (`nearly nine per cent to three hundred dollars. Render gained nine`)
  let last: ReadNumber | undefined;
  for (let k = out.length - 1; k >= 0 && k >= out.length - 4 && start - out[k]!.end < 160; k--)
    if (out[k]!.unit === 'pct') {
      last = out[k];
      break;
    }
  // A bare number listed after a percentage in the same clause run keeps its unit: `Ether lost five per cent,
  // solana three and XRP one`, `DePIN five and a half`; not `one trader said`, `the big five`.
  // A list that declares its unit after the last item (`Bitcoin up eleven; Ether up five — all in per cent`) too.
  // `rose by a quarter`, `fell by half`, `a third annualised`, `Solana rose a fifth`, `fell by about a third`: a share
  // written as a change; `a third of a per cent` is a part of a per cent
  const share = SHARE_PERCENTS.get(lower);
  if (share !== undefined) {
    const a = prev.lower === 'a' ? previousWord(text, prev.start) : prev;
    const verb = SHARE_HEDGES.has(a.lower) ? previousWord(text, a.start) : a;
    const next = nextWord(text, skipSpaces(text, wordEnd, 2));
    const s = prev.lower === 'a' ? prev.start : start;
    // (a fraction word is a round figure: `a quarter` is 25 % give or take 5 % of it, `a tenth` 10 % +- 0.5)
    const half = Math.max(0.5, share * 0.05);
    if (next.lower === 'of' && prev.lower === 'a') {
      const of = nextWord(text, skipSpaces(text, next.end, 2));
      const p = nextWord(text, skipSpaces(text, of.end, 2));
      const c = nextWord(text, skipSpaces(text, p.end, 2));
      // (`a fifth of one per cent`, `a quarter of a point`: the same part of a percentage point)
      const ofOne = of.lower === 'a' || of.lower === 'one';
      if (ofOne && (p.lower === 'percent' || p.lower === 'point' || (p.lower === 'per' && c.lower === 'cent')))
        return {
          ...base(text, s, p.lower === 'per' ? c.end : p.end, 'number', share / 100),
          unit: 'pct',
          // read to one significant digit: `a third of a per cent` is about 0.3 %
          halfUnit: 0.05,
        };
    }
    if (
      verb.lower === 'by' ||
      next.lower.startsWith('annuali') ||
      (prev.lower === 'a' &&
        lower !== 'half' &&
        SHARE_CHANGE_VERBS.has(verb.lower) &&
        (next.lower !== 'of' || ofOwnValue(text, next.end))) ||
      // (`Memecoins are down about seventeen per cent, and gaming more than a fifth`: listed after a percentage;
      // not `a dollar and a half`)
      (prev.lower === 'a' &&
        next.lower !== 'of' &&
        verb.lower !== 'and' &&
        listedAfter(text, verb, s, last, wordEnd)) ||
      // (`Virtuals lost twelve per cent, a fifth of its value`: the same move restated after a comma)
      (prev.lower === 'a' &&
        next.lower === 'of' &&
        ofOwnValue(text, next.end) &&
        /,\s*$/.test(text.slice(0, prev.start)))
    )
      // (`DePIN fell half a per cent and memes a little more than a quarter`: after parts of a per cent, of one too)
      return last !== undefined &&
        Math.abs(last.value) < 1 &&
        verb.lower !== 'by' &&
        listedAfter(text, verb, s, last, wordEnd)
        ? { ...base(text, s, wordEnd, 'number', share / 100), unit: 'pct', halfUnit: 0.05 }
        : { ...base(text, s, wordEnd, 'number', share), unit: 'pct', halfUnit: half };
  }
  if (!NUMBER_WORDS.has(lower) && !SPELLED_STARTS.has(lower)) {
    return wordEnd - start >= 3 && wordEnd - start <= 9 ? readWordNumber(text, start, wordEnd, lower) : null;
  }
  const simple = wordEnd - start >= 3 ? readWordNumber(text, start, wordEnd, lower) : null;
  const spelled = readSpelled(text, start);
  if (
    spelled &&
    (spelled.unitWritten || spelled.scale > 1 || spelled.words >= 3 || spelled.halfUnit < 0.5) &&
    (!simple || spelled.end > simple.end)
  ) {
    let end = spelled.end;
    // (`Arbitrum led with roughly nine tenths, Optimism added half a per cent`: tenths written among percentages,
    // the last one before it in the run or one later in the sentence, are of a per cent, never a price)
    // (`funding was the most negative at minus eight thousandths`: thousandths where funding is spoken of too;
    // `Render shed two point six`, `down about one point one`: a bare decimal right after a word of moving)
    const parts = PARTS_OF_ONE.exec(text.slice(start, spelled.end));
    const tenths =
      parts !== null &&
      ((last !== undefined && start - last.end <= 160) ||
        PER_CENT.test(sentenceRest(text, spelled.end)) ||
        (parts[0]!.startsWith('thousandth') && /funding/i.test(text.slice(Math.max(0, start - 200), start))));
    const moved = spelled.halfUnit < 0.5 && !spelled.unitWritten && afterMoveVerb(text, prev);
    let unit: ReadUnit =
      spelled.unit === 'none' &&
      spelled.scale === 1 &&
      (tenths || moved || listedAfter(text, prev, start, last, spelled.end))
        ? 'pct'
        : spelled.unit;
    let denominator: number | undefined;
    if (unit === 'none' && spelled.scale === 1) {
      const of = nextWord(text, skipSpaces(text, end, 2));
      if (of.lower === 'of' || of.lower === 'out') {
        const den = readDenominator(text, of.end, of.lower === 'out', style);
        if (den) {
          unit = 'count';
          denominator = den.value;
          end = den.end;
        }
      }
    }
    return {
      ...base(text, start, end, 'number', spelled.value),
      unit,
      halfUnit: spelled.halfUnit,
      sign: spelled.sign,
      scale: spelled.scale,
      ...(denominator !== undefined ? { denominator } : {}),
    };
  }
  if (simple) return simple;
  // `a dozen of the thirty`
  if (spelled && spelled.words >= 2 && Number.isInteger(spelled.value)) {
    const of = nextWord(text, skipSpaces(text, spelled.end, 2));
    if (of.lower === 'of') {
      const den = readDenominator(text, of.end, false, style);
      if (den) return { ...base(text, start, den.end, 'number', spelled.value), unit: 'count', denominator: den.value };
    }
  }
  const n = NUMBER_WORDS.get(lower);
  // (a hyphenated compound is read whole: `Solana's about fifty-one` after `twenty-seven per cent`)
  if (n !== undefined && n >= 1 && n < 100 && (text[wordEnd] !== '-' || spelled?.words === 2)) {
    const value = spelled && spelled.words <= 2 ? spelled.value : n;
    const end = spelled && spelled.words <= 2 ? spelled.end : wordEnd;
    if (listedAfter(text, prev, start, last, end))
      return { ...base(text, start, end, 'number', value), unit: 'pct', halfUnit: spelled?.halfUnit ?? 0.5 };
  }
  return null;
}

/** The word before a number (past one hedge) is a word of moving: `shed two point six`, `down about one point one`. */
function afterMoveVerb(text: string, prev: Word): boolean {
  const verb = SHARE_HEDGES.has(prev.lower) ? previousWord(text, prev.start) : prev;
  if (SHARE_CHANGE_VERBS.has(verb.lower)) return true;
  // (`Render led at twelve point four`, `Helium came second at nearly twelve`: a rank's figure is its move)
  return (verb.lower === 'at' || verb.lower === 'with') && RANK_BEFORE_AT.has(previousWord(text, verb.start).lower);
}

/**
 * `of its value`, `of their value`, `of their open interest` after a share (`lost a fifth of its value`): the share is
 * a change of that measure.
 */
function ofOwnValue(text: string, ofEnd: number): boolean {
  const own = nextWord(text, skipSpaces(text, ofEnd, 2));
  if (own.lower !== 'its' && own.lower !== 'their') return false;
  return OWN_MEASURES.has(nextWord(text, skipSpaces(text, own.end, 2)).lower);
}
const OWN_MEASURES = new Set(['value', 'open', 'volume', 'worth', 'market', 'capitalisation', 'capitalization']);

/** Whether the character `code` stands in text[from, to). */
function hasCodeWithin(text: string, from: number, to: number, code: number): boolean {
  const end = Math.min(to, text.length);
  for (let k = from; k < end; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

const signOf = (ch: string | undefined): -1 | 1 => (ch === '+' ? 1 : -1);
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';

const RANK_SHAPES = wordShapes(RANK_WORDS);
const INDEX_SHAPES = wordShapes(INDEX_NAMES);
const MONTH_SHAPES = wordShapes(MONTHS);

/** Reads a digit number starting at `at`; null when it is part of a word (`L2`, `GMCI-30`, `Web3`). */
function readAt(text: string, at: number, style: DecimalStyle, allowPrefix: boolean): ReadNumber | null {
  const before = text[at - 1];
  // `L2`, `Web3` are names; `rose12.16%to` (a slip) is a percentage
  const glued = literalEnd(text, at);
  if (
    (isLetter(before) && !(text[glued] === '%' && isLower(before) && isLower(text[at - 2]))) ||
    before === '_' ||
    before === '.' ||
    before === ','
  )
    return null;
  // `Layer-2`, `GMCI-30` are names; `HNT-6.9%` (a percentage glued to a ticker) is a signed figure.
  const litEnd = glued;
  const pctAfter = text[litEnd] === '%' || (text[litEnd] === ' ' && text[litEnd + 1] === '%');
  if (before === '-' && isLetter(text[at - 2]) && !pctAfter) return null;
  let lit = readLiteral(text.slice(at, litEnd), at, style);
  // `groundbrief@0.1.0`, `v4.86.0`: versions are not claims.
  if (before === '@' || isVersionLike(lit.raw)) return base(text, at, lit.end, 'other', lit.value);
  let start = at;
  let end = lit.end;
  let usd = false;
  let sign: -1 | 0 | 1 = 0;
  if (allowPrefix) {
    let k = at;
    if (text[k - 1] === '$') {
      usd = true;
      k--;
      if (text[k - 2] === 'U' && text[k - 1] === 'S') k -= 2;
    } else if (SIGNS.has(text[k - 1] ?? '') && text[k - 2] === '$') {
      usd = true;
      sign = signOf(text[k - 1]);
      k -= 2;
    }
    if (
      sign === 0 &&
      SIGNS.has(text[k - 1] ?? '') &&
      (k - 1 === 0 || SIGN_BOUNDARY.has(text[k - 2] ?? '') || (pctAfter && isLetter(text[k - 2])))
    ) {
      sign = signOf(text[k - 1]);
      k--;
    } else if (sign === 0 && !usd && text[k - 1] === '*') {
      // `(+**1.2%**)`: Markdown emphasis between a sign and its figure
      let m = k - 1;
      while (m > k - 3 && text[m - 1] === '*') m--;
      if (SIGNS.has(text[m - 1] ?? '') && (m - 1 === 0 || SIGN_BOUNDARY.has(text[m - 2] ?? ''))) {
        sign = signOf(text[m - 1]);
        k = m - 1;
      }
    }
    start = k;
    // `$ 112,486`: a dollar sign set apart by one space
    if (!usd && sign === 0 && text[k - 1] === ' ' && text[k - 2] === '$') usd = true;
  }
  const prev = previousWord(text, start);
  if (allowPrefix && !usd) {
    if (prev.lower === 'usd') usd = true;
    // `minus 0.012%`, `negative 2%`, `plus 3%`: a sign written as a word
    if (sign === 0 && (prev.lower === 'minus' || prev.lower === 'negative')) sign = -1;
    else if (sign === 0 && prev.lower === 'plus') sign = 1;
  }
  // `$3 ,987`, `0.0 094%`, `$0.58 73`, `1 1.8%`: one figure split by a stray space
  const joined = strayJoin(text, at, lit.raw, usd);
  if (joined) {
    lit = readLiteral(joined.raw, at, style);
    end = joined.end;
  }
  // Ordered-list marker at a line start: `1. `
  if (lineStartBefore(text, start) && (text[end] === '.' || text[end] === ')') && text[end + 1] === ' ')
    return base(text, start, end + 1, 'other', lit.value);
  // (`Liquidations Top $412 Million`: a dollar figure is never a rank)
  // (most words before a figure are none of these three lists: one shape test each skips the look-up)
  const rankWord = mayBeWord(RANK_SHAPES, prev.lower) && RANK_WORDS.has(prev.lower);
  if (text[start - 1] === '#' || (rankWord && !usd)) return base(text, start, end, 'rank', lit.value);
  if ((mayBeWord(INDEX_SHAPES, prev.lower) && INDEX_NAMES.has(prev.lower)) || prev.lower.endsWith('&p'))
    return base(text, start, end, 'other', lit.value);
  // (`funding apr 10.3%`: a figure with decimals or a percent sign is no day of a month)
  if (
    mayBeWord(MONTH_SHAPES, prev.lower) &&
    MONTHS.has(prev.lower) &&
    !usd &&
    lit.decimals === 0 &&
    !/^\s?%/.test(text.slice(end, end + 2))
  )
    return readDateTail(text, start, end, lit.value);
  // `its 7 -day average`: a duration with a stray space before its hyphen
  if (!usd && lit.decimals === 0 && text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 45) {
    const dur = /^ -(?:days?|weeks?|months?|hours?|years?)\b/.exec(text.slice(end, end + 8));
    if (dur) return base(text, start, end + dur[0].length, 'duration', lit.value);
  }
  // `17 / 30 green`, `**17**/**30** coins green`: a count out of a pool written with a slash, before what it counts
  // (a slash is in the next 24 characters: most figures have none and need no copy)
  if (!usd && lit.decimals === 0 && lit.raw.length <= 3 && hasCodeWithin(text, end, end + 24, 47)) {
    const slash = SLASH_POOL.exec(text.slice(end, end + 24));
    if (slash && MOVER_WORDS.has(slash[2]!.toLowerCase()))
      return {
        ...base(text, start, end + slash[0].length, 'number', lit.value),
        unit: 'count',
        denominator: Number(slash[1]),
      };
  }
  if (text[end] === ':' && isDigit(text[end + 1]) && isDigit(text[end + 2]))
    return base(text, start, end + 3, 'date', lit.value);
  if (
    (text[end] === '/' || text[end] === '-') &&
    isDigit(text[end + 1]) &&
    lit.raw.length <= 4 &&
    !usd &&
    isDateShape(text, at)
  ) {
    let e = end;
    while (e < text.length && e - at < MAX_DATE_SHAPE && (isDigit(text[e]) || text[e] === '/' || text[e] === '-')) e++;
    return base(text, start, e, 'date', lit.value);
  }

  let value = lit.value;
  let unit: ReadUnit = usd ? 'usd' : 'none';
  let half = 0.5 * 10 ** (lit.roundingZeros - lit.decimals);
  // `4. 6%`, `3 .1%`, `$171. 36`: a decimal point set apart by a stray space (a percentage or a dollar figure)
  const slip = lit.decimals === 0 && (usd || lit.raw.length <= 3) ? decimalSlipEnd(text, end, usd) : -1;
  if (slip !== -1) {
    let from = slip;
    while (isDigit(text[from - 1])) from--;
    const fraction = text.slice(from, slip);
    value = lit.value + Number(`0.${fraction}`);
    half = 0.5 * 10 ** -fraction.length;
    end = slip;
  }
  let scale = 1;
  let basisPoints = false;
  let currencyAfter = false;
  let dollarAfter = false;
  let kind: NumberKind = 'number';
  let denominator: number | undefined;
  let pool = false;
  // Exponent notation: `5e1%`, `$1.5e5`, `2E+3` (the exponent scales the value and its rounding).
  if ((text[end] === 'e' || text[end] === 'E') && !isLetter(text[end + 1])) {
    let k = end + 1;
    const negative = text[k] === '-' || text[k] === '\u2212';
    if (text[k] === '+' || negative) k++;
    const expEnd = literalEndDigits(text, k);
    if (expEnd > k && expEnd - k <= 3 && !isLetter(text[expEnd])) {
      const exp = (negative ? -1 : 1) * Number(text.slice(k, expEnd));
      value *= 10 ** exp;
      half *= 10 ** exp;
      end = expEnd;
    }
  }
  if (isLetter(text[end])) {
    const word = nextWord(text, end);
    const w = word.lower;
    // (`5m` may be minutes; `$5m`, `64.2M tokens` are millions)
    if (ATTACHED_SCALES.has(w) && (w !== 'm' || usd || word.raw === 'M' || lit.decimals > 0)) {
      scale = ATTACHED_SCALES.get(w)!;
      end = word.end;
    } else if (w === 'x') {
      unit = 'ratio';
      end = word.end;
    } else if (word.raw === 'c' && !usd) {
      // `46c`, `13.8c`: cents written as a suffix (social posts)
      unit = 'usd';
      value /= 100;
      half /= 100;
      end = word.end;
    } else if (ORDINAL_SUFFIXES.has(w)) return base(text, start, word.end, 'rank', value);
    else if (w === 'am' || w === 'pm' || w === 'utc') return base(text, start, word.end, 'date', value);
    else if (DURATION_WORDS.has(w)) return base(text, start, word.end, 'duration', value);
    else if (w === 'pc' || w === 'pct' || w === 'percent') {
      unit = 'pct';
      end = word.end;
    } else if (w === 'bp' || w === 'bps') {
      basisPoints = true;
      end = word.end;
    } else if (w === 'pp' || w === 'ppt') {
      unit = 'pct';
      end = word.end;
    } else return base(text, start, word.end, 'other', value);
  } else if (text[end] === '%') {
    unit = 'pct';
    end++;
  } else if (text[end] === '\u00d7') {
    unit = 'ratio';
    end++;
  } else if ((text[end] === '\u2191' || text[end] === '\u2193') && lit.decimals === 0) {
    // `3↑ 1↓`: a count of members up or down
    unit = 'count';
    end++;
  } else if (text[end] === '-' && isLetter(text[end + 1])) {
    const word = nextWord(text, end + 1);
    if (DURATION_WORDS.has(word.lower)) return base(text, start, word.end, 'duration', value);
    if (SCALE_WORDS.has(word.lower) && word.lower.length > 2) {
      scale = SCALE_WORDS.get(word.lower)!;
      end = word.end;
    } else if (word.lower === 'fold') {
      unit = 'ratio';
      end = word.end;
    }
  }
  // `1/ $BTC support 110k`: a thread or list marker (`1/`, `2/`) is no figure
  if (text[end] === '/' && !isDigit(text[end + 1]) && unit === 'none' && scale === 1 && lit.decimals === 0)
    return base(text, start, end + 1, 'other', value);
  if (scale === 1 && (unit === 'none' || unit === 'usd') && !basisPoints) {
    let after = skipSpaces(text, end, 2);
    // `**27** of the **30**`, `**3** declined`: a whole number closed by emphasis keeps the words after it
    if (unit === 'none' && lit.decimals === 0 && text.startsWith('** ', end)) after = skipSpaces(text, end + 2, 2);
    if (text[after] === '%') {
      unit = 'pct';
      end = after + 1;
    } else if (unit === 'none' && text[after] === '$' && !isDigit(text[after + 1]) && !isLetter(text[after + 1])) {
      // `112.486 $`, `0,5286 $`: the currency written after the figure (European style), where `120.000 $` is
      // thousands whatever the rest of the text does
      unit = 'usd';
      end = after + 1;
      dollarAfter = true;
    } else if (
      unit === 'none' &&
      text[after] === '-' &&
      after === end &&
      COUNT_NOUNS.has(nextWord(text, after + 1).lower)
    ) {
      // `a 30-coin list`, `our 30-token watchlist`: the size of the pool
      unit = 'count';
      pool = true;
    } else if (isLetter(text[after])) {
      const word = nextWord(text, after);
      const w = word.lower;
      if (w === 'percent' || w === 'pct' || w === 'pc') {
        unit = 'pct';
        end = word.end;
      } else if (w === 'per' && nextWord(text, skipSpaces(text, word.end, 2)).lower === 'cent') {
        unit = 'pct';
        end = nextWord(text, skipSpaces(text, word.end, 2)).end;
      } else if (w === 'percentage') {
        unit = 'pct';
        const pts = nextWord(text, skipSpaces(text, word.end, 2));
        end = pts.lower.startsWith('point') ? pts.end : word.end;
      } else if (BASIS_POINT_WORDS.has(w)) {
        basisPoints = true;
        const pts = nextWord(text, skipSpaces(text, word.end, 2));
        end = w === 'basis' && pts.lower.startsWith('point') ? pts.end : word.end;
      } else if (
        SCALE_WORDS.has(w) &&
        ((w.length > 1 && w !== 'm' && w !== 'b' && w !== 't') ||
          (usd && !isLetter(text[word.end])) ||
          // `70 m $`, `412 m USD`: a one-letter scale with the currency written after it
          /^ ?(?:\$|usd\b)/i.test(text.slice(word.end, word.end + 5)))
      ) {
        scale = SCALE_WORDS.get(w)!;
        end = word.end;
      } else if (RATIO_WORDS.has(w)) {
        unit = 'ratio';
        end = word.end;
      } else if (MONTHS.has(w) && word.raw[0] === word.raw[0]!.toUpperCase())
        return readDateTail(text, start, word.end, value);
      // (`(7 d)`, `24 h`: a one-letter unit after a space, not a letter's start)
      else if (
        DURATION_WORDS.has(w) &&
        (w.length > 1 || ((w === 'h' || (w === 'd' && text[word.end] === ')')) && !isLetter(text[word.end]))) &&
        w !== 'per'
      )
        kind = 'duration';
      else if (w === 'usd' || w === 'dollars') {
        unit = 'usd';
        end = word.end;
        currencyAfter = true;
      }
      // `29.8 cents` is $0.298
      else if ((w === 'cents' || w === 'cent') && !usd) {
        unit = 'usd';
        value /= 100;
        half /= 100;
        end = word.end;
      } else if (MOVER_WORDS.has(w) && lit.decimals === 0 && !usd && text[after - 1] === ' ') {
        unit = 'count';
      } else if (COUNT_NOUNS.has(w) || (COUNT_MODIFIERS.has(w) && countNounAfter(text, word.end))) {
        unit = 'count';
        pool = isPool(text, start, w);
        // `3 coins of 30`, `2 names out of 10`: the pool follows the counted noun
        const of = COUNT_NOUNS.has(w) ? nextWord(text, skipSpaces(text, word.end, 2)) : null;
        if (of && (of.lower === 'of' || of.lower === 'out')) {
          const den = readDenominator(text, of.end, of.lower === 'out', style);
          if (den) {
            denominator = den.value;
            end = den.end;
          }
        }
      } else if (w === 'in' && IN_THE_LIST.test(text.slice(word.end, word.end + 24))) {
        // `from 30 in watchlist`: the size of the list itself
        unit = 'count';
        pool = true;
      } else if (w === 'of' || w === 'out' || w === 'from' || w === 'in') {
        const den = readDenominator(text, word.end, w === 'out', style);
        // `13 from 30 names` (a translated `13 von 30`), `Only 2 from 7 are up`, `1 from 4 meme up`: `from` only
        // before a count noun or a word of moving; `2 in 7 AI coins green`: `in` only before a counted noun
        if (
          den &&
          (w === 'of' || w === 'out' || (w === 'from' ? fromCount(text, den.end) : countNounAfter(text, den.end)))
        ) {
          unit = 'count';
          denominator = den.value;
          end = den.end;
        }
      }
    }
  }
  if (scale !== 1) {
    // `13,64 Mrd. $`: a dotted scale abbreviation keeps its dot, and a `$` after the scale is the currency
    const dotted = text[end] === '.' && DOTTED_SCALES.includes(previousWord(text, end).lower);
    const after = skipSpaces(text, dotted ? end + 1 : end, 1);
    const word = nextWord(text, after);
    if (word.lower === 'usd' || word.lower === 'dollars') {
      unit = 'usd';
      end = word.end;
    } else if (text[after] === '$' && !isDigit(text[after + 1]) && !isLetter(text[after + 1])) {
      // (`$146.7B $SHIB`: a `$` before a letter is the next ticker's cashtag, not this figure's currency)
      unit = 'usd';
      end = after + 1;
    }
  }
  // a dot grouping thousands: `112.486 $` whatever the rest of the text does, `trades 111.742 USD` in a text that
  // writes decimal commas too (`+2,9%`), and `until 115.000 resistance` (no dollar amount of two or three digits is
  // written with three zero decimals)
  if (
    scale === 1 &&
    unit !== 'pct' &&
    !basisPoints &&
    ((dollarAfter && /^\d{1,3}(?:\.\d{3})+$/.test(lit.raw)) ||
      (lit.decimals === 3 &&
        ((style === 'mixed' && currencyAfter && /^[1-9]\d{0,2}\.\d{3}$/.test(lit.raw)) ||
          /^[1-9]\d{1,2}\.000$/.test(lit.raw))))
  ) {
    const digits = lit.raw.replaceAll('.', '');
    value = Number(digits);
    // (`112.500 $` is rounded to the hundred as `$112,500` is)
    half = 0.5 * 10 ** roundingZerosOf(digits);
  }
  if (
    kind === 'number' &&
    unit === 'none' &&
    scale === 1 &&
    !basisPoints &&
    lit.decimals === 0 &&
    lit.raw.length === 4 &&
    value >= 1900 &&
    value <= 2099
  )
    return base(text, start, end, 'date', value);
  if (basisPoints) {
    unit = 'pct';
    value /= 100;
    half /= 100;
  }
  if (unit === 'count') half = 0.5;
  const signed = sign === -1 ? -value * scale : value * scale;
  if (!Number.isFinite(signed) || lit.raw.length > 40) return base(text, start, end, 'other', 0);
  return {
    start,
    end,
    text: text.slice(start, end),
    kind,
    value: signed,
    unit,
    halfUnit: half * scale,
    sign,
    basisPoints,
    scale,
    ...(denominator !== undefined ? { denominator } : {}),
    ...(pool ? { pool } : {}),
    ...(unit === 'usd' && scale === 1 && lit.decimals === 2 && lit.raw.endsWith('0') ? { centsZero: true } : {}),
  };
}

/** A figure with a separator right after a spaced slash, higher than `low` and under twice it. */
function levelAfterSlash(text: string, at: number, low: number): boolean {
  const end = literalEnd(text, at);
  const raw = text.slice(at, end);
  if (!/^\d[\d,.]*\d$/.test(raw) || !/[.,]/.test(raw) || text[end] === '%') return false;
  const high = Number(raw.replace(/,/g, ''));
  return high > low && high < low * 2;
}

/** `between` before a figure, past markup and one hedge (`between **$96,115**`, `between about $99,080`). */
function rangeOpener(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && (text[k - 1] === '*' || text[k - 1] === '_')) k--;
  let w = previousWord(text, k);
  if (isRangeHedge(w.lower)) w = previousWord(text, w.start);
  return w.lower === 'between';
}
const RANGE_HEDGES = new Set(['about', 'roughly', 'around', 'approximately', 'some', 'nearly', 'almost']);
const RANGE_HEDGE_SHAPES = wordShapes(RANGE_HEDGES);
function isRangeHedge(lower: string): boolean {
  return mayBeWord(RANGE_HEDGE_SHAPES, lower) && RANGE_HEDGES.has(lower);
}

/** Past markup and one hedge word at k (`and about $101,230`, `and **$102,600**`). */
function afterHedge(text: string, k: number): number {
  k = skipMarkup(text, k);
  const w = nextWord(text, k);
  if (isRangeHedge(w.lower)) k = skipMarkup(text, skipSpaces(text, w.end, 1));
  return k;
}

/**
 * After `N from M`: a count noun (`names`), a word of moving (`rose`, `up`) or of being (`are up`), or one word then
 * `up` / `down`.
 */
function fromCount(text: string, denEnd: number): boolean {
  const next = nextWord(text, skipSpaces(text, denEnd, 2));
  if (COUNT_NOUNS.has(next.lower) || MOVER_WORDS.has(next.lower) || FROM_MOVES.has(next.lower)) return true;
  const then = nextWord(text, skipSpaces(text, next.end, 2)).lower;
  return next.lower.length > 0 && (then === 'up' || then === 'down' || then === 'green' || then === 'red');
}
const FROM_MOVES = new Set(['are', 'were', 'is', 'was']);

function literalEndDigits(text: string, from: number): number {
  let k = from;
  while (k < text.length && isDigit(text[k])) k++;
  return k;
}

/** `$107,000–$110,000`, `107–110K`, `5-7%`, `between 5% and 7%`, `2023–2024`: folds the second number in. */
function extendRange(text: string, first: ReadNumber, style: DecimalStyle): ReadNumber {
  let k = skipSpaces(text, first.end, 1);
  const opener = rangeOpener(text, first.start);
  let slashPair = false;
  // (`between **$96,115** and **$102,600**`, `between about $99,080 and $101,230`: markup and hedges around the ends)
  const joinAt = opener ? skipSpaces(text, skipMarkup(text, k), 1) : k;
  const join = nextWord(text, joinAt).lower;
  if (RANGE_DASHES.has(text[k] ?? '') && !(text[k] === '-' && k > first.end && text[k + 1] !== ' '))
    k = skipSpaces(text, k + 1, 1);
  // (`inside the box $4,200 / $4,400`: two dollar figures either side of a spaced slash)
  else if (text[k] === '/' && k > first.end && first.unit === 'usd' && text[k + 1] === ' ' && text[k + 2] === '$') {
    k += 2;
    slashPair = true;
  }
  // (`inside the box 110,000 / 115,000`, `XRP 2.90 / 3.00`: two prices written with separators, the higher second;
  // not `16 / 14`, counts)
  else if (
    text[k] === '/' &&
    k > first.end &&
    first.unit === 'none' &&
    first.scale === 1 &&
    text[k + 1] === ' ' &&
    /[.,]/.test(first.text) &&
    first.value >= 1 &&
    levelAfterSlash(text, k + 2, first.value)
  ) {
    k += 2;
    slashPair = true;
  } else if (opener && join === 'and') k = afterHedge(text, skipSpaces(text, nextWord(text, joinAt).end, 1));
  else if (first.kind === 'rank' && nextWord(text, k).lower === 'to') k = skipSpaces(text, nextWord(text, k).end, 1);
  else return first;
  let digitsAt = k;
  if (text[digitsAt] === '$') digitsAt++;
  if (!isDigit(text[digitsAt])) return first;
  const second = readAt(text, digitsAt, style, false);
  if (!second || (second.kind !== first.kind && !(first.kind === 'rank' && second.kind === 'number'))) return first;
  if (first.kind !== 'number') return { ...first, end: second.end, text: text.slice(first.start, second.end) };
  const secondUsd = text[k] === '$' || second.unit === 'usd';
  const unit: ReadUnit = first.unit !== 'none' ? first.unit : secondUsd ? 'usd' : second.unit;
  let low = first.value;
  let lowHalf = first.halfUnit;
  if (first.scale === 1 && second.scale !== 1 && Math.abs(first.value) * second.scale <= Math.abs(second.value) * 10) {
    low *= second.scale;
    lowHalf *= second.scale;
  }
  if (first.unit === 'none' && second.unit === 'pct' && second.basisPoints) {
    low /= 100;
    lowHalf /= 100;
  }
  return {
    ...first,
    end: second.end,
    text: text.slice(first.start, second.end),
    unit,
    value: low,
    halfUnit: lowHalf,
    scale: Math.max(first.scale, second.scale),
    high: { value: second.value, halfUnit: second.halfUnit, ...(second.centsZero ? { centsZero: true } : {}) },
    ...(slashPair ? { pair: true as const } : {}),
  };
}
