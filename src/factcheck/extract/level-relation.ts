/**
 * `Bitcoin trades above its 30-day swing low of $104.6K`, `below the $105,000 resistance`: a relation word
 * (above / below / under / over / beneath) whose object is a named level (support, resistance, floor, ceiling,
 * high, low, peak, bottom) states where the PRICE is, and the figure is the level's value. Bounded: at most
 * eight tokens before the figure and three after it.
 */
import { CONDITION_WORDS, EXCURSION_NOUNS, RELATION_CONJUNCTIONS } from '../lexicon.ts';
import type { ReadNumber } from '../read/read-numbers.ts';
import type { Token } from '../read/tokenize.ts';

export type LevelRelation = 'above' | 'below';

const RELATION: ReadonlyMap<string, LevelRelation> = new Map([
  ['above', 'above'],
  ['over', 'above'],
  ['below', 'below'],
  ['under', 'below'],
  ['beneath', 'below'],
  ['underneath', 'below'],
  // (`reclaimed $3,400 support`, `cleared the $110,000 resistance`, `lost the $100K floor`: the price crossed it)
  ...(['reclaimed', 'reclaims', 'regained', 'regains', 'cleared', 'clears', 'surpassed', 'topped'] as const).map(
    (w) => [w, 'above'] as const,
  ),
  ...(['lost', 'loses', 'losing'] as const).map((w) => [w, 'below'] as const),
]);
const LEVEL_NOUNS = new Set([
  'support',
  'resistance',
  'floor',
  'ceiling',
  'low',
  'lows',
  'high',
  'highs',
  'peak',
  'bottom',
  'trough',
]);
const MODIFIERS = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'a',
  's',
  'of',
  'at',
  'near',
  'around',
  'swing',
  'day',
  'days',
  'd',
  'h',
  '24h',
  '7d',
  '30d',
  '24',
  '7',
  '30',
  'week',
  'weekly',
  'month',
  'monthly',
  'daily',
  'intraday',
  'session',
  'recent',
  'key',
  'major',
  'level',
  'zone',
  'line',
  'band',
  'area',
  'nearby',
  'immediate',
  'first',
]);
const STOPS = new Set([',', ';', ':', '.', '(', ')', '\n']);
const digitAt = (text: string, at: number) => text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;
/** A clause break, but not the `.` / `,` inside a figure (`$106.8K`, `$104,565`). */
const isStop = (text: string, at: number) =>
  STOPS.has(text[at]!) && !((text[at] === '.' || text[at] === ',') && digitAt(text, at - 1) && digitAt(text, at + 1));

/** The relation a level figure's price is said to stand in, or null. `tokens` are the sentence's, absolute offsets. */
export function levelRelationOf(
  text: string,
  number: ReadNumber,
  tokens: readonly Token[],
): { relation: LevelRelation; start: number; end: number; passed: boolean } | null {
  let j = -1;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= number.start) {
      j = mid;
      lo = mid + 1;
    } else hi = mid;
  }
  let nounBefore = false;
  let edge = number.start;
  for (let k = j; k >= 0 && k > j - 8; k--) {
    const t = tokens[k]!;
    // `above support ($100,000)`: a parenthesis right around the figure does not end the phrase
    for (let c = t.end; c < edge; c++) if (isStop(text, c) && !(k === j && text[c] === '(')) return null;
    edge = t.start;
    const relation = RELATION.get(t.lower);
    if (relation)
      return (nounBefore || nounAfter(text, number, tokens, j + 1)) &&
        !levelSubject(text, tokens, k) &&
        !conditional(tokens, k)
        ? {
            relation: negated(tokens, k) ? (relation === 'above' ? 'below' : 'above') : relation,
            start: t.start,
            end: t.end,
            // (`after a brief push above its 30-day swing high of $113,560 failed`: a move's noun says where the
            // price went for a while, not where it is)
            passed: EXCURSION_NOUNS.has(tokens[k - 1]?.lower ?? ''),
          }
        : null;
    if (LEVEL_NOUNS.has(t.lower)) nounBefore = true;
    else if (!MODIFIERS.has(t.lower)) return null;
  }
  return null;
}

/** `$100,000 support`, `$104.6K swing low`: a level noun right after the figure. */
function nounAfter(text: string, number: ReadNumber, tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && tokens[k]!.start < number.end) k++;
  for (let g = 0; g < 3 && k < tokens.length; g++, k++) {
    const t = tokens[k]!;
    for (let c = number.end; c < t.start && c - number.end < 40; c++) if (isStop(text, c)) return false;
    if (LEVEL_NOUNS.has(t.lower)) return true;
    if (!MODIFIERS.has(t.lower)) return false;
  }
  return false;
}

/**
 * `The 24h high of $106.8K sits above resistance at $105,000`: a level is the subject, not the price (up to a
 * conjunction that starts the next relation).
 */
function levelSubject(text: string, tokens: readonly Token[], relationAt: number): boolean {
  let edge = tokens[relationAt]!.start;
  for (let k = relationAt - 1; k >= 0 && k >= relationAt - 6; k--) {
    const t = tokens[k]!;
    for (let c = t.end; c < edge; c++) if (isStop(text, c)) return false;
    edge = t.start;
    // `below its $105,000 resistance and above $100,000 support`: a second relation of the same price
    if (RELATION_CONJUNCTIONS.has(t.lower)) return false;
    if (LEVEL_NOUNS.has(t.lower)) return true;
  }
  return false;
}

const NEGATORS = new Set(['not', 'never', 'failed', 'fails', 'unable', 'cannot']);
/** Negators written with `n't`: the tokenizer splits `can't` into `can` and `t`. */
const NT = new Set(['couldn', 'can', 'didn', 'won', 'doesn', 'isn']);
/** `not far above`, `not only above`: the relation itself holds. */
const NOT_DEGREE = new Set(['far', 'just', 'only', 'much', 'quite', 'even']);
/** `could not hold above`, `failed to get over`, `can't get above`: the price is on the other side. */
function negated(tokens: readonly Token[], relationAt: number): boolean {
  for (let k = relationAt - 1; k >= 0 && k >= relationAt - 4; k--) {
    const w = tokens[k]!.lower;
    const next = tokens[k + 1]?.lower ?? '';
    if (NT.has(w) ? next === 't' : NEGATORS.has(w) && !NOT_DEGREE.has(next)) return true;
  }
  return false;
}

/** `If BTC loses the $110,000 support, ...`: a relation in a condition states nothing of where the price is. */
function conditional(tokens: readonly Token[], relationAt: number): boolean {
  for (let k = relationAt - 1; k >= 0 && k >= relationAt - 4; k--)
    if (CONDITION_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}
