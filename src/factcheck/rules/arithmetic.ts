/**
 * Internal arithmetic of one sentence: `from $70.67B to $17.67B, a 75% drop, erasing $53B` must agree with
 * itself (percent change and absolute change of the from/to pair), whatever the facts say. Written
 * rounding is carried through: the percent is checked against every value the rounded pair allows.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { DraftClaim } from '../extract/extract-claims.ts';
import { formatValue } from '../facts/format-value.ts';
import { roundingOf, withinTolerance } from '../facts/tolerance.ts';
import { statedSign } from './verify-claims.ts';

const RANGE_ENDS: ReadonlySet<string> = new Set(['low', 'high', 'swing_low', 'swing_high']);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Returns the claims with inconsistent percent/absolute changes marked contradicted. Same order. */
export function checkArithmetic(claims: Claim[], drafts: DraftClaim[]): Claim[] {
  const out = claims.slice();
  for (let i = 0; i < drafts.length; i++) {
    const from = drafts[i]!;
    const to = drafts[i + 1];
    if (from.fromTo !== 'from' || !to || to.fromTo !== 'to' || to.sentence !== from.sentence) continue;
    if (claims[i]!.unit !== 'usd' || claims[i + 1]!.unit !== 'usd') continue;
    // `the day's range ran from $103.2K to $106.8K`: a range's two ends are no move to compare a change with
    if (RANGE_ENDS.has(claims[i]!.metric ?? '') || RANGE_ENDS.has(claims[i + 1]!.metric ?? '')) continue;
    const a = from.number;
    const b = to.number;
    const ra = roundingOf(a, true);
    const rb = roundingOf(b, true);
    if (a.value - ra <= 0) continue;
    const pctCorners = [
      (b.value - rb) / (a.value + ra),
      (b.value + rb) / (a.value - ra),
      (b.value - rb) / (a.value - ra),
      (b.value + rb) / (a.value + ra),
    ].map((q) => (q - 1) * 100);
    const pctLo = Math.min(...pctCorners);
    const pctHi = Math.max(...pctCorners);
    const diffLo = b.value - rb - (a.value + ra);
    const diffHi = b.value + rb - (a.value - ra);
    const pair = `from ${formatValue(a.value, 'usd')} to ${formatValue(b.value, 'usd')}`;
    const pairOk = [claims[i]!, claims[i + 1]!].every(
      (c) => c.verdict === 'supported' || c.verdict === 'supported-by-source' || c.verdict === 'unsupported',
    );
    // Only the pair's own sentence (drafts are in text order): linear in the text, not pairs x drafts.
    let first = i;
    while (first > 0 && drafts[first - 1]!.sentence === from.sentence) first--;
    for (let k = first; k < drafts.length && drafts[k]!.sentence === from.sentence; k++) {
      const other = drafts[k]!;
      if (k === i || k === i + 1 || !pairOk) continue;
      const claim = out[k]!;
      const n = other.number;
      const sign = statedSign(other, claim.unit === 'pct' ? 'change' : 'market_cap_change');
      if (claim.unit === 'pct' && !n.fraction) {
        const claimed = sign === 0 ? -Math.abs(n.value) * Math.sign(a.value - b.value || 1) : sign * Math.abs(n.value);
        const closest = clamp(claimed, pctLo, pctHi);
        if (!withinTolerance(claimed, roundingOf(n, false), closest, other.hedge, false))
          out[k] = {
            ...claim,
            verdict: 'contradicted',
            reason:
              `${pair} is ${formatValue((pctLo + pctHi) / 2, 'pct', true)}, ` +
              `the sentence says ${formatValue(claimed, 'pct', true)}`,
          };
      } else if (
        claim.unit === 'usd' &&
        (claim.metric === 'market_cap_change' || other.cues[0] === 'cap_loss' || other.cues[0] === 'cap_gain')
      ) {
        const claimed = sign === 0 ? (b.value - a.value < 0 ? -1 : 1) * Math.abs(n.value) : sign * Math.abs(n.value);
        const closest = clamp(claimed, diffLo, diffHi);
        if (!withinTolerance(claimed, roundingOf(n, true), closest, other.hedge, false))
          out[k] = {
            ...claim,
            verdict: 'contradicted',
            reason:
              `${pair} is a change of ${formatValue((diffLo + diffHi) / 2, 'usd')}, ` +
              `the sentence says ${formatValue(claimed, 'usd')}`,
          };
      }
    }
  }
  return out;
}
