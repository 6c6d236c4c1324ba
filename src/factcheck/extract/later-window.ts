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

/**
 * The window follows an earlier figure of the sentence and a `;` stands between it and this figure; or it is a rate's
 * year right after an earlier figure, with a `,` between (`roughly 57% a year, as open interest jumped 38%`).
 */
export function trailsEarlierFigure(
  text: string,
  numbers: readonly ReadNumber[],
  from: number,
  to: number,
  hit: { start: number; end: number; payload?: string },
  at: number,
): boolean {
  const gap = text.slice(hit.end, at);
  if (gap.includes(';')) {
    for (let k = from; k < to; k++) if (numbers[k]!.end <= hit.start) return true;
    return false;
  }
  if (hit.payload !== 'other' || !gap.includes(',')) return false;
  for (let k = from; k < to; k++)
    if (numbers[k]!.end <= hit.start && /^\s*(?:a|per)?\s*$/i.test(text.slice(numbers[k]!.end, hit.start))) return true;
  return false;
}

/**
 * A window written after the figure belongs to another figure of the same unit when that figure is nearer to it:
 * one right after the window that it leads (`Sui, up 0.93%, is the best layer one over 30 days with +5.44%`), or one
 * between the figure and the window with a verb of its own between them (`Cardano slid 1.4% despite a 5.4% rise on
 * the week`) or a `;` (`DOT fell 0.7% and NEAR 1.9%; both remain 5% below a month ago`). An elliptical list keeps it
 * (`BTC fell 2% and ETH 3% over the week`: no verb between the figures).
 */
export function windowOfOtherFigure(
  text: string,
  numbers: readonly ReadNumber[],
  number: ReadNumber,
  hit: { start: number; end: number },
  directions: readonly { start: number }[],
  mentions: readonly Mention[] = [],
  metrics: readonly { start: number; end: number }[] = [],
): boolean {
  if (hit.start < number.end) return false;
  // a count's window is its own clause's: one past a clause mark that leads on to another figure is not (`Every one
  // of the 7 closed green — a contrast to the previous month, when the sector fell 4.1%`)
  if (
    number.unit === 'count' &&
    /[\u2014;,:]/.test(text.slice(number.end, hit.start)) &&
    numbers.some((x) => x.kind === 'number' && x.start >= hit.end)
  )
    return true;
  let before: ReadNumber | null = null;
  let after: ReadNumber | null = null;
  for (const m of numbers) {
    if (m.unit !== number.unit || m.kind !== 'number') continue;
    if (m.end <= hit.start && m.start >= number.start) before = m;
    else if (m.start >= hit.end && after === null) after = m;
  }
  // the window leads the figure after it when nothing joins them (`over seven days and 11.5% over 30 days`: a window
  // followed by a conjunction trails the figure before it) and either a join stands before the window or fewer words
  // do after it (`0.6% lower over the week after its 6.3% jump`: the week is the 0.6%'s)
  if (after && after.start - hit.end <= 40 && !JOINS.test(text.slice(hit.end, after.start))) {
    const gapBefore = before ? text.slice(before.end, hit.start) : '';
    if (!before || JOINS.test(gapBefore) || words(text.slice(hit.end, after.start)) < words(gapBefore)) return true;
  }
  if (!before || before === number) return false;
  // `BTC rose 3.8% and ETH rose 4.3%, both over 7 days`: a window shared out holds for each figure
  if (SHARED.test(text.slice(before.end, hit.start))) return false;
  // `$BNB -2.1% to $968, and -9.0% on the week`: one subject's second figure of the unit names another window
  const between = text.slice(number.end, before.start);
  // (subjects of the figure's own kind: `AI note: VIRTUAL +4.2% at 1.92, leader of AI sector, and +13.5% on 7 days`
  // speaks of one asset, the sectors named around it are no other subject of the list)
  const kind = mentions.findLast((m) => m.end <= number.start)?.kind;
  const subjects = new Set(
    mentions.filter((m) => m.end <= number.start && m.kind === kind).map((m) => `${m.kind}:${m.id}`),
  );
  // (not a list of the subject's metrics sharing the window: `its open interest rose 6.2% and its price 11% over 7d`)
  // (items of a comma list do not share it: `DOGE +2.08% to 0.2417, funding 0.0109% every 4h`)
  const named =
    mentions.some((m) => m.start >= number.end && m.end <= before.start && m.kind === kind) ||
    (metrics.some((h) => h.start >= number.end && h.end <= before.start) && !/[,;]/.test(between));
  if (subjects.size === 1 && !named) return true;
  return between.includes(';') || directions.some((d) => d.start >= number.end && d.start < before.end + 12);
}
const JOINS = /[,;]|\b(?:and|but|while|whereas|versus|vs)\b/i;
/** Words that are not prepositions or articles (`lower over the` -> 1). */
function words(gap: string): number {
  let n = 0;
  for (const w of gap.split(/[^A-Za-z0-9$%]+/)) if (w && !SMALL_WORDS.has(w.toLowerCase())) n++;
  return n;
}
const SMALL_WORDS = new Set(['over', 'on', 'in', 'for', 'across', 'during', 'the', 'past', 'last', 'a', 'an', 'its']);
const SHARED = /\b(?:both|each|all|respectively)\b/i;
