/** Word tokens for context matching: alphanumeric runs with their offsets (one linear pass). */
import { isDigit, isDigitCode, isLetterCode } from './scan-literal.ts';

/** A word of the text: its offsets and its lower case (the word as written is text.slice(start, end)). */
export type Token = { start: number; end: number; lower: string };

const JOINERS = new Set([' ', '-', '.', '/', '\u00a0', '\u2011']);

/** Alphanumeric runs (`BTC`, `L2s`, `24h`, `Fetch`, `ai`); everything else separates. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isLetterCode(code) || isDigitCode(code)) {
      const start = i;
      // (anything but `a`-`z` and digits needs toLowerCase: a call costs several times a short word's scan)
      let cased = code < 48 || (code > 57 && code < 97) || code > 122;
      i++;
      for (let c = text.charCodeAt(i); isLetterCode(c) || isDigitCode(c); c = text.charCodeAt(++i))
        if (c < 48 || (c > 57 && c < 97) || c > 122) cased = true;
      const raw = text.slice(start, i);
      tokens.push({ start, end: i, lower: cased ? raw.toLowerCase() : raw });
    } else i++;
  }
  return tokens;
}

/** Index of the first item that starts at or after `at` (items in text order: tokens, phrase hits). */
export function firstStartingAt(list: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that ends after `at`: the tokens before it end at or before `at`. */
export function firstEndingAfter(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when only spaces, hyphens or dots (one or two characters, no newline) separate two tokens. */
export function adjacent(text: string, left: Token, right: Token): boolean {
  const gap = right.start - left.end;
  if (gap < 1 || gap > 2) return false;
  for (let k = left.end; k < right.start; k++) if (!JOINERS.has(text[k]!)) return false;
  // (`fetch.ai` joins; `session. Low` is two sentences, not `session low`)
  return gap === 1 || text[left.end] !== '.';
}

export type CaseRule = 'exact' | 'capital' | 'any';

/** A phrase to find: lower-cased words plus, per word, how strictly its case must match. */
export type Phrase<T> = { words: string[]; rules: CaseRule[]; payload: T };

/** Case rule for one word of an alias: ALL-CAPS words match exactly, Capitalized words need a capital. */
export function caseRuleOf(word: string): CaseRule {
  const letters = word.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'exact';
  if (word[0] !== undefined && word[0] !== word[0].toLowerCase()) return 'capital';
  return 'any';
}

export function phraseOf<T>(alias: string, payload: T, rule?: CaseRule): Phrase<T> {
  const words = tokenize(alias);
  return {
    words: words.map((w) => w.lower),
    rules: words.map((w) => rule ?? caseRuleOf(alias.slice(w.start, w.end))),
    payload,
  };
}

// Looks at most one character before and after the token: extract/sentence-reading.ts relies on it.
function caseOk(text: string, token: Token, word: string, rule: CaseRule, original: string): boolean {
  if (token.lower !== word) return false;
  if (rule === 'any') return true;
  if (rule === 'capital') {
    const first = text[token.start]!;
    return first !== first.toLowerCase() || isDigit(first);
  }
  // a one-letter shorthand (`S 110 000`) is never part of an initialism (`U.S.`) or a possessive (`'S`)
  if (
    original.length === 1 &&
    (text[token.end] === '.' || text[token.start - 1] === '.' || text[token.start - 1] === "'")
  )
    return false;
  // `$btc` is a ticker whatever its case
  return (
    (token.end - token.start === original.length && text.startsWith(original, token.start)) ||
    text.charCodeAt(token.start - 1) === 36
  );
}

export type PhraseIndex<T> = Map<string, Array<Phrase<T> & { originals: string[] }>>;

export function buildPhraseIndex<T>(phrases: Array<Phrase<T> & { originals?: string[] }>): PhraseIndex<T> {
  const index: PhraseIndex<T> = new Map();
  for (const phrase of phrases) {
    if (phrase.words.length === 0) continue;
    const originals =
      phrase.originals ?? phrase.words.map((w, k) => (phrase.rules[k] === 'exact' ? w.toUpperCase() : w));
    const list = index.get(phrase.words[0]!) ?? [];
    // (one literal, not a spread of `phrase`: index entries of one object shape keep matchAt's reads monomorphic)
    list.push({ words: phrase.words, rules: phrase.rules, payload: phrase.payload, originals });
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(phrase.words[0]!, list);
  }
  return index;
}

/** Shape slots: a word's first two characters hashed to one of 2,048; a slot holds a bit per length (31: longer). */
const SHAPE_SLOTS = 2048;
function shapeSlot(word: string): number {
  return ((word.charCodeAt(0) << 6) ^ (word.length > 1 ? word.charCodeAt(1) : 0)) & (SHAPE_SLOTS - 1);
}

/** The shape slots of `words`: mayBeWord is false for any other word whose slot and length no word of them has. */
export function wordShapes(words: Iterable<string>): Uint32Array {
  const shapes = new Uint32Array(SHAPE_SLOTS);
  for (const word of words) shapes[shapeSlot(word)]! |= 1 << Math.min(word.length, 31);
  return shapes;
}

/** False when `lower` is surely none of the words of `shapes` (its slot holds no word of its length). */
export function mayBeWord(shapes: Uint32Array, lower: string): boolean {
  return (shapes[shapeSlot(lower)]! & (1 << Math.min(lower.length, 31))) !== 0;
}

/** wordShapes of an index's first words, once per index. */
const shapeCache = new WeakMap<PhraseIndex<unknown>, Uint32Array>();
function shapesOf(index: PhraseIndex<unknown>): Uint32Array {
  let shapes = shapeCache.get(index);
  if (!shapes) {
    shapes = wordShapes(index.keys());
    shapeCache.set(index, shapes);
  }
  return shapes;
}

export type PhraseHit<T> = { start: number; end: number; firstToken: number; lastToken: number; payload: T };

/**
 * The hits' payloads in order. (A loop, not `map`: V8's `map` builtin and its optimized inline version build arrays
 * of different element kinds, and code that had seen one deoptimizes when the other arrives: the checker's cue lists
 * flow through many functions.)
 */
export function payloadsOf<T>(hits: readonly { payload: T }[]): T[] {
  const out: T[] = [];
  for (const h of hits) out.push(h.payload);
  return out;
}

/** Longest-first, left-to-right matching of the phrases over the tokens (phrases are at most a few words). */
export function matchPhrases<T>(text: string, tokens: readonly Token[], index: PhraseIndex<T>): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  const shapes = shapesOf(index);
  let i = 0;
  while (i < tokens.length) {
    const lower = tokens[i]!.lower;
    // a word whose first letters and length no phrase starts with is not looked up
    if (!mayBeWord(shapes, lower)) {
      i++;
      continue;
    }
    const candidates = index.get(lower);
    const matched = candidates ? matchAt(text, tokens, i, candidates, hits) : 0;
    i += Math.max(1, matched);
  }
  return hits;
}

/** The first (longest) of `candidates` that matches at token i goes to `hits`; its length in tokens, else 0. */
function matchAt<T>(
  text: string,
  tokens: readonly Token[],
  i: number,
  candidates: ReadonlyArray<Phrase<T> & { originals: string[] }>,
  hits: PhraseHit<T>[],
): number {
  for (const phrase of candidates) {
    let ok = true;
    for (let k = 0; k < phrase.words.length && ok; k++) {
      const token = tokens[i + k];
      ok =
        token !== undefined &&
        caseOk(text, token, phrase.words[k]!, phrase.rules[k]!, phrase.originals[k]!) &&
        (k === 0 || adjacent(text, tokens[i + k - 1]!, token));
    }
    if (ok) {
      const matched = phrase.words.length;
      hits.push({
        start: tokens[i]!.start,
        end: tokens[i + matched - 1]!.end,
        firstToken: i,
        lastToken: i + matched - 1,
        payload: phrase.payload,
      });
      return matched;
    }
  }
  return 0;
}

type Merged = {
  shapes: Uint32Array;
  words: Map<string, Array<ReadonlyArray<Phrase<unknown> & { originals: string[] }> | undefined>>;
};
const mergedCache = new WeakMap<readonly PhraseIndex<unknown>[], Merged>();
function mergedOf(indexes: readonly PhraseIndex<unknown>[]): Merged {
  let merged = mergedCache.get(indexes);
  if (!merged) {
    const shapes = new Uint32Array(SHAPE_SLOTS);
    const words: Merged['words'] = new Map();
    indexes.forEach((index, k) => {
      const own = shapesOf(index);
      for (let c = 0; c < SHAPE_SLOTS; c++) shapes[c]! |= own[c]!;
      for (const [word, list] of index) {
        const entry = words.get(word) ?? new Array(indexes.length).fill(undefined);
        entry[k] = list;
        words.set(word, entry);
      }
    });
    merged = { shapes, words };
    mergedCache.set(indexes, merged);
  }
  return merged;
}

type HitsOf<T extends readonly PhraseIndex<unknown>[]> = {
  [K in keyof T]: T[K] extends PhraseIndex<infer P> ? PhraseHit<P>[] : never;
};

/**
 * matchPhrases with each of several indexes (a fixed array, merged once): the same hits as one call per index, each
 * index keeping its own left-to-right, longest-first scan, with one look-up per word for all of them.
 */
export function matchPhrasesEach<T extends readonly PhraseIndex<unknown>[]>(
  text: string,
  tokens: readonly Token[],
  indexes: T,
): HitsOf<T> {
  const { shapes, words } = mergedOf(indexes);
  // (loops, not `map`: see payloadsOf)
  const hits: PhraseHit<unknown>[][] = [];
  const next: number[] = [];
  for (let k = 0; k < indexes.length; k++) {
    hits.push([]);
    next.push(0);
  }
  // next[k]: the first token index k may match at again (past its last hit); a word no index holds moves none of them
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    const entry = mayBeWord(shapes, lower) ? words.get(lower) : undefined;
    if (entry === undefined) continue;
    for (let k = 0; k < indexes.length; k++) {
      if (next[k]! > i) continue;
      const candidates = entry[k];
      const matched = candidates ? matchAt(text, tokens, i, candidates, hits[k]!) : 0;
      next[k] = i + Math.max(1, matched);
    }
  }
  return hits as HitsOf<T>;
}

/**
 * `World coin`, `Coin Desk`: two words one space apart that are one name written with a stray space (the joined,
 * lower-cased pair is a key of `joined`). Only pairs no phrase hit covers; in text order.
 */
export function splitNameHits<T>(
  text: string,
  tokens: readonly Token[],
  joined: ReadonlyMap<string, T>,
  hits: readonly { start: number; end: number }[],
): PhraseHit<T>[] {
  const out: PhraseHit<T>[] = [];
  if (joined.size === 0) return out;
  const shapes = joinedShapesOf(joined);
  let h = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (b.start !== a.end + 1 || text[a.end] !== ' ' || !mayBePair(shapes, a.lower, b.lower)) continue;
    const payload = joined.get(a.lower + b.lower);
    if (payload === undefined) continue;
    while (h < hits.length && hits[h]!.end <= a.start) h++;
    if (h < hits.length && hits[h]!.start < b.end) continue;
    out.push({ start: a.start, end: b.end, firstToken: i, lastToken: i + 1, payload });
    i++;
  }
  return out;
}

/** wordShapes of a joined-name map's keys, once per map. */
const joinedShapes = new WeakMap<ReadonlyMap<string, unknown>, Uint32Array>();
function joinedShapesOf(joined: ReadonlyMap<string, unknown>): Uint32Array {
  let shapes = joinedShapes.get(joined);
  if (!shapes) {
    shapes = wordShapes(joined.keys());
    joinedShapes.set(joined, shapes);
  }
  return shapes;
}

/** mayBeWord(shapes, a + b) without making the string: most pairs of words are no joined name. */
function mayBePair(shapes: Uint32Array, a: string, b: string): boolean {
  const length = a.length + b.length;
  const second = a.length > 1 ? a.charCodeAt(1) : b.charCodeAt(0);
  const slot = ((a.charCodeAt(0) << 6) ^ (length > 1 ? second : 0)) & (SHAPE_SLOTS - 1);
  return (shapes[slot]! & (1 << Math.min(length, 31))) !== 0;
}
