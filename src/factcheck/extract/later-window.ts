/**
 * A window written after a figure that belongs to another figure, not to this one: one after a figure of the opposite
 * sign of the same subject (a contrast of windows), or one in a later clause with its own verb. Pure.
 */
import type { ReadNumber } from '../read/read-numbers.ts';
import type { Segment } from '../read/segments.ts';
import type { EntityRef, Mention } from './claim-context.ts';

/**
 * `$HNT +1.2%, -6.2% on the week`, `+7.5% ..., still -14% 30d`: a later window that follows a figure of the same unit
 * written with the opposite sign belongs to that figure (a contrast of windows), not to this one. Only when that
 * figure is the same subject's: after another subject (`BTC +3.8%, SOL -3.4% on the week`) it is a list, and the
 * window after the list holds for each of its figures.
 */
export function signFlipBefore(
  numbers: readonly ReadNumber[],
  from: number,
  to: number,
  number: ReadNumber,
  hit: { start: number },
  mentions: readonly Mention[],
  subject: EntityRef | null,
): boolean {
  if (number.sign === 0) return false;
  for (let k = from; k < to; k++) {
    const m = numbers[k]!;
    if (m.start < number.end || m.end > hit.start || m.unit !== number.unit || m.sign !== -number.sign) continue;
    const other = mentions.some(
      (x) =>
        x.start >= number.end &&
        x.end <= m.start &&
        (subject === null || x.kind !== subject.kind || x.id !== subject.id),
    );
    if (!other) return true;
  }
  return false;
}

/** A window word in a later clause that has its own verb belongs to that clause's figure. */
export function laterClauseWithVerb(
  segments: Segment[],
  own: number,
  hit: { start: number },
  directions: readonly { start: number }[],
): boolean {
  const k = segments.findIndex((s) => hit.start >= s.start && hit.start < s.end);
  if (k <= own) return false;
  const s = segments[k]!;
  return directions.some((d) => d.start >= s.start && d.start < s.end);
}

/** The segment holding `at`. */
export function segmentOf(segments: readonly Segment[], at: number): Segment | undefined {
  return segments.find((s) => at >= s.start && at < s.end);
}

/** `FET only -9.2%, but in 30 days FET -36.3%`: a window in a later clause, before that clause's own figure, is its. */
export function leadsLaterFigure(
  segments: Segment[],
  own: number,
  hit: { start: number; end: number },
  numbers: readonly ReadNumber[],
  from: number,
  to: number,
): boolean {
  const k = segments.findIndex((s) => hit.start >= s.start && hit.start < s.end);
  if (k <= own) return false;
  const s = segments[k]!;
  // the window opens its clause (`, but in 30 days FET -36.3%`) and a figure follows it closely
  if (hit.start - s.start > 12) return false;
  for (let j = from; j < to; j++)
    if (numbers[j]!.start >= hit.end && numbers[j]!.start < s.end && numbers[j]!.start - hit.end <= 30) return true;
  return false;
}

/** The window follows an earlier figure of the sentence and a `;` stands between it and this figure. */
export function trailsEarlierFigure(
  text: string,
  numbers: readonly ReadNumber[],
  from: number,
  to: number,
  hit: { start: number; end: number },
  at: number,
): boolean {
  if (!text.slice(hit.end, at).includes(';')) return false;
  for (let k = from; k < to; k++) if (numbers[k]!.end <= hit.start) return true;
  return false;
}
