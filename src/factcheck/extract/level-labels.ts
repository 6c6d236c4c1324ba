/**
 * Desk notes and level sheets write a level word right before its figure (`S 2.40 / R 2.50, at 2.48`, `support 1,000,
 * resistance 1,050, trading 1,012.6`): such a word labels that figure only. Pure.
 */
import type { MetricCue } from '../lexicon.ts';
import type { ReadNumber } from '../read/read-numbers.ts';

/** Cues that name one price level (a label of the figure right after them). */
const LEVEL_CUES: ReadonlySet<MetricCue> = new Set(['support', 'resistance', 'high', 'low']);

/** Between a level word and the figure it labels: spaces, `:`, `=`, `$`, `~`, `*`, or `at` / `of` / `is` / `near`. */
const LABEL_GAP = /^[\s:=$~*]*(?:(?:at|of|is|near|around|sits at)[\s:$~*]*)?$/i;

/**
 * The level cue `hit` (before `number`) labels another figure that stands between it and `number`, so it says nothing
 * about `number`. `numbers` are the text's numbers, sorted; `from`..`to` the sentence's range of them.
 */
export function labelsEarlierFigure(
  text: string,
  hit: { start: number; end: number; payload: MetricCue },
  number: ReadNumber,
  numbers: readonly ReadNumber[],
  from: number,
  to: number,
): boolean {
  if (!LEVEL_CUES.has(hit.payload) || hit.end > number.start) return false;
  for (let k = from; k < to; k++) {
    const m = numbers[k]!;
    if (m.start >= number.start) return false;
    if (m.start >= hit.end && m.kind === 'number' && m.start - hit.end <= 12)
      return LABEL_GAP.test(text.slice(hit.end, m.start));
  }
  return false;
}
