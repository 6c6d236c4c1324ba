/** Small cursor helpers over a string for the hand-written scanners (no regular expressions, no allocation loops). */
import { MONTH_ABBREVIATIONS } from '../lexicon.ts';
import { isLetterCode } from './scan-literal.ts';

export type Word = { raw: string; lower: string; start: number; end: number };

/** The spaces a cursor steps over: ` `, no-break, thin, narrow no-break and tab (code units). */
const isSpace = (code: number): boolean =>
  code === 32 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 9;

/** Skips at most `max` spaces (never a newline) from `pos`. */
export function skipSpaces(text: string, pos: number, max: number): number {
  let k = pos;
  while (k < text.length && k - pos < max && isSpace(text.charCodeAt(k))) k++;
  return k;
}

/** Past Markdown emphasis at `k` (`**`, `_`). */
export function skipMarkup(text: string, k: number): number {
  while (text[k] === '*' || text[k] === '_') k++;
  return k;
}

/** The letter run starting exactly at `pos` (empty when `pos` is not a letter). */
export function nextWord(text: string, pos: number): Word {
  let end = pos;
  let cased = false;
  for (let code = text.charCodeAt(end); end - pos < 40 && isLetterCode(code); code = text.charCodeAt(++end))
    if (code < 97 || code > 122) cased = true;
  const raw = text.slice(pos, end);
  return { raw, lower: lowerOf(raw, cased), start: pos, end };
}

/**
 * raw.toLowerCase(), which is raw itself when every character is `a`-`z`: the scanners note any other as they pass
 * it (`cased`). A toLowerCase call costs several times a short word's scan (a text with a dash or a quote outside
 * Latin-1 is two-byte, which V8 lower-cases in its runtime).
 */
function lowerOf(raw: string, cased: boolean): string {
  return cased ? raw.toLowerCase() : raw;
}

/** Words that keep their dot inside a token (`No.`, `Nov.`). */
const DOTTED = new Set(['no', 'nos', ...MONTH_ABBREVIATIONS]);

/**
 * The word just before `pos`, across at most two spaces; `S&P` keeps its `&`. A word ending in `.`
 * counts only for abbreviations (`No.`, `Nov.`), so a sentence's last word is not read as a prefix.
 */
export function previousWord(text: string, pos: number): Word {
  let k = pos - 1;
  let guard = 0;
  while (k >= 0 && guard < 2 && isSpace(text.charCodeAt(k))) {
    k--;
    guard++;
  }
  let dotted = false;
  if (text[k] === '.') {
    dotted = true;
    k--;
  }
  const end = k + 1;
  let cased = false;
  for (let code = text.charCodeAt(k); k >= 0 && end - k < 40 && (isLetterCode(code) || code === 38); ) {
    if (code < 97 || code > 122) cased = true;
    code = text.charCodeAt(--k);
  }
  const raw = text.slice(k + 1, end);
  const lower = lowerOf(raw, cased);
  if (dotted && !DOTTED.has(lower)) return { raw: '', lower: '', start: end, end };
  return { raw, lower, start: k + 1, end };
}

/** Where the last match of the global regex `g` in `text` starts, else -1 (resets `g.lastIndex`). */
export function lastMatch(g: RegExp, text: string): number {
  g.lastIndex = 0;
  let last = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) last = m.index;
  return last;
}
