/**
 * Metric words that name no metric where they stand: `cap` after a size class (`large-cap`), a cue before or after
 * `weighted` (`OI-weighted`, `weighted by volume`). Pure.
 */
import { CAP_SIZE_WORDS, type MetricCue } from '../lexicon.ts';
import { previousWord } from '../read/text-cursor.ts';

/** `large-cap`, `mid caps`: a size class before `cap`, not a market cap. */
export function capSize(text: string, hit: { start: number; payload: MetricCue }): boolean {
  if (hit.payload !== 'cap') return false;
  const k = text[hit.start - 1] === '-' ? hit.start - 1 : hit.start;
  return CAP_SIZE_WORDS.has(previousWord(text, k).lower);
}

/** `OI-weighted average`, `weighted by volume`: the cue names what a figure is weighted by, not its metric. */
export function weighting(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end + 1) | 0x20;
  if (
    (text[end] === '-' || text[end] === ' ') &&
    next === 0x77 &&
    text.slice(end + 1, end + 9).toLowerCase() === 'weighted'
  )
    return true;
  const by = previousWord(text, start);
  return (by.lower === 'by' || by.lower === 'for') && previousWord(text, by.start).lower === 'weighted';
}
