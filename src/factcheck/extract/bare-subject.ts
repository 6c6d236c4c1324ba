/**
 * Clauses that hold only their subject, whose metric is the clause before's: `; ETH: $5.14B (-4.6%)`,
 * `solana's fell 3.4%`, and a sentence opening with a possessive ellipsis (`Bitcoin's has dropped 9.6%`). Pure.
 */
import { FIGURE_WORDS, POSSESSIVE_ELLIPSIS, POSSESSIVE_ELLIPSIS_VERBS, POSSESSIVE_FIGURE_LINKS } from '../lexicon.ts';
import type { ReadNumber } from '../read/read-numbers.ts';
import type { Segment } from '../read/segments.ts';
import type { Token } from '../read/tokenize.ts';
import type { Mention } from './claim-context.ts';

/** Words of a clause that do not make it more than its subject. */
const ELLIPSIS_WORDS = new Set([
  'and',
  'while',
  'whereas',
  'with',
  'but',
  'for',
  'the',
  'as',
  'vs',
  'versus',
  'against',
  'on',
  'plus',
  'also',
  'then',
  'its',
  's',
]);

/** Words a possessive subject with no noun after it may be followed by (`solana's fell 3.4%`). */
const POSSESSIVE_VERBS: ReadonlySet<string> = new Set([...POSSESSIVE_ELLIPSIS_VERBS, ...POSSESSIVE_FIGURE_LINKS]);

/** A clause holding only its subject (`; ETH: $5.14B (-4.6%)`): the metric of the clause before carries over. */
export function bareSubject(
  tokens: readonly Token[],
  segment: Segment,
  named: Mention[],
  figures: readonly ReadNumber[] = [],
): boolean {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < segment.start) lo = mid + 1;
    else hi = mid;
  }
  // `solana's fell 3.4%`: a possessive subject with no noun after it elides the metric of the clause before
  let possessive = false;
  for (let i = lo; i < tokens.length && tokens[i]!.start < segment.end; i++) {
    const t = tokens[i]!;
    if (t.lower === 's' && named.some((m) => m.end === t.start - 2 || m.end === t.start - 1)) possessive = true;
    if (named.some((m) => t.start >= m.start && t.end <= m.end) || ELLIPSIS_WORDS.has(t.lower)) continue;
    // a figure written in words (`bitcoin's by six point two`) is the figure, not a noun of the clause
    if (figures.some((f) => t.start >= f.start && t.end <= f.end)) continue;
    if (possessive && (POSSESSIVE_VERBS.has(t.lower) || FIGURE_WORDS.has(t.lower))) continue;
    if (t.lower.length > 0 && !(t.lower[0]! >= '0' && t.lower[0]! <= '9')) return false;
  }
  return true;
}

/** `Bitcoin's has dropped ...`, `ether's about twelve per cent`: a possessive with no noun after it. */
export function possessiveEllipsis(text: string, segment: Segment | undefined): boolean {
  if (segment === undefined) return false;
  // (asked up to three times per figure, mostly of the same two clauses: the last two answers are kept)
  for (const memo of ELLIPSIS_MEMO)
    if (memo.start === segment.start && memo.end === segment.end && memo.text === text) return memo.found;
  const found = POSSESSIVE_ELLIPSIS.test(text.slice(segment.start, segment.end));
  const oldest = ELLIPSIS_MEMO[0]!;
  ELLIPSIS_MEMO[0] = ELLIPSIS_MEMO[1]!;
  oldest.text = text;
  oldest.start = segment.start;
  oldest.end = segment.end;
  oldest.found = found;
  ELLIPSIS_MEMO[1] = oldest;
  return found;
}
/** The last two clauses possessiveEllipsis read (oldest first) and its answers. */
const ELLIPSIS_MEMO = [
  { text: '', start: -1, end: -1, found: false },
  { text: '', start: -1, end: -1, found: false },
];
