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
  const gap = text.slice(nearest.end, start).toLowerCase().trim().split(/\s+/).filter(Boolean);
  return gap.every((w) => w === 'by' || HEDGE_WORDS_BEFORE_AMOUNT.has(w));
}
