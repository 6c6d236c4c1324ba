/**
 * Pieces of the number scanner: the plain record, line/date shape tests, `Nov 12, 2025` tails,
 * `8 of 10` denominators and number words (`eight of the top ten`, `half of`). Linear, no regexes.
 */
import {
  COUNT_NOUNS,
  DURATION_WORDS,
  FRACTION_WORDS,
  MOVER_WORDS,
  NUMBER_WORDS,
  RANK_WORDS,
  SCALE_WORDS,
} from '../lexicon.ts';
import type { NumberKind, ReadNumber } from './read-numbers.ts';
import { isDigit, isLetter, literalEnd, readLiteral, type DecimalStyle } from './scan-literal.ts';
import { nextWord, previousWord, skipMarkup, skipSpaces } from './text-cursor.ts';

export const RANGE_DASHES = new Set(['-', '\u2013', '\u2014', '\u2212']);

export function base(text: string, start: number, end: number, kind: NumberKind, value: number): ReadNumber {
  return {
    start,
    end,
    text: text.slice(start, end),
    kind,
    value,
    unit: 'none',
    halfUnit: 0.5,
    sign: 0,
    basisPoints: false,
    scale: 1,
  };
}

export function lineStartBefore(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n';
}

/**
 * The longest date shape (`2025-11-12`, `11/12/2025`) is 10 characters; a longer run of digits and dashes is not
 * one.
 */
export const MAX_DATE_SHAPE = 10;

export function isDateShape(text: string, at: number): boolean {
  // 2025-11-12 (three parts, year first), 11/12/2025, 11/12; never `5-7%`. Bounded: called for every number.
  let parts = 1;
  let slash = false;
  let k = at;
  const limit = Math.min(text.length, at + MAX_DATE_SHAPE + 1);
  while (k < limit && (isDigit(text[k]) || text[k] === '/' || text[k] === '-')) {
    if (!isDigit(text[k])) {
      parts++;
      slash ||= text[k] === '/';
    }
    k++;
  }
  if (k - at > MAX_DATE_SHAPE) return false;
  if (text[k] === '%' || RANGE_DASHES.has(text[k - 1] ?? '')) return false;
  return slash ? parts <= 3 : parts === 3 && literalEnd(text, at) - at === 4;
}

/** `Nov 12` was read: also takes `, 2025` after it. */
export function readDateTail(text: string, start: number, end: number, value: number): ReadNumber {
  let e = end;
  if (text[e] === ',' && text[e + 1] === ' ' && isDigit(text[e + 2])) {
    const yearEnd = literalEnd(text, e + 2);
    if (yearEnd - (e + 2) === 4) e = yearEnd;
  }
  return base(text, start, e, 'date', value);
}

/** After `8 of` / `8 out of`: `10`, `the top ten`, `ten`. */
export function readDenominator(
  text: string,
  from: number,
  out: boolean,
  style: DecimalStyle,
): { value: number; end: number } | null {
  let k = skipSpaces(text, from, 2);
  if (out) {
    const of = nextWord(text, k);
    if (of.lower !== 'of') return null;
    k = skipSpaces(text, of.end, 2);
  }
  for (let guard = 0; guard < 2; guard++) {
    const word = nextWord(text, k);
    if (word.lower === 'the' || word.lower === 'top' || word.lower === 'its' || word.lower === 'our')
      k = skipSpaces(text, word.end, 2);
    else break;
  }
  // (`of the **30**`: emphasis around the pool)
  const bold = text.startsWith('**', k) && isDigit(text[k + 2]);
  if (bold) k += 2;
  if (isDigit(text[k])) {
    const end = literalEnd(text, k);
    // (`0.8 of the 7d average`: a window, no pool)
    if (WINDOW_AFTER.test(text.slice(end, end + 8))) return null;
    const closed = bold && text.startsWith('**', end) ? end + 2 : end;
    return { value: readLiteral(text.slice(k, end), k, style).value, end: closed };
  }
  const word = nextWord(text, k);
  const n = NUMBER_WORDS.get(word.lower);
  // (`eight tenths of its seven-day average`)
  if (n !== undefined && WINDOW_AFTER.test(text.slice(word.end, word.end + 8))) return null;
  return n === undefined ? null : { value: n, end: word.end };
}
/** A window unit right after a number (`7d`, `seven-day`, `30 days`): the number is a window's length. */
const WINDOW_AFTER = /^(?:[dhw]\b|[-\s](?:day|days|hour|hours|week|weeks|month|months)\b)/i;

/** `eight of the top ten`, `three tokens`, `half of`, `a third of`, `two-thirds of`, `two years` (duration). */
export function readWordNumber(text: string, start: number, wordEnd: number, lower: string): ReadNumber | null {
  let n = NUMBER_WORDS.get(lower);
  if (n === undefined && !FRACTION_WORDS.has(lower)) return null;
  let end = wordEnd;
  // `twenty-eight`: a tens word joined to a unit word is one number
  if (n !== undefined && n >= 20 && n <= 90 && n % 10 === 0 && text[end] === '-' && isLetter(text[end + 1])) {
    const unit = NUMBER_WORDS.get(nextWord(text, end + 1).lower);
    if (unit !== undefined && unit >= 1 && unit <= 9) {
      n += unit;
      end = nextWord(text, end + 1).end;
    }
  }
  // (`of the **four** tracked names`: the word before the number's own emphasis)
  let bare = start;
  while (text[bare - 1] === '*' || text[bare - 1] === '_') bare--;
  const prev = previousWord(text, bare);
  if (n !== undefined && RANK_WORDS.has(prev.lower)) return base(text, start, end, 'rank', n);
  // (`**five** gainers`: past the number's own emphasis)
  const afterStart = skipSpaces(text, skipMarkup(text, end), 2);
  if (n !== undefined && text[end] === '-' && isLetter(text[end + 1])) {
    const word = nextWord(text, end + 1);
    if (DURATION_WORDS.has(word.lower)) return base(text, start, word.end, 'duration', n);
    const share = FRACTION_WORDS.get(word.lower);
    if (share !== undefined && nextWord(text, skipSpaces(text, word.end, 2)).lower === 'of')
      return {
        ...base(
          text,
          start,
          word.end,
          'number',
          word.lower === 'thirds' ? n / 3 : word.lower === 'quarters' ? n / 4 : share,
        ),
        fraction: true,
        halfUnit: 0.01,
      };
    return null;
  }
  const next = nextWord(text, afterStart);
  if (FRACTION_WORDS.has(lower)) {
    if (next.lower !== 'of' || (lower !== 'half' && prev.lower !== 'a' && prev.lower !== 'one')) return null;
    // (`less than half of Solana's.`: a part of another figure, a comparison, no share of a group; `half of
    // Wednesday's redemptions` is one)
    const whose = nextWord(text, skipSpaces(text, next.end, 2));
    let own = whose.end;
    if (text[own] === "'" || text[own] === '\u2019') own += text[own + 1] === 's' ? 2 : 1;
    if (own > whose.end && !nextWord(text, skipSpaces(text, own, 2)).lower)
      return { ...base(text, start, end, 'number', FRACTION_WORDS.get(lower)!), unit: 'ratio', halfUnit: 0.05 };
    const s = lower === 'half' ? start : prev.start;
    return { ...base(text, s, end, 'number', FRACTION_WORDS.get(lower)!), fraction: true, halfUnit: 0.01 };
  }
  if (n !== undefined && lower !== 'dozen' && lower !== 'hundred') {
    // `two percent`, `three trillion dollars`
    const cent = next.lower === 'per' ? nextWord(text, skipSpaces(text, next.end, 2)) : null;
    if (next.lower === 'percent' || next.lower === 'pct' || cent?.lower === 'cent')
      return { ...base(text, start, cent?.lower === 'cent' ? cent.end : next.end, 'number', n), unit: 'pct' };
    const scale = next.lower.length > 2 ? SCALE_WORDS.get(next.lower) : undefined;
    if (scale !== undefined) {
      const money = nextWord(text, skipSpaces(text, next.end, 2));
      const usd = money.lower === 'dollars' || money.lower === 'usd';
      return {
        ...base(text, start, usd ? money.end : next.end, 'number', n * scale),
        ...(usd ? { unit: 'usd' as const } : {}),
        scale,
        halfUnit: 0.5 * scale,
      };
    }
  }
  if (n === undefined || lower === 'hundred' || lower === 'dozen') return null;
  // `nineteen rose and eleven fell`, `just one fell`, `the other twenty-seven all fell`, `six were higher`: a count
  // of movers, as `19 rose` is
  // (not a pool, `none of the four rose`, `one of four gained`, nor the rest, `all but three rose`)
  const verb = next.lower === 'all' || BEING.has(next.lower) ? nextWord(text, skipSpaces(text, next.end, 2)) : next;
  if (MOVER_WORDS.has(verb.lower) && !NOT_MOVERS.has(prev.lower) && !afterOf(text, prev) && !definite(text, prev))
    return { ...base(text, start, end, 'number', n), unit: 'count' };
  if (n === 1) return null;
  if (DURATION_WORDS.has(next.lower)) return base(text, start, next.end, 'duration', n);
  // `Three of four tokens were up`: the pool after `of` is the count's denominator, not a modifier of its noun
  // (`eight from thirty names`: a translated `von`, only before a counted noun)
  if (next.lower === 'of' || next.lower === 'out' || next.lower === 'from') {
    const den = readDenominator(text, next.end, next.lower === 'out', 'dot');
    const counted =
      next.lower !== 'from' || (den && COUNT_NOUNS.has(nextWord(text, skipSpaces(text, den.end, 2)).lower));
    if (den && counted) return { ...base(text, start, den.end, 'number', n), unit: 'count', denominator: den.value };
  }
  // `five tokens`, `five watchlist assets`, `seven AI tokens`: at most two modifiers before the counted noun
  let noun = next;
  for (let g = 0; g < 2 && noun.lower !== '' && !COUNT_NOUNS.has(noun.lower); g++)
    noun = nextWord(text, skipSpaces(text, noun.end, 2));
  if (COUNT_NOUNS.has(noun.lower))
    return {
      ...base(text, start, end, 'number', n),
      unit: 'count',
      ...(isPool(text, bare, noun.lower) ? { pool: true } : {}),
    };
  // `all ten of them fell`, `all four rose`: every one of a group moved, a count of movers
  if (prev.lower === 'all') {
    let verb = next;
    if (verb.lower === 'of' && nextWord(text, skipSpaces(text, verb.end, 2)).lower === 'them')
      verb = nextWord(text, skipSpaces(text, nextWord(text, skipSpaces(text, verb.end, 2)).end, 2));
    if (MOVER_WORDS.has(verb.lower)) return { ...base(text, start, end, 'number', n), unit: 'count' };
  }
  return null;
}
const BEING = new Set(['were', 'are', 'was', 'is']);
const NOT_MOVERS = new Set(['of', 'but', 'except', 'than', 'every']);
const POOL_DETERMINERS = new Set(['the', 'those', 'these', 'its', 'their', 'our']);
/** `the two red corners`, `the only one higher`: a group named by its size, no count of movers. */
function definite(text: string, prev: { lower: string; start: number }): boolean {
  return prev.lower === 'the' || (prev.lower === 'only' && previousWord(text, prev.start).lower === 'the');
}
/** `of the four`, `of those thirty`: the word before the number closes a pool after `of`. */
function afterOf(text: string, prev: { lower: string; start: number }): boolean {
  return POOL_DETERMINERS.has(prev.lower) && previousWord(text, prev.start).lower === 'of';
}

const MOVER_NOUNS = new Set(['gainers', 'losers', 'advancers', 'decliners']);
/** `of the 30 assets`, `among the seven AI tokens`: the count names the pool (members), not movers. */
export function isPool(text: string, start: number, noun: string): boolean {
  if (MOVER_NOUNS.has(noun)) return false;
  // `on my 30 coin watchlist`: the count names the list itself
  if (/^\S+\s+\S+\s+(?:watch-?list|universe|basket)\b/i.test(text.slice(start, start + 40))) return true;
  const prev = previousWord(text, start);
  // `DePIN cap (our 4 names)`: our whole list of them (not `our 27 names rose`: a count of movers)
  if (prev.lower === 'our' || prev.lower === 'my') return !OUR_MOVERS.test(text.slice(start, start + 40));
  const lead =
    prev.lower === 'the' || prev.lower === 'our' || prev.lower === 'its' || prev.lower === 'all'
      ? previousWord(text, prev.start).lower
      : prev.lower;
  if (lead === 'of' || lead === 'among' || lead === 'across' || lead === 'from') return true;
  // `the thirty coins we watch`, `30 tokens we track`: the list itself
  return WE_FOLLOW.test(text.slice(start, start + 48));
}
const WE_FOLLOW = /^\S+\s+(?:\S+\s+)?(?:that\s+)?we\s+(?:follow|watch|track|cover|monitor)\b/i;

/** `our 27 names rose`: a count with a mover verb after its noun counts movers, not the pool. */
const OUR_MOVERS =
  /^\S+\s+\S+\s+(?:(?:are|were|is|all|each|both)\s+)*(?:rose|fell|gained|lost|climbed|dropped|up|down|higher|lower|green|red|in the green|in the red|ended|closed|finished)\b/i;
