/**
 * Forecasts and history: `expected to hit $150K by March`, `could reach $150K`, `a record $126K in October`, `the
 * all-time high of $126,200`, `in 2024 we were at $70K`, `an analyst calling $150k BTC`, `sees $150,000 for bitcoin`.
 * No fact states a future or past level, so such a figure is unsupported (not contradicted against today's price;
 * rules/sources.ts then credits a named outlet whose headline carries it), and the reason says why. One exception: a
 * new high above a bound with no past time (`Bitcoin hit a record above $115,000 overnight`, whoever reported it) is
 * a high the day reached, contradicted by the 24h high when that stays under the bound.
 */
import type { Claim } from '../../domain/check-report.ts';
import { factsFor, type FactsLookup } from '../facts/facts-lookup.ts';
import { formatValue } from '../facts/format-value.ts';
import {
  CONDITION_WORDS,
  FORECAST_FILLERS,
  FORECAST_LEADS,
  PAST_TIMES,
  RECORD_BOUNDS,
  RECORD_NOUNS,
  YEAR_END_PAST_LEADS,
  YEAR_END_PHRASES,
} from '../lexicon.ts';
import type { RuleContext } from './registry.ts';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const FORECAST = new RegExp(
  [
    String.raw`\b(expect(s|ed)?|forecast(s|ed)?|predict(s|ed)?|project(s|ed)?|target(s|ed)?|`,
    // (`could not hold above $4,000`: what failed, not a forecast)
    'could(?! not)|would|will|might|may|should|eyes?|aims?|',
    // (`heading into year-end, BTC trades at ...` is today's price; `its best level since year-end` is history)
    `by (${MONTHS}|year-end|the end of)|`,
    `(?<!(${YEAR_END_PAST_LEADS.join('|')}) (the )?)(${YEAR_END_PHRASES.join('|')})|`,
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
const CONDITION = new RegExp(String.raw`\b(?:${[...CONDITION_WORDS].join('|')})\b`);
const words = (list: readonly string[]) => list.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
/** `analyst calling $150k BTC`, `sees one hundred and fifty thousand dollars`, `sees BTC at $150K`, `calling for`. */
const LEAD_BEFORE = new RegExp(
  String.raw`\b(?:${words(FORECAST_LEADS)})\s+(?:(?:${words(FORECAST_FILLERS)})\s+){0,3}` +
    String.raw`(?:\$?[a-z]+\s+(?:at|to|hitting|reaching|near)\s+)?(?:about\s+|roughly\s+|around\s+|some\s+|~\s*)?` +
    String.raw`(?:\*\*)?\$?$`,
);
/** `a record above $115,000`, `an overnight peak over one hundred and fifteen thousand`: a bound the day's high met. */
const RECORD_BEFORE = new RegExp(
  String.raw`\b(?:a|an|new|fresh)\s+(?:[a-z-]+\s+)?(?:${words(RECORD_NOUNS)})\s+(?:of\s+)?(?:just\s+|well\s+)?` +
    String.raw`(?:${words(RECORD_BOUNDS)})\s+(?:\*\*)?\$?$`,
);
const PAST = new RegExp(
  String.raw`\b(?:${words(PAST_TIMES)})|\b(?:in|since|during)\s+(?:${MONTHS})\b|\b(?:${MONTHS})'s\b`,
);
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
    const end = d.number.end - d.sentence.start;
    let to = end;
    while (to < s.length && !CLAUSE.test(s[to]!) && to - at < 120) to++;
    // (`if BTC loses the $110,000 support, we expect ...`: a level in a condition is today's, not the forecast)
    const condition = CONDITION.exec(s.slice(from, at));
    const comma = condition ? s.indexOf(',', end) : -1;
    const clause = s.slice(from, comma !== -1 && comma < to ? comma : to);
    // (`next stop $120,000`, `price target $150K`: only the figure after the words is the target)
    const forecast =
      FORECAST.test(clause) ||
      TARGET_BEFORE.test(s.slice(Math.max(0, at - 24), at)) ||
      TARGET_AFTER.test(s.slice(end, end + 30)) ||
      LEAD_BEFORE.test(s.slice(Math.max(0, at - 48), at));
    const history = !forecast && HISTORY.test(clause);
    if (!forecast && !history) return claim;
    // (`Bitcoin hit a record above $115,000 overnight`, whoever reported it: a high the day's own high must reach)
    if (history && RECORD_BEFORE.test(s.slice(Math.max(0, at - 60), at)) && !PAST.test(clause)) {
      const high = unreached(claim, ctx.lookup);
      if (high) return high;
    }
    return {
      ...claim,
      verdict: 'unsupported',
      factId: null,
      expected: null,
      reason: `"${claim.text}": ${forecast ? 'a forecast' : 'a past level'}, and no fact states it`,
    };
  });
}

/** A new high claimed above a bound the asset's 24h high stays under: contradicted by that high, else null. */
function unreached(claim: Claim, lookup: FactsLookup): Claim | null {
  if (!claim.entity || claim.value === null || claim.unit !== 'usd') return null;
  const high = factsFor(lookup, 'asset', claim.entity, ['high']).find((f) => f.window === '24h');
  if (!high || high.value >= claim.value) return null;
  return {
    ...claim,
    metric: 'high',
    window: '24h',
    direction: 'above',
    verdict: 'contradicted',
    factId: high.id,
    expected: high.value,
    reason:
      `"${claim.text}": a new high above ${formatValue(claim.value, 'usd')}, but ${high.label} is ` +
      `${formatValue(high.value, 'usd')}: it never traded that high`,
  };
}
