/**
 * What the sentence-level rules read of one sentence (its tokens, its window words, its entity mentions), worked
 * out once per sentence and shared by every rule that looks at it (directions, qualitative, leaders) instead of
 * each rule tokenizing and matching the sentence again. Keyed by the Sentence object of the check (checkBrief
 * splits the text once), so it lives as long as the check. Callers must not mutate the arrays returned. Pure.
 */
import type { Registry } from '../../domain/registry.ts';
import { windowIndex, type WindowCue } from '../lexicon.ts';
import type { Sentence } from '../read/split-sentences.ts';
import { matchPhrases, tokenize, type PhraseHit, type Token } from '../read/tokenize.ts';
import { findEntityMentions, type EntityMention } from './find-entities.ts';

type Reading = {
  tokens: Token[];
  windows?: PhraseHit<WindowCue>[];
  mentions?: EntityMention[];
  registry?: Registry;
};
const cache = new WeakMap<Sentence, Reading>();

function readingOf(sentence: Sentence): Reading {
  let reading = cache.get(sentence);
  if (!reading) {
    reading = { tokens: tokenize(sentence.text) };
    cache.set(sentence, reading);
  }
  return reading;
}

/** tokenize(sentence.text), once per sentence. */
export function sentenceTokens(sentence: Sentence): readonly Token[] {
  return readingOf(sentence).tokens;
}

/** The window phrases of the sentence (offsets in sentence.text), once per sentence. */
export function sentenceWindows(sentence: Sentence): readonly PhraseHit<WindowCue>[] {
  const reading = readingOf(sentence);
  reading.windows ??= matchPhrases(sentence.text, reading.tokens, windowIndex);
  return reading.windows;
}

/** findEntityMentions(sentence.text), once per sentence and registry. */
export function sentenceMentions(sentence: Sentence, registry: Registry): readonly EntityMention[] {
  const reading = readingOf(sentence);
  if (!reading.mentions || reading.registry !== registry) {
    reading.mentions = findEntityMentions(sentence.text, registry, reading.tokens);
    reading.registry = registry;
  }
  return reading.mentions;
}
