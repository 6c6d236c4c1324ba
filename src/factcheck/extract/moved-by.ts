/** Whether a figure is the amount of a move: a direction word right before it (`rose $1.15 billion`). Pure. */
import { HEDGE_WORDS_BEFORE_AMOUNT } from '../lexicon.ts';

/**
 * A direction phrase ends right before the figure, with at most `by` and a hedge between (`rose $1.15 billion`, `fell
 * by about 3%`, `shed some $759 million`). `directions` are the sentence's direction hits, sorted by start.
 */
export function movedBy(text: string, start: number, directions: readonly { start: number; end: number }[]): boolean {
  let nearest: { end: number } | undefined;
  for (const d of directions) if (d.end <= start) nearest = d;
  if (!nearest || start - nearest.end > 24) return false;
  // every word of the gap (split at white space, as `\s` reads it) is `by` or a hedge, lower-cased
  let k = nearest.end;
  while (k < start) {
    if (isSpaceCode(text.charCodeAt(k))) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < start && !isSpaceCode(text.charCodeAt(e))) e++;
    // (Markdown emphasis is no word: `fell by about **$814 million**`)
    const word = text.slice(k, e).replaceAll('*', '').toLowerCase();
    if (word !== '' && word !== 'by' && !HEDGE_WORDS_BEFORE_AMOUNT.has(word)) return false;
    k = e;
  }
  return true;
}

/** The code units `\s` and `trim` treat as white space. */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
