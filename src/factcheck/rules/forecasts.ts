/**
 * Forecasts and history: `expected to hit $150K by March`, `could reach $150K`, `a record $126K in October`, `the
 * all-time high of $126,200`, `in 2024 we were at $70K`. No fact states a future or past level, so such a figure is
 * unsupported (not contradicted against today's price), and the reason says why.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { RuleContext } from './registry.ts';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const FORECAST = new RegExp(
  [
    String.raw`\b(expect(s|ed)?|forecast(s|ed)?|predict(s|ed)?|project(s|ed)?|target(s|ed)?|`,
    // (`could not hold above $4,000`: what failed, not a forecast)
    'could(?! not)|would|will|might|may|should|eyes?|aims?|',
    `by (${MONTHS}|year-end|the end of)|(by|to|before) (the )?(year[- ]?end|end of (the )?year)|`,
    'next (week|month|year|quarter))',
    String.raw`\b`,
  ].join(''),
);
/** A past month (`in november`; `in december` is left out: it may be a forecast). */
const HISTORY = new RegExp(
  [
    String.raw`\b(record|all-time high|ath|all time high|peak(ed)?|last (year|month|quarter)|`,
    `in (${MONTHS.replace('|december', '')})|`,
    String.raw`in 20\d\d|a year ago|historic(al)?|previous (high|cycle))\b`,
  ].join(''),
);
const CLAUSE = /[.;!?\n]/;
const TARGET_AFTER = /^\s*(?:\*\*)?\s*as\s+(?:the\s+|a\s+)?(?:next\s+(?:stop|target|leg)|target|price target)\b/;
const TARGET_BEFORE = /\b(?:next (?:stop|target|leg(?: up| down)?)|price target|target of)\b[^\d.;]{0,8}$/;

export function checkForecasts(claims: Claim[], ctx: RuleContext): Claim[] {
  return claims.map((claim, i) => {
    if (claim.verdict !== 'contradicted') return claim;
    const d = ctx.drafts[i]!;
    const s = d.sentence.text.toLowerCase();
    const at = d.number.start - d.sentence.start;
    // the clause around the figure: back to the last sentence break, forward to the next
    let from = at;
    while (from > 0 && !CLAUSE.test(s[from - 1]!) && at - from < 120) from--;
    let to = d.number.end - d.sentence.start;
    while (to < s.length && !CLAUSE.test(s[to]!) && to - at < 120) to++;
    const clause = s.slice(from, to);
    // (`next stop $120,000`, `price target $150K`: only the figure after the words is the target)
    const end = d.number.end - d.sentence.start;
    const forecast =
      FORECAST.test(clause) ||
      TARGET_BEFORE.test(s.slice(Math.max(0, at - 24), at)) ||
      TARGET_AFTER.test(s.slice(end, end + 30));
    const history = !forecast && HISTORY.test(clause);
    if (!forecast && !history) return claim;
    return {
      ...claim,
      verdict: 'unsupported',
      factId: null,
      expected: null,
      reason: `"${claim.text}": ${forecast ? 'a forecast' : 'a past level'}, and no fact states it`,
    };
  });
}
