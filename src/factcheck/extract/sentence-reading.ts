/**
 * What the sentence-level rules read of one sentence (its tokens, its window words, its entity mentions), worked
 * out once per sentence and shared by every rule that looks at it (directions, qualitative, leaders). Offsets are
 * in sentence.text, exactly as if the sentence were read on its own. When the check already read the whole text
 * (extractClaims), a sentence set apart by white space on both sides takes its part of the whole text's tokens and
 * matches (no token or phrase can cross such a boundary unseen; a phrase that does cross one sends the sentence
 * back to a reading of its own). That holds while matching a phrase looks at no character farther than one before
 * its first token or one after its last (tokenize.ts caseOk: `.`, `'`, `$`), which white space never is; a rule
 * that looks farther must be added to fromWhole's test. Callers must not mutate the arrays returned. Pure.
 */
import type { Registry } from '../../domain/registry.ts';
import { windowIndex, type WindowCue } from '../lexicon.ts';
import { splitSentences, type Sentence } from '../read/split-sentences.ts';
import { firstStartingAt, matchPhrases, tokenize, type PhraseHit, type Token } from '../read/tokenize.ts';
import { type EntityHit, type EntityMention, entityHits, mentionsOfHits } from './find-entities.ts';

/** The whole text as extractClaims read it: its tokens, name hits and window hits (all unfiltered). */
export type WholeReading = {
  tokens: readonly Token[];
  entities: readonly EntityHit[];
  windows: readonly PhraseHit<WindowCue>[];
};

type Reading = {
  tokens: readonly Token[];
  /** First token of the sentence in the whole text's tokens (-1: read on its own). */
  from: number;
  windows?: readonly PhraseHit<WindowCue>[];
  mentions?: readonly EntityMention[];
};

export type TextReading = {
  text: string;
  registry: Registry;
  sentences: readonly Sentence[];
  whole: WholeReading | null;
  readings: Map<Sentence, Reading>;
  /** sentence.text lower-cased, by sentence (several rules read it). */
  lowers: Map<Sentence, string>;
};

/** A reading of `text` for the rules; `whole` when the text's tokens and matches are already at hand. */
export function textReading(
  text: string,
  registry: Registry,
  sentences: readonly Sentence[] = splitSentences(text),
  whole: WholeReading | null = null,
): TextReading {
  return { text, registry, sentences, whole, readings: new Map(), lowers: new Map() };
}

/** sentence.text.toLowerCase(), once per sentence. */
export function sentenceLower(r: TextReading, sentence: Sentence): string {
  let lower = r.lowers.get(sentence);
  if (lower === undefined) {
    lower = sentence.text.toLowerCase();
    r.lowers.set(sentence, lower);
  }
  return lower;
}

function readingOf(r: TextReading, sentence: Sentence): Reading {
  let reading = r.readings.get(sentence);
  if (!reading) {
    reading = fromWhole(r, sentence) ?? { tokens: tokenize(sentence.text), from: -1 };
    r.readings.set(sentence, reading);
  }
  return reading;
}

const isSpace = (text: string, at: number) => at < 0 || at >= text.length || text.charCodeAt(at) <= 32;

/** The sentence's share of the whole text's tokens, shifted to sentence offsets; null when it is not set apart. */
function fromWhole(r: TextReading, s: Sentence): Reading | null {
  const whole = r.whole;
  if (!whole || !isSpace(r.text, s.start - 1) || !isSpace(r.text, s.end)) return null;
  const all = whole.tokens;
  let from = firstStartingAt(all, s.start);
  const tokens: Token[] = [];
  for (let k = from; k < all.length && all[k]!.start < s.end; k++) {
    const t = all[k]!;
    tokens.push({ start: t.start - s.start, end: t.end - s.start, lower: t.lower });
  }
  if (tokens.length === 0) from = -1;
  return { tokens, from };
}

/**
 * The whole text's hits inside the sentence, shifted to sentence offsets and token numbers; null when a hit crosses
 * one of its ends (the sentence read on its own would match differently there).
 */
function hitsWithin<T>(hits: readonly PhraseHit<T>[], s: Sentence, reading: Reading): PhraseHit<T>[] | null {
  let k = firstStartingAt(hits, s.start);
  if (k > 0 && hits[k - 1]!.end > s.start) return null;
  const out: PhraseHit<T>[] = [];
  for (; k < hits.length && hits[k]!.start < s.end; k++) {
    const h = hits[k]!;
    if (h.end > s.end) return null;
    out.push({
      start: h.start - s.start,
      end: h.end - s.start,
      firstToken: h.firstToken - reading.from,
      lastToken: h.lastToken - reading.from,
      payload: h.payload,
    });
  }
  return out;
}

/** tokenize(sentence.text), once per sentence. */
export function sentenceTokens(r: TextReading, sentence: Sentence): readonly Token[] {
  return readingOf(r, sentence).tokens;
}

/** matchPhrases(sentence.text, its tokens, windowIndex), once per sentence. */
export function sentenceWindows(r: TextReading, sentence: Sentence): readonly PhraseHit<WindowCue>[] {
  const reading = readingOf(r, sentence);
  reading.windows ??=
    (r.whole && reading.from !== -1 ? hitsWithin(r.whole.windows, sentence, reading) : null) ??
    matchPhrases(sentence.text, reading.tokens, windowIndex);
  return reading.windows;
}

/** findEntityMentions(sentence.text, registry), once per sentence. */
export function sentenceMentions(r: TextReading, sentence: Sentence): readonly EntityMention[] {
  const reading = readingOf(r, sentence);
  if (!reading.mentions) {
    const hits =
      (r.whole && reading.from !== -1 ? hitsWithin(r.whole.entities, sentence, reading) : null) ??
      entityHits(sentence.text, r.registry, reading.tokens);
    reading.mentions = mentionsOfHits(sentence.text, hits);
  }
  return reading.mentions;
}
