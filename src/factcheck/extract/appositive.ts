/**
 * Appositives: `NEAR, a member of both the AI and the Layer 1 groups, added 8.4%`. The clauses between the commas
 * after a bare name describe it; a group named there owns no figure outside them. Pure.
 */
import type { Segment } from '../read/segments.ts';
import type { ReadNumber } from '../read/read-numbers.ts';
import type { Mention } from './claim-context.ts';

/** The segments with every appositive after a bare name marked as an aside (a new array; the input is kept). */
export function markAppositives(
  text: string,
  segments: readonly Segment[],
  mentions: readonly Mention[],
  numbers: readonly ReadNumber[],
): Segment[] {
  const out = [...segments];
  for (let k = 1; k < out.length; k++) {
    if (text[out[k]!.start] !== ',' || out[k]!.aside || !bareName(text, out[k - 1]!, mentions)) continue;
    // the appositive runs to the next comma; it holds no figure, and a clause follows it
    let j = k + 1;
    while (j < out.length && text[out[j]!.start] !== ',') j++;
    if (j >= out.length) continue;
    const from = out[k]!.start;
    const to = out[j]!.start;
    // (a number inside a name is no figure: `Layer 1`)
    const named = (x: ReadNumber) => mentions.some((m) => m.start <= x.start && m.end >= x.end);
    if (numbers.some((x) => x.start >= from && x.start < to && !named(x))) continue;
    // (Object.assign, not a spread with a new property: see mention-marks.ts marked)
    for (let a = k; a < j; a++) out[a] = Object.assign({}, out[a]!, { aside: true });
    k = j - 1;
  }
  return out;
}

/** A segment that is one name and nothing else (markup aside): `NEAR`, `**Near Protocol**`. */
function bareName(text: string, s: Segment, mentions: readonly Mention[]): boolean {
  const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  if (inside.length !== 1 || inside[0]!.kind !== 'asset') return false;
  const rest = text.slice(s.start, inside[0]!.start) + text.slice(inside[0]!.end, s.end);
  return /^[\s*_,;:\-\u2022]*$/.test(rest);
}
