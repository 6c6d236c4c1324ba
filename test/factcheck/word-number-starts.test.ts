/**
 * readNumbers (read/read-numbers.ts) hands readWords only the words of WORD_NUMBER_STARTS. This keeps that gate
 * complete: every word of the lexicon and every word literal of read/ is read by readWords directly in the
 * contexts it knows (a figure, a share, a fraction, a multiple, a listed bare number, a spelled number); a
 * word it reads as a number must be in WORD_NUMBER_STARTS, else the checker silently stops reading it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lexicon from '../../src/factcheck/lexicon.ts';
import { readNumbers, readWords, WORD_NUMBER_STARTS } from '../../src/factcheck/read/read-numbers.ts';

/** Every word held by the lexicon's exports (sets, maps, arrays, records, phrase indexes). */
function lexiconWords(): Set<string> {
  const words = new Set<string>();
  const seen = new Set<unknown>();
  const add = (s: string) => {
    for (const w of s.toLowerCase().split(/[^\p{L}]+/u)) if (w) words.add(w);
  };
  const walk = (v: unknown): void => {
    if (typeof v === 'string') add(v);
    if (v === null || typeof v !== 'object' || v instanceof RegExp || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Map)
      for (const [k, x] of v) {
        walk(k);
        walk(x);
      }
    else if (v instanceof Set || Array.isArray(v)) for (const x of v) walk(x);
    else for (const x of Object.values(v)) walk(x);
  };
  for (const v of Object.values(lexicon)) walk(v);
  return words;
}

/** Every lower-case word written as a string literal in src/factcheck/read/ (`'half'`, `'twice'`, `'minus'`). */
function readerLiterals(): Set<string> {
  const dir = new URL('../../src/factcheck/read/', import.meta.url);
  const words = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')))
    for (const m of readFileSync(new URL(file, dir), 'utf8').matchAll(/'([a-z]+)'/g)) words.add(m[1]!);
  return words;
}

/** The contexts readWords reads words in; `#` is where the word goes. */
const CONTEXTS = [
  '#',
  'BTC fell # per cent today.',
  'BTC fell # percent to # thousand dollars.',
  'Ether lost five per cent, solana # and XRP one.',
  'Solana rose by a # on the week.',
  'Solana rose a # of its value.',
  'a # of a per cent',
  '# of the thirty assets rose.',
  'Volume was # the average.',
  'Open interest # this week.',
  '# a per cent',
  '# hundred dollars',
];

/** The words readWords reads as a number in some context. */
function wordsRead(words: Iterable<string>): string[] {
  const read: string[] = [];
  for (const word of words) {
    if (word.length > 16) continue; // readNumbers never hands longer words to readWords
    for (const context of CONTEXTS) {
      const text = context.replaceAll('#', word);
      const at = context.indexOf('#');
      if (readWords(text, at, at + word.length, readNumbers(text.slice(0, at)), 'dot')) {
        read.push(word);
        break;
      }
    }
  }
  return read;
}

describe('WORD_NUMBER_STARTS holds every word readWords reads', () => {
  const candidates = new Set([...lexiconWords(), ...readerLiterals()]);
  it('the candidates cover the word tables readWords reads from', () => {
    // a sample of each table, so that the harvest cannot silently come back empty
    for (const w of ['seven', 'fifth', 'quarter', 'half', 'doubled', 'twice', 'minus', 'dozen'])
      expect(candidates.has(w), w).toBe(true);
  });
  it('no word read as a number is missing from the gate', () => {
    const read = wordsRead(candidates);
    expect(read.length).toBeGreaterThan(30);
    expect(read.filter((w) => !WORD_NUMBER_STARTS.has(w))).toEqual([]);
  });
});
