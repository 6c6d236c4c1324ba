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
