/**
 * Splits one sentence into clause segments at `,` `;` `:` `(` `)` dashes, emoji and joining words (`while`, `but`,
 * `and`, `with`...). A segment opened by `led by`, `including`, `such as`, `like`, `which` or parentheses is an
 * aside: its entities do not own numbers outside it (`The AI sector, led by FET, fell 6.1%`).
 */
import type { Sentence } from './split-sentences.ts';
import { mayBeWord, type Token, wordShapes } from './tokenize.ts';

export type Segment = { start: number; end: number; aside: boolean };

const JOIN_WORDS = new Set([
  'while',
  'whereas',
  'but',
  'and',
  'with',
  'though',
  'although',
  'versus',
  'vs',
  'whilst',
  'meanwhile',
  'yet',
  'as',
  'after',
  'before',
  'compared',
]);
/** JOIN_WORDS' shapes: most tokens are skipped without a look-up. */
const JOIN_SHAPES = wordShapes(JOIN_WORDS);
const ASIDE_OPENERS = new Set([
  'led',
  'including',
  'includes',
  'such',
  'like',
  'which',
  'whose',
  'notably',
  'especially',
  'among',
  'excluding',
  'ex',
  'e',
  'i',
]);
const BREAKS = new Set([',', ';', ':', '(', ')', '\u2014', '\u2013', '[', ']', '\u00b7', '\u2022', '\u2192']);

export function segmentSentence(text: string, sentence: Sentence, tokens: readonly Token[]): Segment[] {
  const segments: Segment[] = [];
  // the open segment: where it starts and whether it is an aside
  const open: Segment = { start: sentence.start, end: sentence.start, aside: false };
  let t = 0;
  for (let i = sentence.start; i < sentence.end; i++) {
    while (t < tokens.length && tokens[t]!.end <= i) t++;
    const token = tokens[t];
    // letters, digits and spaces (most characters) neither break nor join: only a token may start here
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 32) {
      if (token && token.start === i) {
        // (a joining word inside an aside keeps it one: `NEAR, which sits in both L1 and AI, lost 1,2 %`)
        if (isJoinWord(token.lower) && !betweenRange(tokens, t)) close(segments, open, i, open.aside);
        // (the rest of a token is letters and digits: none of them breaks or joins)
        i = Math.min(token.end, sentence.end) - 1;
      }
      continue;
    }
    // an emoji ends a clause in a post once the clause holds a figure (`$SOL 30d: +19.6% 😤 $BTC 30d +13.9%`; not
    // `ETH up ✅ 5.4%`)
    if ((code >= 0xd800 && code <= 0xdbff) || (code >= 0x2600 && code <= 0x27bf)) {
      if (/\d/.test(text.slice(open.start, i))) close(segments, open, i, false);
      continue;
    }
    const c = text[i]!;
    if (BREAKS.has(c) && !(c === ',' && isDigitAt(text, i - 1) && isDigitAt(text, i + 1))) {
      if (c === '\u2013' && isDigitAt(text, i - 1)) continue; // a range dash
      const next = tokens[t];
      const opensAside =
        c === '(' || c === '[' || (next !== undefined && ASIDE_OPENERS.has(next.lower) && next.start - i < 3);
      close(segments, open, i, c === ')' || c === ']' ? false : opensAside);
      continue;
    }
    // (` - ` spaced between words is a dash: `11 tokens rose and 19 fell - the L1 group had 3 risers`; not `7 - day`,
    // `$4,000 - Cointelegraph`)
    if (
      (c === '/' || (c === '-' && isLetterAt(text, i - 2) && isLetterAt(text, i + 2))) &&
      text[i - 1] === ' ' &&
      text[i + 1] === ' '
    ) {
      close(segments, open, i, false);
      continue;
    }
    if (token && token.start === i && isJoinWord(token.lower) && !betweenRange(tokens, t)) {
      close(segments, open, i, open.aside);
    }
  }
  close(segments, open, sentence.end, false);
  return segments.length ? segments : [{ start: sentence.start, end: sentence.end, aside: false }];
}

function isJoinWord(lower: string): boolean {
  return mayBeWord(JOIN_SHAPES, lower) && JOIN_WORDS.has(lower);
}

/** Ends the open segment at `end` (when it holds anything) and opens the next one there. */
function close(segments: Segment[], open: Segment, end: number, nextAside: boolean): void {
  if (end > open.start) segments.push({ start: open.start, end, aside: open.aside });
  open.start = end;
  open.aside = nextAside;
}

function isLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigitAt(text: string, at: number): boolean {
  const c = text[at];
  return c !== undefined && c >= '0' && c <= '9';
}

/** `between 5% and 7%`: the `and` of a range does not split. */
function betweenRange(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) if (tokens[k]!.lower === 'between') return true;
  return false;
}
