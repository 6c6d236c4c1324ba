/**
 * Splits Markdown into sentences with offsets: headings, list items, table rows and blank-line paragraphs
 * are their own units; inside them `. `/`! `/`? ` ends a sentence unless it closes an abbreviation
 * (`U.S.`, `No.`, `Nov.`, `e.g.`), and so does a social thread's item number (` 2/ `, ` 3/ `). Linear, no regular
 * expressions.
 */
import { ATTACHED_SCALES, DOTTED_SCALES, MONTH_ABBREVIATIONS } from '../lexicon.ts';
import { decimalSlipEnd, dollarBefore, isDigit } from './scan-literal.ts';

export type Sentence = { start: number; end: number; text: string; heading: boolean; paragraph: number };

const MAX_SENTENCE = 1200;
const ABBREVIATIONS = new Set([
  'no',
  'nos',
  'vs',
  'eg',
  'ie',
  'etc',
  'approx',
  'est',
  'inc',
  'ltd',
  'corp',
  'co',
  'mr',
  'ms',
  'dr',
  'st',
  ...MONTH_ABBREVIATIONS,
  ...DOTTED_SCALES,
  'u',
  's',
  'e',
  'g',
  'i',
  'fig',
  'al',
  // (three letters: `vol.`, `hrs.`; a `. ` after any other word of three letters or more ends a sentence)
  'hrs',
  'wks',
  'mos',
  'yrs',
  // (four letters or more: a `. ` after them never ends a sentence, see wordEnds)
  'incl',
  'excl',
  'prev',
  'resp',
  'approx',
  'avg',
  'ann',
  'annualized',
  'chg',
  'mkt',
  'vol',
  'cap',
  'mcap',
  'est',
  'ytd',
]);

function isBlockStart(text: string, at: number): boolean {
  let k = at;
  while (text[k] === ' ' || text[k] === '\t') k++;
  const c = text[k];
  if (c === '#' || c === '>' || c === '|') return true;
  if ((c === '-' || c === '*' || c === '+' || c === '\u2022') && (text[k + 1] === ' ' || text[k + 1] === '\t'))
    return true;
  let d = k;
  while (text[d] !== undefined && text[d]! >= '0' && text[d]! <= '9') d++;
  // `2.`, `2)` and a thread's `2/`
  return d > k && (text[d] === '.' || text[d] === ')' || text[d] === '/') && text[d + 1] === ' ';
}

/** Sentences of `text` in order; empty or whitespace-only pieces are dropped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  let heading = false;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && text.charCodeAt(s) <= 32) s++;
    while (e > s && text.charCodeAt(e - 1) <= 32) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), heading, paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    // a letter (most characters) ends nothing and starts nothing here, unless the sentence is already past its bound
    const lower = text.charCodeAt(i) | 32;
    if (lower >= 97 && lower <= 122 && i - start <= MAX_SENTENCE * 2) continue;
    const c = text[i]!;
    // Keeps per-sentence work bounded on text without punctuation (junk, 1 MB of prose).
    if (i - start > MAX_SENTENCE && (c === ' ' || c === '\n' || i - start > MAX_SENTENCE * 2)) {
      push(i);
      start = i;
      continue;
    }
    if (c === '\n') {
      const next = i + 1;
      const blank = text[next] === '\n' || (text[next] === '\r' && text[next + 1] === '\n');
      if (
        heading ||
        blank ||
        isBlockStart(text, next) ||
        isBlockStart(text, lineStart(text, i)) ||
        figureLineEnds(text, i)
      ) {
        push(i);
        if (blank || heading) paragraph++;
        start = next;
        heading = false;
        let k = next;
        while (text[k] === ' ') k++;
        heading = text[k] === '#';
      }
      continue;
    }
    if (i === start && c === '#') heading = true;
    // `... OI -3.6% 3/ memes +6.5%`: a thread marker inside a line starts a new sentence, as a list item would
    if (i > start && text[i - 1] === ' ' && threadMarkerAt(text, i)) {
      push(i);
      start = i;
      continue;
    }
    // `btc is up 0.6 % on the week.Ether edged up`: a space missing after the full stop (a lower-case word of two
    // letters or more, then a capitalised word; not `U.S.`, `e.g.`, `Fetch.ai`, `CoinDesk.com`)
    if (c === '.' && !heading && gluedSentence(text, i) && !isAbbreviation(text, i)) {
      push(i + 1);
      start = i + 1;
      continue;
    }
    if (
      (c === '.' || c === '!' || c === '?') &&
      (text[i + 1] === ' ' || text[i + 1] === '\u00a0' || text[i + 1] === '\n' || text[i + 1] === '\r') &&
      !heading
    ) {
      if (c === '.' && isAbbreviation(text, i) && !scaleEnds(text, i)) continue;
      // `gained 4. 6% to`, `up 3 . 7%`: a decimal point set apart by a stray space ends no sentence
      const intEnd = text[i - 1] === ' ' ? i - 1 : i;
      if (c === '.' && isDigit(text[intEnd - 1]) && decimalSlipEnd(text, intEnd, dollarBefore(text, intEnd)) !== -1)
        continue;
      let k = i + 1;
      while (text[k] === ' ') k++;
      const n = text[k];
      // A lower-case word after `. ` continues the sentence (`e.g. the`), unless a figure ends it (`+2.6%. gaming`)
      // or a whole word of three letters or more does (`stuck under 185 resistance. weekly still +14.3%`, `on the
      // day. still -6.5%`: no abbreviation is that long but those listed).
      // (`$SOL 1.2B. nobody is leveraging up`: a scale glued to its figure ends one too)
      const figure = text[i - 1] === '%' || isDigit(text[i - 1]) || gluedScale(text, i);
      if (n === undefined || (n >= 'a' && n <= 'z' && !figure && !wordEnds(text, i))) continue;
      push(i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return out;
}

/**
 * `BRIEF-The Graph up 3.0 pct at $0.0881` / `BRIEF-Helium support seen at $2.60`: a line that ends on a figure, with
 * the next line opening on a capital, a `$` or a symbol, is an item of its own (wire briefs, posts), not hard-wrapped
 * prose.
 */
function figureLineEnds(text: string, newlineAt: number): boolean {
  let k = newlineAt - 1;
  if (text[k] === '\r') k--;
  while (k >= 0 && (text[k] === ' ' || text[k] === '*')) k--;
  let end = k;
  // (a unit after the digits: `up 1.5 pct`, `$1.04 bn`, `0.55x`)
  while (end >= 0 && end > k - 4 && /[a-z%]/i.test(text[end]!)) end--;
  if (end < k && text[end] === ' ') end--;
  if (!isDigit(text[end]) && text[k] !== '%') return false;
  let n = newlineAt + 1;
  while (text[n] === ' ') n++;
  const c = text.charCodeAt(n);
  return (c >= 65 && c <= 90) || text[n] === '$' || c > 0x2000;
}

/** `2/ ` to `99/ ` at `at` (a social thread's item number; `1/` opens a post and never follows text). */
function threadMarkerAt(text: string, at: number): boolean {
  let d = at;
  while (d < at + 3 && isDigit(text[d])) d++;
  if (d === at || d === at + 3 || text[d] !== '/' || text[d + 1] !== ' ') return false;
  return !(d === at + 1 && (text[at] === '0' || text[at] === '1'));
}

function lineStart(text: string, newlineAt: number): number {
  let k = newlineAt - 1;
  while (k >= 0 && text[k] !== '\n') k--;
  return k + 1;
}

/** A word of three letters or more, not an abbreviation, ends right before the `.` at `dotAt`. */
function wordEnds(text: string, dotAt: number): boolean {
  let k = dotAt - 1;
  while (k >= 0 && dotAt - k <= 12 && /[A-Za-z]/.test(text[k]!)) k--;
  const word = text.slice(k + 1, dotAt).toLowerCase();
  return word.length >= 3 && !ABBREVIATIONS.has(word) && (k < 0 || !/[A-Za-z0-9.]/.test(text[k]!));
}

function gluedSentence(text: string, dotAt: number): boolean {
  const a = text.charCodeAt(dotAt - 1);
  const b = text.charCodeAt(dotAt - 2);
  const up = text.charCodeAt(dotAt + 1);
  const low = text.charCodeAt(dotAt + 2);
  return a >= 97 && a <= 122 && b >= 97 && b <= 122 && up >= 65 && up <= 90 && low >= 97 && low <= 122;
}

/**
 * `worth $2,76 Mrd. In Layer 2, ...`: a dotted scale before a capitalised word ends the sentence (not before `USD`).
 */
function scaleEnds(text: string, dotAt: number): boolean {
  let k = dotAt - 1;
  while (k >= 0 && dotAt - k <= 5 && /[A-Za-z]/.test(text[k]!)) k--;
  if (!DOTTED_SCALE_SET.has(text.slice(k + 1, dotAt).toLowerCase())) return false;
  let n = dotAt + 1;
  while (text[n] === ' ') n++;
  return /[A-Z]/.test(text[n] ?? '') && /[a-z]/.test(text[n + 1] ?? '');
}
const DOTTED_SCALE_SET: ReadonlySet<string> = new Set(DOTTED_SCALES);

/** `1.2B.`, `$640M.`, `15.8bn.`: a scale written right after its figure's last digit. */
function gluedScale(text: string, dotAt: number): boolean {
  let k = dotAt - 1;
  while (k >= 0 && dotAt - k <= 2 && /[A-Za-z]/.test(text[k]!)) k--;
  return k < dotAt - 1 && isDigit(text[k]) && ATTACHED_SCALES.has(text.slice(k + 1, dotAt).toLowerCase());
}

function isAbbreviation(text: string, dotAt: number): boolean {
  let k = dotAt - 1;
  while (k >= 0 && k > dotAt - 8 && /[A-Za-z]/.test(text[k]!)) k--;
  const word = text.slice(k + 1, dotAt).toLowerCase();
  return ABBREVIATIONS.has(word) || (word.length === 1 && text[k] === '.');
}
