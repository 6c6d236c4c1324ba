/**
 * Desk notes and level sheets write a level word right before or after its figure (`S 2.40 / R 2.50, at 2.48`,
 * `support 1,000, resistance 1,050, trading 1,012.6`, `110k resistance. we at 103.8k`): such a word labels that figure
 * only. Pure.
 */
import { LABEL_CUES, LABEL_GAP, type MetricCue } from '../lexicon.ts';
import type { ReadNumber } from '../read/read-numbers.ts';

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
  if (!LABEL_CUES.has(hit.payload) || hit.end > number.start) return false;
  for (let k = from; k < to; k++) {
    const m = numbers[k]!;
    if (m.start >= number.start) return false;
    if (m.kind !== 'number') continue;
    // `110k resistance. we at 103.8k`, `its 2,40 $ support at 2,412 $`: the word right after a figure is its label
    // (unless the word stands right before this figure too: `$ARB 0.31 support 0.30` labels the 0.30)
    if (m.end <= hit.start && hit.start - m.end <= 2 && /^[\s*]*$/.test(text.slice(m.end, hit.start)))
      return !directlyBefore(text, hit.end, number.start);
    if (m.start >= hit.end && m.start - hit.end <= 12) return LABEL_GAP.test(text.slice(hit.end, m.start));
  }
  return false;
}

/** Only spaces, `:` or `$` (at most three characters) between a word's end and a figure. */
export function directlyBefore(text: string, end: number, start: number): boolean {
  return start - end <= 3 && /^[\s:$]*$/.test(text.slice(end, start));
}
